import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import {
  hasRubricProblem,
  hasSampleProblem,
  rubricProblems,
  sampleProblems,
  textProblem,
} from '../../web/src/arena/input-validation';

const limits = { maxTextChars: LIMITS.maxTextChars, maxRubricChars: LIMITS.maxRubricChars };
const rubric = { criteria: 'Is it helpful?', scores: ['1', '2', '3', '4', '5'] as [string, string, string, string, string] };

describe('inline validation mirrors the API limits', () => {
  it('accepts text exactly at the limit and refuses one character more', () => {
    expect(textProblem('User input', 'x'.repeat(LIMITS.maxTextChars), LIMITS.maxTextChars)).toBeNull();
    expect(textProblem('User input', 'x'.repeat(LIMITS.maxTextChars + 1), LIMITS.maxTextChars)).toBe(
      'User input is 1 character too long (at most 10,000).',
    );
    expect(textProblem('User input', 'x'.repeat(LIMITS.maxTextChars + 2), LIMITS.maxTextChars)).toMatch(/2 characters too long/);
  });

  it('measures the trimmed text, as the API does, except where the API does not trim', () => {
    const padded = ` ${'x'.repeat(LIMITS.maxTextChars)}\n`;
    expect(textProblem('User input', padded, LIMITS.maxTextChars)).toBeNull();
    expect(textProblem('Reference answer', padded, LIMITS.maxTextChars, false, false)).toMatch(/2 characters too long/);
  });

  it('requires non-blank input and response; the reference only when it is switched on', () => {
    const problems = sampleProblems({ input: '  ', response: 'ok', reference: '', useReference: false }, limits);
    expect(problems.input).toBe('User input is required.');
    expect(problems.response).toBeNull();
    expect(problems.reference).toBeNull();
    expect(hasSampleProblem(problems)).toBe(true);
    const withReference = sampleProblems({ input: 'q', response: 'a', reference: '', useReference: true }, limits);
    expect(withReference.reference).toBe('Reference answer is required.');
    expect(hasSampleProblem(sampleProblems({ input: 'q', response: 'a', reference: '', useReference: false }, limits))).toBe(false);
  });

  it('checks the criteria and every score description against the rubric limit', () => {
    expect(hasRubricProblem(rubricProblems(rubric, limits))).toBe(false);
    const tooLong = { ...rubric, scores: [...rubric.scores] as typeof rubric.scores };
    tooLong.scores[2] = 'y'.repeat(LIMITS.maxRubricChars + 5);
    const problems = rubricProblems(tooLong, limits);
    expect(problems.scores[2]).toMatch(/score 3 is 5 characters too long/);
    expect(problems.scores.filter(Boolean)).toHaveLength(1);
    expect(rubricProblems({ ...rubric, criteria: '' }, limits).criteria).toMatch(/required/);
  });
});
