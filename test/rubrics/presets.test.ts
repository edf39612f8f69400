import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import { DEFAULT_RUBRIC, DEFAULT_RUBRIC_PRESET_ID, RUBRIC_PRESETS, findRubricPreset } from '../../src/shared/rubric-presets';

describe('rubric presets', () => {
  it('offers the five expected presets with unique ids and labels', () => {
    expect(RUBRIC_PRESETS.map((p) => p.id)).toEqual([
      'helpfulness',
      'factual-accuracy',
      'harmlessness',
      'instruction-following',
      'reference-correctness',
    ]);
    expect(new Set(RUBRIC_PRESETS.map((p) => p.label)).size).toBe(5);
  });

  it('defaults to helpfulness', () => {
    expect(DEFAULT_RUBRIC_PRESET_ID).toBe('helpfulness');
    expect(findRubricPreset(DEFAULT_RUBRIC_PRESET_ID)?.rubric).toBe(DEFAULT_RUBRIC);
    expect(DEFAULT_RUBRIC.criteria.toLowerCase()).toContain('helpful');
  });

  it('marks only the reference rubric as needing a reference', () => {
    expect(RUBRIC_PRESETS.filter((p) => p.usesReference).map((p) => p.id)).toEqual(['reference-correctness']);
    expect(findRubricPreset('reference-correctness')!.rubric.criteria.toLowerCase()).toContain('reference');
  });

  it('has a criteria text and five distinct, non-empty score descriptions within the limits', () => {
    for (const { id, label, rubric } of RUBRIC_PRESETS) {
      expect(label.trim().length, id).toBeGreaterThan(0);
      expect(rubric.scores, id).toHaveLength(5);
      for (const text of [rubric.criteria, ...rubric.scores]) {
        expect(text.trim().length, id).toBeGreaterThan(0);
        expect(text.length, id).toBeLessThanOrEqual(LIMITS.maxRubricChars);
      }
      expect(new Set(rubric.scores).size, id).toBe(5);
    }
  });

  it('returns undefined for an unknown preset', () => {
    expect(findRubricPreset('vibes')).toBeUndefined();
  });
});
