// One streamed chat completion against an OpenAI-compatible endpoint, with this project's reliability policy:
// first-token, stall and total timeouts, and at most one retry (see retry-policy.ts). The SDK's own retries are
// off so the policy is ours. Failures come back as values; nothing here throws. Every attempt ends with its
// response body read to the end or cancelled, so no failed, stalled or retried call keeps a connection open.
// Reasoning models' thinking, when a provider sends it apart from the content (`delta.reasoning_content` from
// DeepSeek, Together, vLLM; `delta.reasoning` from OpenRouter), is streamed as part 'reasoning' and returned apart
// from the answer text. It is output like any other: it ends the wait for the first token (that timeout is for a
// provider that says nothing, and a reasoning model may think for longer than it before it answers; the total
// timeout still bounds the call) and keeps the stall timer alive. The provider's finish_reason is returned so the
// caller can tell an answer cut off by the token limit ("length") from a finished one.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { abortableSleep } from './abortable-sleep';
import { judgeFailure, shortReason } from './failures';
import type { ChatMessage } from './prompt';
import type { ProviderConfig } from './providers';
import { decideRetry, parseRetryAfter, RETRY_AFTER_CAP_MS } from './retry-policy';
import type { CallTimeouts } from './timeouts';
import type { JudgeErrorKind, JudgeFailure, OutputPart, TokenUsage } from './types';

export interface ChatStreamRequest {
  provider: ProviderConfig;
  /** The model name the provider expects. */
  model: string;
  messages: ChatMessage[];
  jsonMode: boolean;
  maxTokens: number;
  temperature: number;
  timeouts: CallTimeouts;
  /** Ask for stream_options: { include_usage: true } (the registry's supportsStreamUsage). */
  includeUsage?: boolean;
  signal?: AbortSignal;
  /** Each piece of output as it arrives: content as part 'answer', reasoning sent apart from it as part 'reasoning'. */
  onText?: (text: string, part: OutputPart) => void;
}

/** A finished stream's output: the answer (content) and any reasoning the provider sent apart from it. */
export interface ChatOutput {
  text: string;
  /** Reasoning sent in `reasoning_content` / `reasoning` deltas ('' when none; a `<think>` section in the content stays in `text`). */
  reasoning: string;
  /** The provider's finish_reason ("stop", "length", …), or null when it sent none. */
  finishReason: string | null;
}

/** `ttftMs`: from the call (first attempt) to the first output, reasoning or answer; `usage`: what the provider reported, if it did. */
export type ChatStreamResult =
  | ({ ok: true; attempts: number; ttftMs: number; usage: Omit<TokenUsage, 'estimated'> | null } & ChatOutput)
  | { ok: false; failure: JudgeFailure; attempts: number };

type AbortReason = 'first_token' | 'stall' | 'total' | 'caller';

type AttemptResult =
  | ({ ok: true; firstContentAt: number; usage: Omit<TokenUsage, 'estimated'> | null } & ChatOutput)
  | { ok: false; kind: JudgeErrorKind; detail: string; status?: number; retryAfter?: string | null; receivedText: boolean };

function createClient(provider: ProviderConfig, totalMs: number): OpenAI {
  return new OpenAI({
    apiKey: provider.apiKey,
    baseURL: provider.baseURL,
    maxRetries: 0,
    timeout: totalMs,
    // Bound explicitly: workerd's fetch must not be called with another `this`.
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)) as unknown as typeof fetch,
  });
}

async function attempt(client: OpenAI, req: ChatStreamRequest, deadline: number): Promise<AttemptResult> {
  const { firstTokenMs, stallMs, totalMs } = req.timeouts;
  const controller = new AbortController();
  let reason: AbortReason | undefined;
  const abort = (why: AbortReason) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onCallerAbort = () => abort('caller');
  req.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (req.signal?.aborted) abort('caller');

  const msLeft = Math.max(0, deadline - Date.now());
  const totalTimer = setTimeout(() => abort('total'), msLeft);
  const firstTokenTimer = setTimeout(() => abort('first_token'), Math.min(firstTokenMs, msLeft));
  let stallTimer: ReturnType<typeof setTimeout> | null = null;
  const restartStallTimer = () => {
    if (stallTimer !== null) clearTimeout(stallTimer);
    stallTimer = setTimeout(() => abort('stall'), stallMs);
  };

  let text = '';
  let reasoning = '';
  let finishReason: string | null = null;
  let firstContentAt = 0;
  const received = () => text !== '' || reasoning !== '';
  let usage: Omit<TokenUsage, 'estimated'> | null = null;
  try {
    // The SDK links `signal` to the stream's own controller: aborting it cancels the response body.
    const stream = await client.chat.completions.create(
      {
        model: req.model,
        messages: req.messages,
        temperature: req.temperature,
        max_tokens: req.maxTokens,
        stream: true,
        ...(req.includeUsage ? { stream_options: { include_usage: true } } : {}),
        ...(req.jsonMode ? { response_format: { type: 'json_object' as const } } : {}),
      },
      { signal: controller.signal },
    );
    for await (const chunk of stream) {
      // OpenAI sends usage in a last chunk with no choices; some providers put it on the last content chunk.
      const reported = chunk.usage;
      if (reported && Number.isInteger(reported.prompt_tokens) && Number.isInteger(reported.completion_tokens)) {
        usage = { inputTokens: reported.prompt_tokens, outputTokens: reported.completion_tokens };
      }
      const choice = chunk.choices?.[0];
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      const content = choice?.delta?.content ?? '';
      const thought = reasoningOf(choice?.delta);
      if (!content && !thought) {
        if (received()) restartStallTimer(); // any sign of life counts once output has started
        continue;
      }
      if (!received()) {
        clearTimeout(firstTokenTimer);
        firstContentAt = Date.now();
      }
      restartStallTimer();
      if (thought) {
        reasoning += thought;
        req.onText?.(thought, 'reasoning');
      }
      if (content) {
        text += content;
        req.onText?.(content, 'answer');
      }
    }
    if (reason) return abortFailure(reason, req, received());
    if (!text.trim()) {
      if (finishReason === 'length') {
        return { ok: false, kind: 'truncated', detail: `the token limit was reached before any answer${reasoning ? ` (after ${reasoning.length} chars of reasoning)` : ''}`, receivedText: received() };
      }
      return { ok: false, kind: 'empty', detail: `the stream ended without any content${reasoning ? ' (only reasoning)' : ''}`, receivedText: received() };
    }
    return { ok: true, text, reasoning, finishReason, firstContentAt, usage };
  } catch (err) {
    if (reason) return abortFailure(reason, req, received());
    return errorFailure(err, received());
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(firstTokenTimer);
    if (stallTimer !== null) clearTimeout(stallTimer);
    req.signal?.removeEventListener('abort', onCallerAbort);
    // Whatever ended the attempt (done, error, timeout, stall, caller), release the connection: a body read to
    // its end is unaffected, one still open is cancelled. An error status's body was read by the SDK already.
    controller.abort();
  }

  function abortFailure(why: AbortReason, r: ChatStreamRequest, receivedText: boolean): AttemptResult {
    switch (why) {
      case 'first_token':
        return { ok: false, kind: 'timeout', detail: `no content within ${firstTokenMs} ms (first-token timeout)`, receivedText };
      case 'stall':
        return { ok: false, kind: 'timeout', detail: `stream stalled: no data for ${stallMs} ms after ${text.length + reasoning.length} chars`, receivedText };
      case 'total':
        return { ok: false, kind: 'timeout', detail: `exceeded the total time limit of ${totalMs} ms`, receivedText };
      case 'caller':
        return { ok: false, kind: 'cancelled', detail: `aborted by the caller${r.signal?.reason ? `: ${String(r.signal.reason)}` : ''}`, receivedText };
    }
  }
}

