// The stub provider answers like real judges, in the format of the task it is sent, and the parsers read every one
// of those answers: each textual form per format, reasoning sections holding a rejected verdict (tagged, opened by
// the template, or sent apart), and a content-aware pairwise judge whose verdict follows the order it was shown.
import { describe, expect, it } from 'vitest';
import { streamChat } from '../../src/judges/chat-stream';
import { buildFormatMessages } from '../../src/judges/format-prompt';
import type { FormatTask } from '../../src/judges/judge-formats';
import { parseVerdict } from '../../src/judges/parse-verdict';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { OK_VERDICTS, thinkingText, type AnswerForm, type StubFormat } from '../support/stub-openai/format-answers';
import { stubModel, stubUrl } from '../support/stub-openai/client';
import { FRANCE_TASK } from './fixtures';
import { binaryTask, pairwiseTask } from './offline-fixtures';

const TASKS: Record<StubFormat, FormatTask> = {
  likert: FRANCE_TASK,
  binary: binaryTask(BINARY_SAMPLES[0]),
  pairwise: pairwiseTask(PAIRWISE_SAMPLES[0]),
};

async function judge(behaviour: string, task: FormatTask) {
  const result = await streamChat({
    provider: { baseURL: `${stubUrl()}/v1`, apiKey: 'stub-key' },
    model: stubModel(behaviour),
    messages: buildFormatMessages(task),
    jsonMode: false,
    maxTokens: 100,
    temperature: 0,
    timeouts: { firstTokenMs: 2000, stallMs: 2000, totalMs: 8000 },
  });
  if (!result.ok) return { result, parsed: undefined };
  return { result, parsed: parseVerdict(task.format, result.text, { finishReason: result.finishReason }) };
}

/** The verdict as parseVerdict gives it, from the stub's verdict word. */
function expected(format: StubFormat, verdict: string) {
  return format === 'likert' ? { format, score: Number(verdict) } : { format, verdict };
}

const CASES: [StubFormat, AnswerForm, string][] = [
  ...(['json', 'result'] as const).flatMap((form) => ['1', '3', '5'].map((v): [StubFormat, AnswerForm, string] => ['likert', form, v])),
  ...(['json', 'brackets', 'result', 'verdict', 'bare', 'yesno'] as const).flatMap((form) =>
    ['pass', 'fail'].map((v): [StubFormat, AnswerForm, string] => ['binary', form, v]),
  ),
  ...(['json', 'brackets', 'result', 'verdict'] as const).flatMap((form) =>
    ['first', 'second', 'tie'].map((v): [StubFormat, AnswerForm, string] => ['pairwise', form, v]),
  ),
];

describe.concurrent('the stub judge, read by the parsers', () => {
  it.each(CASES)('%s, %s form: verdict-…-%s is read as that verdict', async (format, form, verdict) => {
    const { result, parsed } = await judge(`verdict-${form}-${verdict}`, TASKS[format]);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(parsed?.ok && parsed.verdict).toEqual(expected(format, verdict));
  });

  it.each(['likert', 'binary', 'pairwise'] as const)('%s: `ok` answers in the format of the task', async (format) => {
    const { parsed } = await judge('ok', TASKS[format]);
    expect(parsed?.ok && parsed.verdict).toEqual(expected(format, OK_VERDICTS[format]));
  });

  it.each(
    (['think', 'think-template'] as const).flatMap((behaviour) => (['likert', 'binary', 'pairwise'] as const).map((f) => [behaviour, f] as const)),
  )('%s, %s: the verdict rejected while thinking is not read; the thinking is set apart', async (behaviour, format) => {
    const { result, parsed } = await judge(behaviour, TASKS[format]);
    if (!result.ok || !parsed?.ok) throw new Error('expected a verdict');
    expect(parsed.verdict).toEqual(expected(format, OK_VERDICTS[format]));
    expect(parsed.reasoning).toBe(thinkingText(format, OK_VERDICTS[format]));
    expect(parsed.critique).not.toContain('First thought');
  });

  it.each(['binary', 'pairwise'] as const)('reasoning-content, %s: the reasoning comes apart and the answer holds the verdict', async (format) => {
    const { result, parsed } = await judge('reasoning-content', TASKS[format]);
    if (!result.ok || !parsed?.ok) throw new Error('expected a verdict');
    expect(result.reasoning).toBe(thinkingText(format, OK_VERDICTS[format]));
    expect(parsed.verdict).toEqual(expected(format, OK_VERDICTS[format]));
  });

  it('pairwise-longer prefers the longer response in whichever order it is shown', async () => {
    const sample = PAIRWISE_SAMPLES[0];
    const longer = sample.responses[0].length > sample.responses[1].length ? 'first' : 'second';
    const asStored = await judge('pairwise-longer', pairwiseTask(sample));
    const swapped = await judge('pairwise-longer', pairwiseTask(sample, true));
    expect(asStored.parsed?.ok && asStored.parsed.verdict).toEqual({ format: 'pairwise', verdict: longer });
    expect(swapped.parsed?.ok && swapped.parsed.verdict).toEqual({ format: 'pairwise', verdict: longer === 'first' ? 'second' : 'first' });
  });

  it('answers 400 to a case that does not exist for the format, so a test asking for it fails loudly', async () => {
    const { result } = await judge('verdict-brackets-pass', TASKS.pairwise);
    expect(result.ok ? 'ok' : result.failure.status).toBe(400);
  });

  it('cuts a pairwise answer off mid-JSON with finish_reason "length": truncated, not a partial verdict', async () => {
    const { parsed } = await judge('length-mid-json', TASKS.pairwise);
    expect(parsed?.ok ? parsed : parsed?.problem).toBe('truncated');
  });
});
