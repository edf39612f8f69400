// The binary and pairwise sample banks: coverage, labels and limits, so the next session can serve them as they are.
import { describe, expect, it } from 'vitest';
import { SAMPLE_BANK, SAMPLE_CATEGORIES } from '../../src/samples/bank';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { BINARY_RUBRIC_PRESETS, PAIRWISE_RUBRIC_PRESETS } from '../../src/shared/format-rubric-presets';
import { LIMITS } from '../../src/shared/limits';
import { createBattleSchema } from '../../src/shared/request-schemas';

const FORMATS = [
  { format: 'pairwise', samples: PAIRWISE_SAMPLES },
  { format: 'binary', samples: BINARY_SAMPLES },
] as const;

const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** The texts of a sample that the API's text limits apply to (input, response(s), reference). */
function sampleTexts(sample: (typeof PAIRWISE_SAMPLES)[number] | (typeof BINARY_SAMPLES)[number]): string[] {
  const responses = 'responses' in sample ? [...sample.responses] : [sample.response];
  return [sample.input, ...responses, ...(sample.reference === undefined ? [] : [sample.reference])];
}

/** Words, for comparing lengths the way a reader sees them. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each(FORMATS)('$format samples', ({ format, samples }) => {
  it('holds at least 30 samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(30);
  });

  it('covers every bank category, with at least 5 samples each, and uses no other category', () => {
    for (const category of SAMPLE_CATEGORIES) {
      expect(samples.filter((s) => s.category === category).length, category).toBeGreaterThanOrEqual(5);
    }
    for (const sample of samples) expect(SAMPLE_CATEGORIES, sample.id).toContain(sample.category);
  });

  it('gives at least a third of the samples a reference answer', () => {
    const withReference = samples.filter((s) => s.reference !== undefined);
    expect(withReference.length * 3).toBeGreaterThanOrEqual(samples.length);
  });

  it('has well-formed ids: the format, the category and three digits', () => {
    for (const sample of samples) expect(sample.id).toMatch(new RegExp(`^${format}-${sample.category}-\\d{3}$`));
  });

  it('has trimmed, non-empty texts within the limits, as a battle request would accept them', () => {
    for (const sample of samples) {
      for (const text of sampleTexts(sample)) {
        expect(text, sample.id).toBe(text.trim());
        expect(text.length, sample.id).toBeGreaterThan(0);
        expect(text.length, sample.id).toBeLessThanOrEqual(LIMITS.maxTextChars);
      }
      // Today's request schema holds the text rules (limits, well-formed Unicode) the new formats will share.
      const responses = 'responses' in sample ? sample.responses : [sample.response];
      for (const response of responses) {
        const parsed = createBattleSchema.safeParse({ input: sample.input, response, reference: sample.reference });
        expect(parsed.success, sample.id).toBe(true);
      }
    }
  });

  it('has rubric fields that are trimmed, non-empty and within the rubric limit', () => {
    for (const sample of samples) {
      if (!sample.rubric) continue;
      for (const field of Object.values(sample.rubric)) {
        expect(field.trim().length, sample.id).toBeGreaterThan(0);
        expect(field, sample.id).toBe(field.trim());
        expect(field.length, sample.id).toBeLessThanOrEqual(LIMITS.maxRubricChars);
        expect(isWellFormed(field), sample.id).toBe(true);
      }
    }
  });

  it('gives a sample a reference whenever its rubric is a preset that needs one', () => {
    const presets = format === 'binary' ? BINARY_RUBRIC_PRESETS : PAIRWISE_RUBRIC_PRESETS;
    const needsReference = presets.filter((p) => p.usesReference).map((p) => p.rubric);
    for (const sample of samples) {
      if (sample.rubric && needsReference.includes(sample.rubric as never)) {
        expect(sample.reference, sample.id).toBeDefined();
      }
    }
  });

  it('has no two samples with the same input', () => {
    expect(new Set(samples.map((s) => s.input)).size).toBe(samples.length);
  });
});

describe('ids across the whole bank', () => {
  it('are unique across the likert bank and the binary and pairwise samples', () => {
    const ids = [...SAMPLE_BANK, ...PAIRWISE_SAMPLES, ...BINARY_SAMPLES].map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(SAMPLE_BANK.length + 60);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leave the likert bank (served today, emitted as a static asset) without the new formats', () => {
    const likertIds = new Set(SAMPLE_BANK.map((s) => s.id));
    for (const sample of [...PAIRWISE_SAMPLES, ...BINARY_SAMPLES]) expect(likertIds.has(sample.id), sample.id).toBe(false);
    for (const sample of SAMPLE_BANK) expect(sample.id).toMatch(/^[a-z]+-\d{3}$/);
  });
});

describe('pairwise samples', () => {
  it('have two different responses', () => {
    for (const sample of PAIRWISE_SAMPLES) {
      expect(sample.responses, sample.id).toHaveLength(2);
      const [first, second] = sample.responses.map((r) => r.replace(/\s+/g, ' ').toLowerCase());
      expect(first, sample.id).not.toBe(second);
    }
  });

  it('have an expectation with a reason, and both clear cases and close calls in every category', () => {
    for (const sample of PAIRWISE_SAMPLES) {
      expect(['first', 'second', 'tie'], sample.id).toContain(sample.expected.preferred);
      expect(['clear', 'close'], sample.id).toContain(sample.expected.difficulty);
      expect(sample.expected.why.trim().length, sample.id).toBeGreaterThan(0);
    }
    const close = PAIRWISE_SAMPLES.filter((s) => s.expected.difficulty === 'close');
    expect(close.length).toBeGreaterThanOrEqual(5);
    for (const category of SAMPLE_CATEGORIES) {
      const inCategory = PAIRWISE_SAMPLES.filter((s) => s.category === category);
      expect(inCategory.some((s) => s.expected.difficulty === 'clear'), category).toBe(true);
      expect(inCategory.some((s) => s.expected.difficulty === 'close'), category).toBe(true);
    }
  });

  it('include ties only as close calls, and at least three of them', () => {
    const ties = PAIRWISE_SAMPLES.filter((s) => s.expected.preferred === 'tie');
    expect(ties.length).toBeGreaterThanOrEqual(3);
    for (const tie of ties) expect(tie.expected.difficulty, tie.id).toBe('close');
  });

  it('do not favour a position: neither first nor second is preferred more than twice as often as the other', () => {
    const first = PAIRWISE_SAMPLES.filter((s) => s.expected.preferred === 'first').length;
    const second = PAIRWISE_SAMPLES.filter((s) => s.expected.preferred === 'second').length;
    expect(first).toBeLessThanOrEqual(2 * second);
    expect(second).toBeLessThanOrEqual(2 * first);
  });

  it('include a fair share (at least a fifth) where the longer response is the worse one', () => {
    const longerIsWorse = PAIRWISE_SAMPLES.filter(({ responses, expected }) => {
      if (expected.preferred === 'tie') return false;
      const [preferred, other] = expected.preferred === 'first' ? responses : [responses[1], responses[0]];
      // Clearly longer: at least half as many words again, so a length-biased judge is drawn to it.
      return words(other) >= 1.5 * words(preferred);
    });
    expect(longerIsWorse.length * 5).toBeGreaterThanOrEqual(PAIRWISE_SAMPLES.length);
  });

  it('also include cases where the longer response is the better one', () => {
    const longerIsBetter = PAIRWISE_SAMPLES.filter(({ responses, expected }) => {
      if (expected.preferred === 'tie') return false;
      const [preferred, other] = expected.preferred === 'first' ? responses : [responses[1], responses[0]];
      return words(preferred) >= 1.5 * words(other);
    });
    expect(longerIsBetter.length).toBeGreaterThanOrEqual(5);
  });
});

describe('binary samples', () => {
  it('each carry their own criterion, with distinct pass and fail descriptions', () => {
    for (const sample of BINARY_SAMPLES) {
      expect(Object.keys(sample.rubric).sort(), sample.id).toEqual(['criteria', 'fail', 'pass']);
      expect(sample.rubric.pass, sample.id).not.toBe(sample.rubric.fail);
    }
  });

  it('expect pass or fail, each for at least a third of the samples', () => {
    for (const sample of BINARY_SAMPLES) expect(['pass', 'fail'], sample.id).toContain(sample.expected);
    for (const verdict of ['pass', 'fail']) {
      const count = BINARY_SAMPLES.filter((s) => s.expected === verdict).length;
      expect(count * 3, verdict).toBeGreaterThanOrEqual(BINARY_SAMPLES.length);
    }
  });

  it('expect both verdicts in every category', () => {
    for (const category of SAMPLE_CATEGORIES) {
      const verdicts = new Set(BINARY_SAMPLES.filter((s) => s.category === category).map((s) => s.expected));
      expect([...verdicts].sort(), category).toEqual(['fail', 'pass']);
    }
  });

  it('use at least a few different criteria in every category', () => {
    for (const category of SAMPLE_CATEGORIES) {
      const criteria = new Set(BINARY_SAMPLES.filter((s) => s.category === category).map((s) => s.rubric.criteria));
      expect(criteria.size, category).toBeGreaterThanOrEqual(2);
    }
  });
});
