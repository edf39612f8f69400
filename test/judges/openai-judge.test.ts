// createJudge against the stub OpenAI-compatible server over real HTTP. No test waits on the wall clock or measures
// it: waits before a retry are recorded instead of slept, and a timeout shows in what the judge received (the stub
// would have answered after 3 s, so empty deltas mean the call was cut off) and in the limit its failure names.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createJudge } from '../../src/judges/create-judge';
import { REDACTED } from '../../src/judges/identity-redactor';
import { findJudgeModel } from '../../src/judges/registry';
import { RETRY_AFTER_CAP_MS } from '../../src/judges/retry-policy';
import type { JudgeFailure, JudgeResult } from '../../src/judges/types';
import {
  NAMES_ITSELF_FEEDBACK,
  OK_FEEDBACK,
  OK_SCORE,
  PROSE_FEEDBACK,
  PROSE_SCORE,
  STALL_FEEDBACK_PREFIX,
} from '../support/stub-openai/behaviours';
import { stubCalls, stubEnv, stubLastRequest, stubModel, type StubJudgeSpec } from '../support/stub-openai/client';
import { FRANCE_TASK } from './fixtures';
import { scoreOf } from './judgment-score';

/** Every wait before a retry, in ms; the wait itself is skipped (an aborted signal still ends it as cancelled). */
const retryWaits = vi.hoisted(() => [] as number[]);
vi.mock('../../src/judges/abortable-sleep', () => ({
  abortableSleep: async (ms: number, signal?: AbortSignal) => {
    retryWaits.push(ms);
    return !signal?.aborted;
  },
}));
beforeEach(() => {
  retryWaits.length = 0;
});

const JUDGE_NAME = 'Secret Judge 9000';
const JUDGE_ORG = 'Hidden Org';

async function run(behaviour: string, options: { env?: Partial<Env>; judge?: Partial<StubJudgeSpec>; signal?: AbortSignal } = {}) {
  const providerModel = stubModel(behaviour);
  const env = stubEnv(
    [{ id: 'stub-judge', providerModel, name: JUDGE_NAME, organization: JUDGE_ORG, ...options.judge }],
    { JUDGE_FIRST_TOKEN_TIMEOUT_MS: '2000', JUDGE_TIMEOUT_MS: '8000', ...options.env },
  );
  const model = findJudgeModel(env, 'stub-judge');
  if (!model) throw new Error('stub judge missing from registry');
  const judge = createJudge(model, env, { offlineChunkDelayMs: 0 });
  const deltas: string[] = [];
  const result = await judge.evaluate(FRANCE_TASK, (d) => deltas.push(d), options.signal);
  return { result, deltas, providerModel, calls: await stubCalls(providerModel) };
}

function failureOf(result: JudgeResult): JudgeFailure {
  if (result.ok) throw new Error(`expected a failure, got score ${scoreOf(result.judgment)}`);
  return result.failure;
}

/** No visitor-facing message may identify the judge. */
function expectAnonymous(failure: JudgeFailure, providerModel: string) {
  for (const secret of [JUDGE_NAME, JUDGE_ORG, providerModel, 'stub-judge', 'local', '127.0.0.1']) {
    expect(failure.message).not.toContain(secret);
  }
  expect(failure.message.length).toBeGreaterThan(10);
}

