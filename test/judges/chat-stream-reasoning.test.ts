// What streamChat returns besides the answer, against the stub provider over HTTP: reasoning sent apart from the
// content (reasoning_content as DeepSeek/Together/vLLM send it, reasoning as OpenRouter does), streamed as part
// 'reasoning' and returned apart; the provider's finish_reason, so that an answer cut off by the token limit is a
// 'truncated' judge error and never a partial verdict.
import { describe, expect, it } from 'vitest';
import { streamChat } from '../../src/judges/chat-stream';
import { parseVerdict } from '../../src/judges/parse-verdict';
import { buildFormatMessages } from '../../src/judges/format-prompt';
import type { OutputPart } from '../../src/judges/types';
import type { ChatMessage } from '../../src/judges/prompt';
import { CUT_OFF_JSON, jsonWithAsciiEscapes, OK_FEEDBACK, OK_SCORE, SLOW_THOUGHT } from '../support/stub-openai/behaviours';
import { OK_VERDICTS, thinkingText } from '../support/stub-openai/format-answers';
import { stubModel, stubUrl } from '../support/stub-openai/client';
import { FRANCE_TASK } from './fixtures';

const LIKERT_MESSAGES = buildFormatMessages(FRANCE_TASK);

async function call(behaviour: string, options: { firstTokenMs?: number; messages?: ChatMessage[] } = {}) {
  const parts: { text: string; part: OutputPart }[] = [];
  const result = await streamChat({
    provider: { baseURL: `${stubUrl()}/v1`, apiKey: 'stub-key' },
    model: stubModel(behaviour),
    messages: options.messages ?? LIKERT_MESSAGES,
    jsonMode: false,
    maxTokens: 100,
    temperature: 0,
    timeouts: { firstTokenMs: options.firstTokenMs ?? 2000, stallMs: 2000, totalMs: 10000 },
    onText: (text, part) => parts.push({ text, part }),
  });
  const streamed = (part: OutputPart) => parts.filter((p) => p.part === part).map((p) => p.text).join('');
  return { result, parts, streamed };
}

const LIKERT_ANSWER = jsonWithAsciiEscapes({ feedback: OK_FEEDBACK, score: OK_SCORE });

describe.concurrent('streamChat: reasoning sent apart, and finish_reason', () => {
  it.each(['reasoning-content', 'reasoning-field'])('%s: streams the reasoning as such, before the answer, and returns it apart', async (behaviour) => {
    const { result, parts, streamed } = await call(behaviour);
    if (!result.ok) throw new Error(result.failure.detail);
    const thinking = thinkingText('likert', OK_VERDICTS.likert);
    expect(result.reasoning).toBe(thinking);
    expect(result.text).toBe(LIKERT_ANSWER);
    expect(result.finishReason).toBe('stop');
    expect(streamed('reasoning')).toBe(thinking);
    expect(streamed('answer')).toBe(LIKERT_ANSWER);
    // Every reasoning chunk came before the first answer chunk.
    const firstAnswer = parts.findIndex((p) => p.part === 'answer');
    expect(parts.slice(firstAnswer).every((p) => p.part === 'answer')).toBe(true);
    expect(firstAnswer).toBeGreaterThan(1);
    // The rejected verdict the model weighed while thinking is not what the answer says.
    const parsed = parseVerdict('likert', result.text, { finishReason: result.finishReason });
    expect(parsed.ok && parsed.verdict).toEqual({ format: 'likert', score: OK_SCORE });
  });

  it('leaves a <think> section inside the content to the parser, with nothing returned apart', async () => {
    const { result, streamed } = await call('think');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.reasoning).toBe('');
    expect(streamed('reasoning')).toBe('');
    expect(result.text).toMatch(/^<think>\n[\s\S]*\n<\/think>\n\n/);
    const parsed = parseVerdict('likert', result.text, { finishReason: result.finishReason });
    expect(parsed.ok && parsed.verdict).toEqual({ format: 'likert', score: OK_SCORE });
    expect(parsed.ok && parsed.reasoning).toBe(thinkingText('likert', OK_VERDICTS.likert));
  });

  it('returns finish_reason "length" for an answer cut off mid-JSON, which the parser calls truncated', async () => {
    const { result } = await call('length-mid-json');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.text).toBe(CUT_OFF_JSON);
    expect(result.finishReason).toBe('length');
    const parsed = parseVerdict('likert', result.text, { finishReason: result.finishReason });
    expect(parsed.ok ? parsed : parsed.problem).toBe('truncated');
  });

  it('fails as truncated when the token limit ran out while the model was still thinking', async () => {
    const { result, streamed } = await call('length-while-reasoning');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('truncated');
    expect(result.failure.detail).toMatch(/token limit was reached before any answer \(after \d+ chars of reasoning\)/);
    // The visitor saw the reasoning stream, so the failure is not before the first token.
    expect(result.failure.beforeFirstToken).toBe(false);
    expect(streamed('reasoning').length).toBeGreaterThan(0);
  });

  it('counts reasoning as output for the first-token timeout: a model thinking past it still answers', async () => {
    const { result, streamed } = await call('slow-thinker', { firstTokenMs: 1000 });
    if (!result.ok) throw new Error(result.failure.detail);
    expect(streamed('reasoning')).toBe(SLOW_THOUGHT);
    expect(result.text).toBe(LIKERT_ANSWER);
  });

  it('still times out a provider that sends nothing at all', async () => {
    const { result } = await call('slow-first-token', { firstTokenMs: 300 });
    expect(result.ok ? 'ok' : result.failure.kind).toBe('timeout');
  });

  it('returns the finish_reason of an ordinary answer', async () => {
    const { result } = await call('ok');
    expect(result.ok && result.finishReason).toBe('stop');
    expect(result.ok && result.reasoning).toBe('');
  });
});
