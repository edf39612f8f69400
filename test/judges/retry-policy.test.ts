import { describe, expect, it } from 'vitest';
import { decideRetry, parseRetryAfter, RETRY_AFTER_CAP_MS } from '../../src/judges/retry-policy';
import { callTimeouts, MAX_STALL_MS } from '../../src/judges/timeouts';

const NOW = Date.parse('2025-01-01T00:00:00Z');
const base = { attempts: 1, streamed: false, msLeft: 60_000 };

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0.5 ', NOW)).toBe(500);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', NOW)).toBe(7000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', NOW)).toBe(0);
  });
  it('ignores missing or unreadable values', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('decideRetry', () => {
  it('retries 429 and 5xx once, honouring Retry-After', () => {
    expect(decideRetry({ ...base, status: 429, retryAfterMs: 2000 })).toEqual({ retry: true, delayMs: 2000 });
    expect(decideRetry({ ...base, status: 503 })).toMatchObject({ retry: true });
    expect(decideRetry({ ...base, status: 500, attempts: 2 })).toEqual({ retry: false, reason: 'already_retried' });
  });
  it('never retries other 4xx', () => {
    for (const status of [400, 401, 403, 404, 422]) expect(decideRetry({ ...base, status })).toEqual({ retry: false, reason: 'not_retryable' });
  });
  it('fails fast when Retry-After is beyond the cap', () => {
    expect(decideRetry({ ...base, status: 429, retryAfterMs: RETRY_AFTER_CAP_MS })).toMatchObject({ retry: true });
    expect(decideRetry({ ...base, status: 429, retryAfterMs: RETRY_AFTER_CAP_MS + 1 })).toEqual({ retry: false, reason: 'retry_after_too_long' });
  });
  it('does not retry once something was streamed, or when time would run out', () => {
    expect(decideRetry({ ...base, status: 500, streamed: true })).toEqual({ retry: false, reason: 'streamed' });
    expect(decideRetry({ ...base, status: 429, retryAfterMs: 5000, msLeft: 5500 })).toEqual({ retry: false, reason: 'no_time_left' });
  });
});

describe('callTimeouts', () => {
  it('reads the env with defaults, and derives the stall limit', () => {
    expect(callTimeouts({})).toEqual({ firstTokenMs: 20_000, totalMs: 60_000, stallMs: MAX_STALL_MS });
    expect(callTimeouts({ JUDGE_FIRST_TOKEN_TIMEOUT_MS: '300', JUDGE_TIMEOUT_MS: '2000' })).toEqual({ firstTokenMs: 300, totalMs: 2000, stallMs: 300 });
    expect(callTimeouts({ JUDGE_FIRST_TOKEN_TIMEOUT_MS: 'abc', JUDGE_TIMEOUT_MS: '-5' })).toEqual({ firstTokenMs: 20_000, totalMs: 60_000, stallMs: MAX_STALL_MS });
    expect(callTimeouts({ JUDGE_FIRST_TOKEN_TIMEOUT_MS: '90000', JUDGE_TIMEOUT_MS: '30000' }).firstTokenMs).toBe(30_000);
  });
});
