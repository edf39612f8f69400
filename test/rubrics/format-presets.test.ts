import { describe, expect, it } from 'vitest';
import {
  BINARY_RUBRIC_PRESETS,
  DEFAULT_BINARY_RUBRIC,
  DEFAULT_BINARY_RUBRIC_PRESET_ID,
  DEFAULT_PAIRWISE_RUBRIC,
  DEFAULT_PAIRWISE_RUBRIC_PRESET_ID,
  PAIRWISE_RUBRIC_PRESETS,
  findBinaryRubricPreset,
  findPairwiseRubricPreset,
} from '../../src/shared/format-rubric-presets';
import { LIMITS } from '../../src/shared/limits';
import { RUBRIC_PRESETS } from '../../src/shared/rubric-presets';

const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

function expectValidField(text: string, id: string) {
  expect(text.trim().length, id).toBeGreaterThan(0);
  expect(text, id).toBe(text.trim());
  expect(text.length, id).toBeLessThanOrEqual(LIMITS.maxRubricChars);
  expect(isWellFormed(text), id).toBe(true);
}

describe('binary rubric presets', () => {
  it('offer the expected checks, with unique URL-safe ids and unique labels', () => {
    expect(BINARY_RUBRIC_PRESETS.map((p) => p.id)).toEqual([
      'no-factual-error',
      'faithful-to-reference',
      'no-harmful-content',
      'appropriate-refusal',
      'follows-instructions',
      'code-is-correct',
    ]);
    for (const { id } of BINARY_RUBRIC_PRESETS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(BINARY_RUBRIC_PRESETS.map((p) => p.label)).size).toBe(BINARY_RUBRIC_PRESETS.length);
  });

  it('have exactly criteria, pass and fail, each valid, and pass different from fail', () => {
    for (const { id, label, rubric } of BINARY_RUBRIC_PRESETS) {
      expectValidField(label, id);
      expect(Object.keys(rubric).sort(), id).toEqual(['criteria', 'fail', 'pass']);
      for (const text of Object.values(rubric)) expectValidField(text, id);
      expect(rubric.pass, id).not.toBe(rubric.fail);
    }
  });

  it('mark only the reference check as needing a reference', () => {
    expect(BINARY_RUBRIC_PRESETS.filter((p) => p.usesReference).map((p) => p.id)).toEqual(['faithful-to-reference']);
    expect(findBinaryRubricPreset('faithful-to-reference')!.rubric.criteria.toLowerCase()).toContain('reference');
  });
});

describe('pairwise rubric presets', () => {
  it('offer the expected comparisons, with unique URL-safe ids and unique labels', () => {
    expect(PAIRWISE_RUBRIC_PRESETS.map((p) => p.id)).toEqual([
      'overall-helpfulness',
      'correctness',
      'concision',
      'safety',
      'closer-to-reference',
    ]);
    for (const { id } of PAIRWISE_RUBRIC_PRESETS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(PAIRWISE_RUBRIC_PRESETS.map((p) => p.label)).size).toBe(PAIRWISE_RUBRIC_PRESETS.length);
  });

  it('have exactly a valid criteria text, distinct between presets', () => {
    for (const { id, label, rubric } of PAIRWISE_RUBRIC_PRESETS) {
      expectValidField(label, id);
      expect(Object.keys(rubric), id).toEqual(['criteria']);
      expectValidField(rubric.criteria, id);
    }
    expect(new Set(PAIRWISE_RUBRIC_PRESETS.map((p) => p.rubric.criteria)).size).toBe(PAIRWISE_RUBRIC_PRESETS.length);
  });

  it('mark only the reference comparison as needing a reference', () => {
    expect(PAIRWISE_RUBRIC_PRESETS.filter((p) => p.usesReference).map((p) => p.id)).toEqual(['closer-to-reference']);
  });

  it('warn against preferring the longer response in the default', () => {
    const preset = findPairwiseRubricPreset(DEFAULT_PAIRWISE_RUBRIC_PRESET_ID)!;
    expect(preset.rubric.criteria.toLowerCase()).toContain('longer');
  });
});

describe('defaults and look-up', () => {
  it('name an existing preset of each format, whose rubric is the default rubric', () => {
    expect(findBinaryRubricPreset(DEFAULT_BINARY_RUBRIC_PRESET_ID)?.rubric).toBe(DEFAULT_BINARY_RUBRIC);
    expect(findPairwiseRubricPreset(DEFAULT_PAIRWISE_RUBRIC_PRESET_ID)?.rubric).toBe(DEFAULT_PAIRWISE_RUBRIC);
  });

  it('return undefined for an unknown id or one of another format', () => {
    expect(findBinaryRubricPreset('vibes')).toBeUndefined();
    expect(findPairwiseRubricPreset('vibes')).toBeUndefined();
    expect(findBinaryRubricPreset('overall-helpfulness')).toBeUndefined();
    expect(findPairwiseRubricPreset('no-factual-error')).toBeUndefined();
  });

  it('use ids that no likert preset uses, so a stored preset id names one rubric', () => {
    const ids = [...RUBRIC_PRESETS, ...BINARY_RUBRIC_PRESETS, ...PAIRWISE_RUBRIC_PRESETS].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
