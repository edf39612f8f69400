import { describe, expect, it } from 'vitest';
import { parseVerdict, type ParsedVerdict } from '../../src/judges/parse-verdict';

function binary(text: string): ParsedVerdict {
  return parseVerdict('binary', text);
}

function verdictOf(text: string): string {
  const parsed = binary(text);
  if (!parsed.ok) throw new Error(`expected a verdict, got ${parsed.problem}: ${parsed.reason}`);
  if (parsed.verdict.format !== 'binary') throw new Error('wrong format');
  return parsed.verdict.verdict;
}

describe('parseVerdict binary: JSON', () => {
  it('reads strict JSON with the critique', () => {
    expect(binary('{"feedback": "Every date is right.", "verdict": "pass"}')).toEqual({
      ok: true,
      verdict: { format: 'binary', verdict: 'pass' },
      critique: 'Every date is right.',
      reasoning: '',
    });
  });

  it.each([
    ['upper case value', '{"feedback": "x", "verdict": "FAIL"}', 'fail'],
    ['verdict first', '{"verdict": "Pass", "feedback": "x"}', 'pass'],
    ['"result" key', '{"explanation": "x", "result": "failed"}', 'fail'],
    ['fenced', '```json\n{"feedback": "Wrong year.", "verdict": "fail"}\n```', 'fail'],
    ['wrapped in prose', 'Here is my evaluation:\n{"feedback": "Fine.", "verdict": "pass"}\nThanks.', 'pass'],
    ['"passes": true', '{"feedback": "x", "passes": true}', 'pass'],
    ['"pass": "no"', '{"feedback": "x", "pass": "no"}', 'fail'],
  ])('reads %s', (_label, text, expected) => {
    expect(verdictOf(text)).toBe(expected);
  });

  it('trusts the JSON verdict over a different verdict written inside its feedback', () => {
    expect(verdictOf('{"feedback": "At first glance: Verdict: FAIL, but the date is right.", "verdict": "pass"}')).toBe('pass');
  });

  it('refuses a JSON verdict that is neither pass nor fail, without falling back to prose', () => {
    const parsed = binary('{"feedback": "The response passes mostly.", "verdict": "partial"}');
    expect(parsed).toMatchObject({ ok: false, problem: 'no_verdict' });
    expect(parsed.ok ? '' : parsed.reason).toContain('partial');
  });

  it('refuses two JSON objects with different verdicts as ambiguous', () => {
    expect(binary('{"feedback": "a", "verdict": "pass"}\n{"feedback": "b", "verdict": "fail"}')).toMatchObject({ ok: false, problem: 'ambiguous' });
  });
});

describe('parseVerdict binary: textual forms', () => {
  it.each([
    ['Verdict: FAIL', 'The response gets the year wrong.\nVerdict: FAIL', 'fail'],
    ['**Verdict:** Pass', 'All claims check out.\n**Verdict:** Pass', 'pass'],
    ['Final verdict - fail', 'It invents a source.\nFinal verdict - fail', 'fail'],
    ['Result: PASSED', 'Fine.\nResult: PASSED', 'pass'],
    ['[RESULT] PASS', 'Feedback: Accurate throughout. [RESULT] PASS', 'pass'],
    ['[RESULT] fail', 'Feedback: One wrong date. [RESULT] fail', 'fail'],
    ['[[FAIL]]', 'The response misstates the date. [[FAIL]]', 'fail'],
    ['a lone PASS line', 'Every claim is correct.\n\n**PASS**', 'pass'],
    ['Passes: yes', 'Dates are right.\nPasses: yes', 'pass'],
    ['Pass: no', 'It claims 1991.\nPass: no', 'fail'],
    ['broken JSON with a verdict key', 'Sure: "verdict": "fail" because of the date', 'fail'],
    ['"the response passes"', 'Every date given is correct, so the response passes the criterion.', 'pass'],
    ['"the response fails"', 'The year given is wrong; the response therefore fails.', 'fail'],
    ['"does not pass"', 'Because the year is wrong, the response does not pass.', 'fail'],
    ["\"doesn't fail\"", "Nothing false is stated, so this response doesn't fail.", 'pass'],
  ])('reads %s', (_label, text, expected) => {
    expect(verdictOf(text)).toBe(expected);
  });

  it('keeps the prose before a marker as the critique, without its label', () => {
    const parsed = binary('Feedback: The response gives the right date. [RESULT] PASS');
    expect(parsed).toMatchObject({ ok: true, critique: 'The response gives the right date.' });
  });

  it('does not read "fails to" as a verdict', () => {
    expect(binary('The response fails to mention the year, yet what it says is true.')).toMatchObject({ ok: false, problem: 'no_verdict' });
    expect(verdictOf('The response fails to mention the month, but the response passes: nothing it says is false.')).toBe('pass');
  });

  it('prefers an explicit marker to conclusion sentences', () => {
    expect(verdictOf('One could argue the response fails. Having checked every date, I disagree.\nVerdict: PASS')).toBe('pass');
  });

  it.each([
    ['two markers', 'Verdict: PASS\nOn reflection, Verdict: FAIL'],
    ['two conclusions', 'The response passes on dates. The response fails on names.'],
    ['[RESULT] and a lone line', 'Fine. [RESULT] PASS\nFAIL'],
  ])('refuses %s that disagree as ambiguous', (_label, text) => {
    expect(binary(text)).toMatchObject({ ok: false, problem: 'ambiguous' });
  });

  it.each([
    ['a bare yes to the criterion', 'Does the response contain a factual error? Yes.'],
    ['a score instead', '{"feedback": "Good.", "score": 4}'],
    ['prose without a verdict', 'The response is accurate and well written.'],
    ['a description that mentions passing', 'A passing grade would need the date; it gives one.'],
    ['empty', '  \n '],
  ])('refuses %s rather than guessing', (_label, text) => {
    expect(binary(text).ok).toBe(false);
  });
});
