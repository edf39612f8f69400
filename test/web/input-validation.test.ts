import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import {
  hasRubricProblem,
  hasSampleProblem,
  rubricProblems,
  sampleProblems,
  textProblem,
  type SampleFields,
} from '../../web/src/arena/input-validation';

const limits = { maxTextChars: LIMITS.maxTextChars, maxRubricChars: LIMITS.maxRubricChars };
const rubric = { criteria: 'Is it helpful?', scores: ['1', '2', '3', '4', '5'] as [string, string, string, string, string] };
const likert = (r: typeof rubric) => ({ format: 'likert' as const, rubric: r });
const fields = (change: Partial<SampleFields>): SampleFields => ({ input: 'q', response: 'a', first: '', second: '', reference: '', useReference: false, ...change });

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
    const problems = sampleProblems(fields({ input: '  ', response: 'ok' }), 'likert', limits);
    expect(problems.input).toBe('User input is required.');
    expect(problems.response).toBeNull();
    expect(problems.reference).toBeNull();
    expect(hasSampleProblem(problems)).toBe(true);
    const withReference = sampleProblems(fields({ useReference: true }), 'likert', limits);
    expect(withReference.reference).toBe('Reference answer is required.');
    expect(hasSampleProblem(sampleProblems(fields({}), 'likert', limits))).toBe(false);
  });

  it("checks only the format's own response fields", () => {
    expect(hasSampleProblem(sampleProblems(fields({}), 'binary', limits))).toBe(false);
    const pairwise = sampleProblems(fields({ response: '', first: 'One.' }), 'pairwise', limits);
    expect(pairwise).toMatchObject({ response: null, first: null, second: 'The second response is required.' });
    expect(hasSampleProblem(sampleProblems(fields({ response: '', first: 'One.', second: 'Two.' }), 'pairwise', limits))).toBe(false);
  });

  it('checks the criteria and every score description against the rubric limit', () => {
    expect(hasRubricProblem(rubricProblems(likert(rubric), limits))).toBe(false);
    const tooLong = { ...rubric, scores: [...rubric.scores] as typeof rubric.scores };
    tooLong.scores[2] = 'y'.repeat(LIMITS.maxRubricChars + 5);
    const problems = rubricProblems(likert(tooLong), limits);
    expect(problems.scores[2]).toMatch(/score 3 is 5 characters too long/);
    expect(problems.scores.filter(Boolean)).toHaveLength(1);
    expect(rubricProblems(likert({ ...rubric, criteria: '' }), limits).criteria).toMatch(/required/);
  });

  it('checks the pass and fail descriptions of a binary rubric, and only the criteria of a pairwise one', () => {
    const binary = rubricProblems({ format: 'binary', rubric: { criteria: 'No error?', pass: '', fail: 'f'.repeat(LIMITS.maxRubricChars + 1) } }, limits);
    expect(binary).toMatchObject({ criteria: null, scores: [], pass: 'The description of a pass is required.' });
    expect(binary.fail).toMatch(/fail is 1 character too long/);
    expect(hasRubricProblem(binary)).toBe(true);
    expect(rubricProblems({ format: 'pairwise', rubric: { criteria: 'Which is better?' } }, limits)).toEqual({ criteria: null, scores: [], pass: null, fail: null });
  });
});
