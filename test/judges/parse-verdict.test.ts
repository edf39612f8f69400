import { describe, expect, it } from 'vitest';
import type { JudgeFormat } from '../../src/judges/judge-formats';
import { parseJudgeOutput } from '../../src/judges/parse-output';
import { parseVerdict } from '../../src/judges/parse-verdict';
import { verdictFailure } from '../../src/judges/verdict-failure';

// The same answer in each format's JSON, to run the shared steps over all three.
const ANSWERS: Record<JudgeFormat, { json: string; verdict: object; rejected: string }> = {
  likert: { json: '{"feedback": "Right but terse.", "score": 4}', verdict: { format: 'likert', score: 4 }, rejected: '{"feedback": "weak", "score": 2}' },
  binary: { json: '{"feedback": "Right but terse.", "verdict": "pass"}', verdict: { format: 'binary', verdict: 'pass' }, rejected: 'Verdict: FAIL' },
  pairwise: { json: '{"feedback": "Right but terse.", "verdict": "second"}', verdict: { format: 'pairwise', verdict: 'second' }, rejected: '[[A]]' },
};
const FORMATS = Object.keys(ANSWERS) as JudgeFormat[];

describe('parseVerdict: reasoning sections', () => {
  it.each(FORMATS)('%s: never reads a verdict the model rejected inside <think>', (format) => {
    const { json, verdict, rejected } = ANSWERS[format];
    const text = `<think>\nMy first thought: ${rejected}\nNo — looking again, that is wrong.\n</think>\n\n${json}`;
    expect(parseVerdict(format, text)).toEqual({
      ok: true,
      verdict,
      critique: 'Right but terse.',
      reasoning: `My first thought: ${rejected}\nNo — looking again, that is wrong.`,
    });
  });

  it.each(FORMATS)('%s: handles <thinking> and leading reasoning whose opening tag was in the template', (format) => {
    const { json, verdict, rejected } = ANSWERS[format];
    expect(parseVerdict(format, `<thinking>${rejected}</thinking>${json}`)).toMatchObject({ ok: true, verdict });
    // reasoning_content style (QwQ, R1 chat templates): the output starts inside the reasoning.
    expect(parseVerdict(format, `Let me weigh it. ${rejected} seems too quick.\n</think>\n${json}`)).toMatchObject({
      ok: true,
      verdict,
      reasoning: `Let me weigh it. ${rejected} seems too quick.`,
    });
  });

  it.each(FORMATS)('%s: a verdict only inside reasoning is no answer', (format) => {
    expect(parseVerdict(format, `<think>${ANSWERS[format].json}</think>`)).toMatchObject({ ok: false, problem: 'empty' });
  });

  it.each(FORMATS)('%s: output that stops inside the reasoning is truncated, whatever it mentions', (format) => {
    expect(parseVerdict(format, `<think>Leaning towards ${ANSWERS[format].json} but let me check`)).toMatchObject({
      ok: false,
      problem: 'truncated',
    });
  });

  it('reads a verdict whose critique quotes a think tag', () => {
    expect(parseVerdict('binary', '{"feedback": "The response leaks its <think> notes.", "verdict": "fail"}')).toMatchObject({
      ok: true,
      verdict: { verdict: 'fail' },
      critique: 'The response leaks its <think> notes.',
    });
  });
});

describe('parseVerdict: truncated answers', () => {
  it.each(FORMATS)('%s: finish_reason "length" is a judge error even when a verdict was written', (format) => {
    expect(parseVerdict(format, ANSWERS[format].json, { finishReason: 'length' })).toMatchObject({ ok: false, problem: 'truncated' });
    expect(parseVerdict(format, ANSWERS[format].json, { finishReason: 'stop' })).toMatchObject({ ok: true });
  });

  it.each([
    ['likert', '{"feedback": "It deserves Score: 4 at most, though the second half'],
    ['binary', '{"feedback": "The response passes the date check. Verdict: PASS on dates, but the name'],
    ['pairwise', '{"feedback": "The first response is better on form, [[A]] so far, yet the second'],
    ['binary', '```json\n{"feedback": "The response fails'],
    ['pairwise', 'My evaluation:\n{"feedback": "Response 2 is better", "verdict": "sec'],
    ['likert', '{"feedback": "Score: 4 would be generous.", "sco'],
  ] as const)('%s: JSON cut off mid-feedback is truncated, not a verdict read from the feedback (%s)', (format, text) => {
    expect(parseVerdict(format, text)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it.each(FORMATS)('%s: reads a verdict field written in full before the cut', (format) => {
    const { json, verdict } = ANSWERS[format];
    expect(parseVerdict(format, json.slice(0, -1))).toEqual({ ok: true, verdict, critique: 'Right but terse.', reasoning: '' });
  });

  it('does not take a stray brace in prose for cut-off JSON', () => {
    expect(parseVerdict('binary', 'The response writes { where it means [. Verdict: FAIL')).toMatchObject({
      ok: true,
      verdict: { verdict: 'fail' },
    });
  });
});

describe('parseVerdict: likert', () => {
  it.each([
    '{"feedback": "Accurate and complete.", "score": 5}',
    '```json\n{"feedback": "Too vague.", "score": 2}\n```',
    'Feedback: The answer is right but terse. [RESULT] 3',
    'A first draft said Score: 2, but on reflection\nFinal score: 5',
  ])('reads what parseJudgeOutput reads, the same way: %s', (text) => {
    const today = parseJudgeOutput(text);
    if (!today.ok) throw new Error(today.reason);
    expect(parseVerdict('likert', text)).toEqual({ ok: true, verdict: { format: 'likert', score: today.score }, critique: today.critique, reasoning: '' });
  });

  it('refuses what parseJudgeOutput refuses', () => {
    expect(parseVerdict('likert', '{"feedback": "x", "score": 6}')).toMatchObject({ ok: false, problem: 'no_verdict' });
    expect(parseVerdict('likert', '   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
});

describe('verdictFailure', () => {
  it('is an unparseable failure with a safe message in the format\'s words and the details for operators', () => {
    const failure = verdictFailure('pairwise', { problem: 'ambiguous', reason: 'two verdicts' }, '[[A]] [[B]]', { beforeFirstToken: false });
    expect(failure).toMatchObject({ kind: 'unparseable', beforeFirstToken: false });
    expect(failure.message).toMatch(/which response is better/);
    expect(failure.detail).toContain('ambiguous: two verdicts');
    expect(verdictFailure('binary', { problem: 'no_verdict', reason: 'x' }, '', { beforeFirstToken: true }).message).toMatch(/pass or fail/);
    expect(verdictFailure('likert', { problem: 'no_verdict', reason: 'x' }, '', { beforeFirstToken: true }).message).toMatch(/1 to 5/);
    expect(verdictFailure('likert', { problem: 'truncated', reason: 'x' }, '', { beforeFirstToken: true }).message).toMatch(/cut off/);
  });
});