/** Reasoning sent apart from the content: `reasoning_content` (DeepSeek, Together, vLLM) or `reasoning` (OpenRouter). */
function reasoningOf(delta: unknown): string {
  if (!delta || typeof delta !== 'object') return '';
  const { reasoning_content: content, reasoning } = delta as { reasoning_content?: unknown; reasoning?: unknown };
  if (typeof content === 'string' && content) return content;
  return typeof reasoning === 'string' ? reasoning : '';
}

function errorFailure(err: unknown, receivedText: boolean): AttemptResult {
  if (err instanceof APIError && typeof err.status === 'number') {
    return {
      ok: false,
      kind: err.status === 429 ? 'rate_limited' : 'http',
      status: err.status,
      detail: `HTTP ${err.status}: ${shortReason(err.message)}`,
      retryAfter: err.headers?.get('retry-after'),
      receivedText,
    };
  }
  if (err instanceof APIConnectionTimeoutError) return { ok: false, kind: 'timeout', detail: 'connection timed out', receivedText };
  if (err instanceof APIConnectionError) {
    const cause = (err as { cause?: unknown }).cause;
    return { ok: false, kind: 'network', detail: `connection failed: ${shortReason(String(cause ?? err.message))}`, receivedText };
  }
  if (err instanceof SyntaxError) return { ok: false, kind: 'http', detail: `malformed stream from the provider: ${shortReason(err.message)}`, receivedText };
  return { ok: false, kind: 'network', detail: `unexpected error: ${shortReason(String(err))}`, receivedText };
}

export async function streamChat(req: ChatStreamRequest): Promise<ChatStreamResult> {
  const started = Date.now();
  const deadline = started + req.timeouts.totalMs;
  const client = createClient(req.provider, req.timeouts.totalMs);
  const notes: string[] = [];
  for (let attempts = 1; ; attempts++) {
    const result = await attempt(client, req, deadline);
    if (result.ok) {
      const { text, reasoning, finishReason, usage } = result;
      return { ok: true, text, reasoning, finishReason, attempts, ttftMs: result.firstContentAt - started, usage };
    }

    const fail = (extra = '') =>
      ({
        ok: false,
        attempts,
        failure: judgeFailure(result.kind, [...notes, result.detail + extra].join('; '), {
          beforeFirstToken: !result.receivedText,
          status: result.status,
        }),
      }) as const;
    if (result.status === undefined) return fail();

    const retryAfterMs = parseRetryAfter(result.retryAfter, Date.now());
    const decision = decideRetry({ status: result.status, retryAfterMs, attempts, streamed: result.receivedText, msLeft: deadline - Date.now() });
    if (!decision.retry) {
      if (decision.reason === 'retry_after_too_long') return fail(` (Retry-After ${Math.ceil(retryAfterMs! / 1000)} s exceeds the ${RETRY_AFTER_CAP_MS / 1000} s cap; not waiting)`);
      if (decision.reason === 'no_time_left') return fail(' (no time left to retry)');
      return fail(attempts > 1 ? ` (after ${attempts} attempts)` : '');
    }
    notes.push(`attempt ${attempts}: ${result.detail}; retrying in ${decision.delayMs} ms`);
    if (!(await abortableSleep(decision.delayMs, req.signal))) {
      return { ok: false, attempts, failure: judgeFailure('cancelled', [...notes, 'aborted by the caller while waiting to retry'].join('; '), { beforeFirstToken: true }) };
    }
  }
}