describe('LLM judge over an OpenAI-compatible API', () => {
  it('streams the critique as it is written and returns the parsed score', async () => {
    const { result, deltas, calls, providerModel } = await run('ok');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(scoreOf(result.judgment)).toBe(OK_SCORE);
    expect(result.judgment.critique).toBe(OK_FEEDBACK);
    expect(result.judgment.text).toBe(OK_FEEDBACK);
    expect(deltas.join('')).toBe(OK_FEEDBACK);
    expect(deltas.length).toBeGreaterThan(3);
    expect(calls).toBe(1);

    const last = await stubLastRequest(providerModel);
    expect(last?.authorization).toBe('Bearer stub-key');
    expect(last?.body).toMatchObject({ model: providerModel, stream: true, temperature: 0, response_format: { type: 'json_object' } });
    expect(last?.body.max_tokens).toBeGreaterThan(0);
    expect(last?.body.messages.map((m) => m.content).join('\n')).toContain(FRANCE_TASK.response);
  });

  it('does not ask for JSON mode when the judge does not support it', async () => {
    const { result, providerModel } = await run('ok', { judge: { supportsJsonMode: false } });
    expect(result.ok).toBe(true);
    const last = await stubLastRequest(providerModel);
    expect(last?.body.response_format).toBeUndefined();
    expect(last?.body.temperature).toBe(0);
  });

  it('accepts prose with a [RESULT] score and streams it as written', async () => {
    const { result, deltas } = await run('ok-prose');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(scoreOf(result.judgment)).toBe(PROSE_SCORE);
    expect(result.judgment.critique).toBe(PROSE_FEEDBACK);
    expect(deltas.join('')).toBe(result.judgment.text);
    expect(result.judgment.text).toContain(`[RESULT] ${PROSE_SCORE}`);
  });

  it('hides a judge that names itself', async () => {
    const { result, deltas } = await run('names-itself');
    if (!result.ok) throw new Error(result.failure.detail);
    expect(NAMES_ITSELF_FEEDBACK).toContain('GPT-4o');
    for (const text of [deltas.join(''), result.judgment.critique]) {
      expect(text).not.toMatch(/GPT|OpenAI/);
      expect(text).toContain(REDACTED);
    }
  });

  it('retries a 500 once, then fails with a typed error', async () => {
    const { result, calls, providerModel } = await run('http500');
    const failure = failureOf(result);
    expect(calls).toBe(2);
    expect(retryWaits).toEqual([500]);
    expect(failure).toMatchObject({ kind: 'http', status: 500, beforeFirstToken: true });
    expect(failure.detail).toContain('500');
    expectAnonymous(failure, providerModel);
  });

  it('recovers when the retry after a 500 succeeds', async () => {
    const { result, calls, deltas } = await run('500-then-ok');
    expect(result.ok).toBe(true);
    expect(calls).toBe(2);
    expect(deltas.join('')).toBe(OK_FEEDBACK);
  });

  it('honours Retry-After on 429 before the single retry', async () => {
    const { result, calls, providerModel } = await run('http429');
    const failure = failureOf(result);
    expect(calls).toBe(2);
    expect(retryWaits).toEqual([1000]); // the stub sends Retry-After: 1
    expect(failure).toMatchObject({ kind: 'rate_limited', status: 429, beforeFirstToken: true });
    expectAnonymous(failure, providerModel);

    const recovered = await run('429-then-ok');
    expect(recovered.result.ok).toBe(true);
    expect(recovered.calls).toBe(2);
    expect(retryWaits).toEqual([1000, 1000]);
  });

  it('fails fast when Retry-After is longer than the cap', async () => {
    const { result, calls } = await run('http429-long');
    const failure = failureOf(result);
    expect(calls).toBe(1);
    expect(retryWaits).toEqual([]);
    expect(120_000).toBeGreaterThan(RETRY_AFTER_CAP_MS);
    expect(failure.kind).toBe('rate_limited');
    expect(failure.detail).toMatch(/Retry-After 120 s exceeds/);
  });

  it('does not retry a 400', async () => {
    const { result, calls, providerModel } = await run('http400');
    const failure = failureOf(result);
    expect(calls).toBe(1);
    expect(failure).toMatchObject({ kind: 'http', status: 400, beforeFirstToken: true });
    expectAnonymous(failure, providerModel);
  });

  it('times out when the first token is too slow, without retrying', async () => {
    const { result, calls, deltas, providerModel } = await run('slow-first-token', { env: { JUDGE_FIRST_TOKEN_TIMEOUT_MS: '300' } });
    const failure = failureOf(result);
    expect(failure).toMatchObject({ kind: 'timeout', beforeFirstToken: true });
    expect(failure.detail).toMatch(/no content within 300 ms \(first-token timeout\)/);
    expect(calls).toBe(1);
    expect(retryWaits).toEqual([]);
    expect(deltas).toEqual([]);
    expectAnonymous(failure, providerModel);
  });

  it('times out a stream that stalls mid-way, after text was shown', async () => {
    // The stub sends a prefix, then hangs for 30 s: only the stall limit (the first-token limit) ends the call.
    const { result, deltas } = await run('stall-mid-stream', { env: { JUDGE_FIRST_TOKEN_TIMEOUT_MS: '400' } });
    const failure = failureOf(result);
    expect(failure).toMatchObject({ kind: 'timeout', beforeFirstToken: false });
    expect(failure.detail).toMatch(/stream stalled: no data for 400 ms/);
    expect(deltas.join('').length).toBeGreaterThan(0);
    expect(STALL_FEEDBACK_PREFIX.startsWith(deltas.join(''))).toBe(true);
  });

  it('enforces the total time limit', async () => {
    // The first-token limit is capped at the total, so the detail may name either; both are the 400 ms total.
    const { result, deltas } = await run('slow-first-token', { env: { JUDGE_FIRST_TOKEN_TIMEOUT_MS: '5000', JUDGE_TIMEOUT_MS: '400' } });
    const failure = failureOf(result);
    expect(failure.kind).toBe('timeout');
    expect(failure.detail).toMatch(/(no content within|total time limit of) 400 ms/);
    expect(deltas).toEqual([]);
  });

  it('reports output with no score, or a score out of range, as unparseable', async () => {
    for (const behaviour of ['malformed', 'out-of-range']) {
      const { result, calls, providerModel } = await run(behaviour);
      const failure = failureOf(result);
      expect(failure.kind, behaviour).toBe('unparseable');
      expect(calls).toBe(1);
      expectAnonymous(failure, providerModel);
    }
  });

  it('reports an empty answer as an error', async () => {
    const { result, calls, providerModel } = await run('empty');
    const failure = failureOf(result);
    expect(failure).toMatchObject({ kind: 'empty', beforeFirstToken: true });
    expect(calls).toBe(1);
    expectAnonymous(failure, providerModel);
  });

  it('reports a malformed event stream as a provider error, not as judge text', async () => {
    const { result, deltas } = await run('bad-sse');
    const failure = failureOf(result);
    expect(failure.kind).toBe('http');
    expect(deltas).toEqual([]);
  });

  it('reports an unreachable provider as a network error', async () => {
    const { result, providerModel } = await run('ok', { env: { LOCAL_LLM_BASE_URL: 'http://127.0.0.1:9/v1' } });
    const failure = failureOf(result);
    expect(failure).toMatchObject({ kind: 'network', beforeFirstToken: true });
    expectAnonymous(failure, providerModel);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const { result, deltas } = await run('slow-first-token', { signal: controller.signal });
    expect(failureOf(result)).toMatchObject({ kind: 'cancelled', beforeFirstToken: true });
    expect(deltas).toEqual([]);
  });

  it('returns not_configured for a judge whose provider has no key', async () => {
    const env = stubEnv([]);
    const model = findJudgeModel(env, 'gpt-4o');
    if (!model) throw new Error('gpt-4o missing');
    // Settings are typed as strings (wrangler types) but any may be unset: drop the key, as an unset secret is.
    const { OPENAI_API_KEY: _unset, ...withoutKey } = env;
    const result = await createJudge(model, withoutKey as Env).evaluate(FRANCE_TASK, () => {});
    expect(failureOf(result)).toMatchObject({ kind: 'not_configured', beforeFirstToken: true });
    expect(failureOf(result).message).not.toMatch(/gpt|openai/i);
  });
});
