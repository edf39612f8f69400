import { describe, expect, it } from 'vitest';
import { parseVerdict, type ParsedVerdict } from '../../src/judges/parse-verdict';

function pairwise(text: string): ParsedVerdict {
  return parseVerdict('pairwise', text);
}

function verdictOf(text: string): string {
  const parsed = pairwise(text);
  if (!parsed.ok) throw new Error(`expected a verdict, got ${parsed.problem}: ${parsed.reason}`);
  if (parsed.verdict.format !== 'pairwise') throw new Error('wrong format');
  return parsed.verdict.verdict;
}

describe('parseVerdict pairwise: JSON', () => {
  it('reads strict JSON with the critique', () => {
    expect(pairwise('{"feedback": "The second is a real haiku.", "verdict": "second"}')).toEqual({
      ok: true,
      verdict: { format: 'pairwise', verdict: 'second' },
      critique: 'The second is a real haiku.',
      reasoning: '',
    });
  });

  it.each([
    ['"first"', '{"feedback": "x", "verdict": "first"}', 'first'],
    ['"Tie"', '{"feedback": "x", "verdict": "Tie"}', 'tie'],
    ['"Response 2"', '{"feedback": "x", "verdict": "Response 2"}', 'second'],
    ['"A"', '{"feedback": "x", "winner": "A"}', 'first'],
    ['"the second response"', '{"feedback": "x", "better_response": "the second response"}', 'second'],
    ['a number', '{"feedback": "x", "preference": 1}', 'first'],
    ['fenced', '```json\n{"feedback": "Both fine.", "verdict": "tie"}\n```', 'tie'],
  ])('reads %s', (_label, text, expected) => {
    expect(verdictOf(text)).toBe(expected);
  });

  it('trusts the JSON verdict over a different verdict written inside its feedback', () => {
    expect(verdictOf('{"feedback": "One might say [[A]], but the first misses the form.", "verdict": "second"}')).toBe('second');
  });

  it.each([
    ['a verdict that is no response', '{"feedback": "x", "verdict": "both"}', 'no_verdict'],
    ['a third response', '{"feedback": "x", "verdict": 3}', 'no_verdict'],
    ['two objects that disagree', '{"verdict": "first"} {"verdict": "second"}', 'ambiguous'],
  ])('refuses %s', (_label, text, problem) => {
    expect(pairwise(text)).toMatchObject({ ok: false, problem });
  });
});

describe('parseVerdict pairwise: textual forms', () => {
  it.each([
    ['[[A]]', 'Assistant A follows 5-7-5; assistant B does not.\n\n[[A]]', 'first'],
    ['[[B]]', 'The second is more vivid. [[B]]', 'second'],
    ['[[C]] for a tie', 'Both are equally good haiku. [[C]]', 'tie'],
    ['[RESULT] B', 'Feedback: The second keeps the form. [RESULT] B', 'second'],
    ['[RESULT] A', 'Feedback: The first keeps the form. [RESULT] A', 'first'],
    ['Verdict: Response 1', 'Response 1 is a haiku.\nVerdict: Response 1', 'first'],
    ['**Final verdict:** second', 'Reasons.\n**Final verdict:** second', 'second'],
    ['Winner: B', 'Reasons.\nWinner: B', 'second'],
    ['Verdict: tie', 'Equally good.\nVerdict: tie', 'tie'],
    ['"the first response is better"', 'The first response is better: it keeps the syllable count.', 'first'],
    ['"Response 2 is clearly stronger"', 'Response 2 is clearly stronger on imagery.', 'second'],
    ['"I prefer the second response"', 'On balance I prefer the second response.', 'second'],
    ['"it is a tie"', 'Each has one flaw of the same weight, so it is a tie.', 'tie'],
    ['"both responses are equally good"', 'Both responses are equally good at following the form.', 'tie'],
  ])('reads %s', (_label, text, expected) => {
    expect(verdictOf(text)).toBe(expected);
  });

  it('keeps the prose before a marker as the critique', () => {
    expect(pairwise('The second keeps the 5-7-5 form; the first does not.\n[[B]]')).toMatchObject({
      ok: true,
      critique: 'The second keeps the 5-7-5 form; the first does not.',
    });
  });

  it('prefers an explicit marker to conclusion sentences', () => {
    expect(verdictOf('Some would say the first response is better. I do not.\n[[B]]')).toBe('second');
  });

  it('does not read the article "a" as response A', () => {
    expect(pairwise('Verdict: a close call with no clear winner.')).toMatchObject({ ok: false, problem: 'no_verdict' });
  });

  it.each([
    ['two MT-Bench markers', '[[A]] ... on reflection [[B]]'],
    ['a marker and a verdict line', '[[A]]\nVerdict: second'],
    ['two conclusions', 'The first response is better on form, but the second response is better on imagery.'],
  ])('refuses %s that disagree as ambiguous', (_label, text) => {
    expect(pairwise(text)).toMatchObject({ ok: false, problem: 'ambiguous' });
  });

  it.each([
    ['a likert score', '{"feedback": "Good.", "score": 4}'],
    ['prose without a verdict', 'Both responses try to write about autumn.'],
    ['a pass verdict', 'Verdict: PASS'],
  ])('refuses %s rather than guessing', (_label, text) => {
    expect(pairwise(text)).toMatchObject({ ok: false, problem: 'no_verdict' });
  });
});
