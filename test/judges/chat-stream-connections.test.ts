// Every way a provider call can end leaves no connection open: the response body is read to its end or
// cancelled (success, error status, retry, timeout, stall, malformed stream, empty answer, caller abort).
import { describe, expect, it } from 'vitest';
import { streamChat, type ChatStreamResult } from '../../src/judges/chat-stream';
import { HUGE_FEEDBACK } from '../support/stub-openai/behaviours';
import { stubCalls, stubConnections, stubModel, stubUrl } from '../support/stub-openai/client';

async function call(behaviour: string, signal?: AbortSignal, onText?: (text: string) => void) {
  const model = stubModel(behaviour);
  expect((await stubConnections(model)).matching).toBe(0);
  const result = await streamChat({
    provider: { baseURL: `${stubUrl()}/v1`, apiKey: 'stub-key' },
    model,
    messages: [{ role: 'user', content: 'Judge this.' }],
    jsonMode: false,
    maxTokens: 100,
    temperature: 0,
    timeouts: { firstTokenMs: 1000, stallMs: 1000, totalMs: 8000 },
    signal,
    onText,
  });
  return { result, model };
}

/** Open connections of `model`, polled (boundedly) until none is left; with the peak seen while it ran. */
async function connectionsAfter(model: string) {
  let connections = await stubConnections(model);
  for (let i = 0; i < 100 && connections.matching > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    connections = await stubConnections(model);
  }
  return connections;
}

const kindOf = (result: ChatStreamResult) => (result.ok ? 'ok' : result.failure.kind);

describe.concurrent('a provider call closes its connection however it ends', () => {
  it.each([
    ['ok', 'ok', 1],
    ['huge', 'ok', 1],
    ['500-then-ok', 'ok', 2],
    ['429-then-ok', 'ok', 2],
    ['http500', 'http', 2],
    ['http429', 'rate_limited', 2],
    ['http400', 'http', 1],
    ['empty', 'empty', 1],
    ['reasoning-content', 'ok', 1],
    ['length-while-reasoning', 'truncated', 1],
    ['bad-sse', 'http', 1],
    ['stall-after-3', 'timeout', 1],
    ['slow-first-token', 'timeout', 1],
  ])('%s → %s after %i call(s), no connection left', async (behaviour, kind, calls) => {
    const { result, model } = await call(behaviour);
    expect(kindOf(result)).toBe(kind);
    expect(await stubCalls(model)).toBe(calls);
    const connections = await connectionsAfter(model);
    expect(connections.matching).toBe(0);
    expect(connections.peak).toBeGreaterThan(0);
  });

  it('reads a 60 KB answer sent in 12-character chunks to its end', async () => {
    const { result } = await call('huge');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(JSON.parse(result.text).feedback).toBe(HUGE_FEEDBACK);
  });

  it('cancels the body when the caller aborts mid-stream', async () => {
    const controller = new AbortController();
    const { result, model } = await call('stall-after-3', controller.signal, () => controller.abort('viewer gone'));
    expect(kindOf(result)).toBe('cancelled');
    expect((await connectionsAfter(model)).matching).toBe(0);
  });
});
