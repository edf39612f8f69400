import { describe, expect, it } from 'vitest';
import { parseJudgeOutput } from '../../src/judges/parse-output';

function ok(text: string) {
  const parsed = parseJudgeOutput(text);
  if (!parsed.ok) throw new Error(`expected ok, got: ${parsed.reason}`);
  return parsed;
}

describe('parseJudgeOutput', () => {
  it('reads strict JSON', () => {
    expect(ok('{"feedback": "Accurate and complete.", "score": 5}')).toEqual({ ok: true, score: 5, critique: 'Accurate and complete.' });
  });

  it('reads JSON with the score first and unicode escapes', () => {
    expect(ok('{"score": 2, "feedback": "Caf\\u00e9 is misspelled.\\nAlso wrong."}')).toEqual({
      ok: true,
      score: 2,
      critique: 'Café is misspelled.\nAlso wrong.',
    });
  });

  it('reads a score written as a string', () => {
    expect(ok('{"feedback": "Fine.", "score": "4"}').score).toBe(4);
    expect(ok('{"feedback": "Fine.", "score": "3/5"}').score).toBe(3);
  });

  it('reads JSON in a code fence', () => {
    const parsed = ok('```json\n{"feedback": "Too vague.", "score": 2}\n```');
    expect(parsed).toEqual({ ok: true, score: 2, critique: 'Too vague.' });
  });

  it('reads JSON wrapped in prose, ignoring braces inside strings', () => {
    const parsed = ok('Sure! Here is my evaluation:\n{"feedback": "Uses {curly} braces oddly.", "score": 3}\nHope this helps.');
    expect(parsed).toEqual({ ok: true, score: 3, critique: 'Uses {curly} braces oddly.' });
  });

  it('reads the [RESULT] form and keeps the feedback as critique', () => {
    expect(ok('Feedback: The answer is right but terse. [RESULT] 3')).toEqual({
      ok: true,
      score: 3,
      critique: 'The answer is right but terse.',
    });
  });

  it('reads "Score: n" forms, using the last one', () => {
    expect(ok('The response covers the key facts.\nScore: 4').score).toBe(4);
    expect(ok('Reasoning about it.\n**Score:** 2/5').score).toBe(2);
    expect(ok('A first draft said Score: 2, but on reflection\nFinal score: 5').score).toBe(5);
    expect(ok('Good answer.\nScore: 4').critique).toBe('Good answer.');
  });

  it('keeps neither the marker\'s bold nor an "Explanation:" label in the critique, like the other formats', () => {
    expect(ok('Covers the facts.\n**Score:** 4/5').critique).toBe('Covers the facts.');
    expect(ok('Explanation: Too short to help.\nScore: 2').critique).toBe('Too short to help.');
  });

  it('reads a score from JSON that was cut off after the score', () => {
    expect(ok('{"feedback": "Mostly right.", "score": 4').score).toBe(4);
  });

  it.each([
    ['score 0', '{"feedback": "x", "score": 0}'],
    ['score 6', '{"feedback": "x", "score": 6}'],
    ['score "five"', '{"feedback": "x", "score": "five"}'],
    ['score 4.5', '{"feedback": "x", "score": 4.5}'],
    ['Score: 6', 'Decent.\nScore: 6'],
    ['[RESULT] 0', 'Bad. [RESULT] 0'],
    ['Score: five', 'Nice work.\nScore: five'],
    ['no score in JSON', '{"feedback": "I liked it."}'],
    ['no score in prose', 'This response is quite good overall and deserves a high mark.'],
    ['truncated JSON', '{"feedback": "The response is partly right but'],
    ['empty', '   '],
  ])('refuses %s rather than guessing', (_label, text) => {
    const parsed = parseJudgeOutput(text);
    expect(parsed.ok).toBe(false);
  });

  it('does not take a score from a JSON value that is out of range even if prose has another number', () => {
    const parsed = parseJudgeOutput('{"feedback": "Score: 4 would be generous.", "score": 9}');
    expect(parsed).toMatchObject({ ok: false });
    expect(parsed.ok ? '' : parsed.reason).toContain('9');
  });

  it('does not read a score from prose that merely mentions a score level', () => {
    expect(parseJudgeOutput('It meets the score 5 description in places.').ok).toBe(false);
  });
});
