import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import { SAMPLE_BANK, SAMPLE_CATEGORIES, findSample } from '../../src/samples/bank';

describe('sample bank', () => {
  it('holds at least 60 samples', () => {
    expect(SAMPLE_BANK.length).toBeGreaterThanOrEqual(60);
  });

  it('covers every category with at least 8 samples, and uses no other category', () => {
    expect(SAMPLE_CATEGORIES.length).toBeGreaterThanOrEqual(6);
    for (const category of SAMPLE_CATEGORIES) {
      const count = SAMPLE_BANK.filter((s) => s.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(8);
    }
    for (const sample of SAMPLE_BANK) expect(SAMPLE_CATEGORIES, sample.id).toContain(sample.category);
  });

  it('gives at least a third of the samples a reference answer, in every category', () => {
    const withReference = SAMPLE_BANK.filter((s) => s.reference !== undefined);
    expect(withReference.length * 3).toBeGreaterThanOrEqual(SAMPLE_BANK.length);
    for (const category of SAMPLE_CATEGORIES) {
      expect(withReference.some((s) => s.category === category), category).toBe(true);
    }
  });

  it('has unique, well-formed ids prefixed by their category', () => {
    const ids = SAMPLE_BANK.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sample of SAMPLE_BANK) expect(sample.id).toMatch(new RegExp(`^${sample.category}-\\d{3}$`));
  });

  it('has non-empty texts within the input limits', () => {
    for (const sample of SAMPLE_BANK) {
      const texts = [sample.input, sample.response, ...(sample.reference === undefined ? [] : [sample.reference])];
      for (const text of texts) {
        expect(text.trim().length, sample.id).toBeGreaterThan(0);
        expect(text.length, sample.id).toBeLessThanOrEqual(LIMITS.maxTextChars);
      }
    }
  });

  it('mixes good, flawed and subtly wrong responses in every category', () => {
    for (const category of SAMPLE_CATEGORIES) {
      const qualities = new Set(SAMPLE_BANK.filter((s) => s.category === category).map((s) => s.quality));
      expect([...qualities].sort(), category).toEqual(['flawed', 'good', 'subtly_wrong']);
    }
  });

  it('has no duplicated inputs or responses', () => {
    expect(new Set(SAMPLE_BANK.map((s) => s.input)).size).toBe(SAMPLE_BANK.length);
    expect(new Set(SAMPLE_BANK.map((s) => s.response)).size).toBe(SAMPLE_BANK.length);
  });

  it('finds a sample by id', () => {
    const sample = SAMPLE_BANK[SAMPLE_BANK.length - 1];
    expect(findSample(sample.id)).toBe(sample);
    expect(findSample('no-such-sample')).toBeUndefined();
  });
});
