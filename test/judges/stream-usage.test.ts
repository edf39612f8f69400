// Token usage and time to first token of an LLM judgment, against the stub provider over HTTP: the provider's
// usage chunk when the registry says it supports stream_options, an estimate from text length (marked as such)
// when it sends none or is not asked.
import { describe, expect, it } from 'vitest';
import { createJudge } from '../../src/judges/create-judge';
import { findJudgeModel } from '../../src/judges/registry';
import { jsonWithAsciiEscapes, OK_FEEDBACK, OK_SCORE, STUB_USAGE } from '../support/stub-openai/behaviours';
import { stubEnv, stubLastRequest, stubModel } from '../support/stub-openai/client';
import { FRANCE_TASK } from './fixtures';

async function judge(behaviour: string, supportsStreamUsage?: boolean) {
  const providerModel = stubModel(behaviour);
  const env = stubEnv([{ id: 'usage-judge', providerModel, supportsStreamUsage }]);
  const model = findJudgeModel(env, 'usage-judge');
  if (!model) throw new Error('stub judge missing from registry');
  const result = await createJudge(model, env).evaluate(FRANCE_TASK, () => {});
  if (!result.ok) throw new Error(result.failure.detail);
  const request = await stubLastRequest(providerModel);
  if (!request) throw new Error('the stub saw no request');
  return { judgment: result.judgment, request };
}

/** What the stub writes for `ok` and `ok-usage`: the raw output, which is what a provider bills (not the visible critique). */
const STUB_OUTPUT = jsonWithAsciiEscapes({ feedback: OK_FEEDBACK, score: OK_SCORE });

/** The estimate, computed here from what the stub received and sent: four characters a token. */
function expectedEstimate(messages: { content: string }[]) {
  const inputChars = messages.reduce((n, m) => n + m.content.length, 0);
  return { inputTokens: Math.ceil(inputChars / 4), outputTokens: Math.ceil(STUB_OUTPUT.length / 4), estimated: true };
}

describe('token usage of a judgment', () => {
  it("asks for the usage chunk and records the provider's figures", async () => {
    const { judgment, request } = await judge('ok-usage', true);
    expect(request.body.stream_options).toEqual({ include_usage: true });
    expect(judgment.usage).toEqual({ inputTokens: STUB_USAGE.prompt_tokens, outputTokens: STUB_USAGE.completion_tokens, estimated: false });
    expect(judgment.critique).toBe(OK_FEEDBACK);
  });

  it('does not send stream_options to a provider not known to support it, and estimates instead', async () => {
    const { judgment, request } = await judge('ok-usage', false);
    expect(request.body.stream_options).toBeUndefined();
    expect(judgment.usage).toEqual(expectedEstimate(request.body.messages));
  });

  it('estimates when the provider was asked but sent no usage', async () => {
    const { judgment, request } = await judge('ok', true);
    expect(request.body.stream_options).toEqual({ include_usage: true });
    expect(judgment.usage).toEqual(expectedEstimate(request.body.messages));
    expect(judgment.usage!.outputTokens).toBeGreaterThan(10);
  });

  it('records the time to first token within the total latency', async () => {
    const { judgment } = await judge('ok-usage', true);
    expect(judgment.ttftMs).toEqual(expect.any(Number));
    expect(judgment.ttftMs!).toBeGreaterThanOrEqual(0);
    expect(judgment.ttftMs!).toBeLessThanOrEqual(judgment.latencyMs);
  });
});
