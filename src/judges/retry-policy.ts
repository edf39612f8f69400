// When to try a provider call a second time. Pure, so the policy is tested without a network.
// One retry at most, only for 429 and 5xx, only when nothing has been streamed yet, and never a long wait:
// a Retry-After beyond the cap fails fast instead of holding the visitor.

export const RETRY_AFTER_CAP_MS = 10_000;
/** Backoff when the provider gives no Retry-After. */
export const DEFAULT_BACKOFF_MS = { rateLimited: 1_000, serverError: 500 } as const;

/** Retry-After in ms: delta-seconds ("3") or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not_retryable' | 'already_retried' | 'streamed' | 'retry_after_too_long' | 'no_time_left' };

export function decideRetry(input: {
  status: number;
  /** Parsed Retry-After, if the provider sent one. */
  retryAfterMs?: number;
  /** Attempts made so far (1 after the first call). */
  attempts: number;
  /** Whether any content had been received before the failure. */
  streamed: boolean;
  /** Time left before the overall deadline. */
  msLeft: number;
}): RetryDecision {
  if (!isRetryableStatus(input.status)) return { retry: false, reason: 'not_retryable' };
  if (input.streamed) return { retry: false, reason: 'streamed' };
  if (input.attempts >= 2) return { retry: false, reason: 'already_retried' };
  if (input.retryAfterMs !== undefined && input.retryAfterMs > RETRY_AFTER_CAP_MS) return { retry: false, reason: 'retry_after_too_long' };
  const delayMs =
    input.retryAfterMs ?? (input.status === 429 ? DEFAULT_BACKOFF_MS.rateLimited : DEFAULT_BACKOFF_MS.serverError);
  // Waiting only to run out of time would waste the visitor's wait; leave room for the call itself.
  if (delayMs >= input.msLeft - 1_000) return { retry: false, reason: 'no_time_left' };
  return { retry: true, delayMs };
}
