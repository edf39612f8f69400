import { describe, expect, it } from 'vitest';
import { errorFromResponse, parseRetryAfter } from '../../web/src/api/request-error';

describe('readable request errors', () => {
  it("uses the API's own message and code", () => {
    const error = errorFromResponse(409, { error: { code: 'already_voted', message: 'You already voted.' } }, null);
    expect(error.message).toBe('You already voted.');
    expect(error.code).toBe('already_voted');
    expect(error.status).toBe(409);
  });

  it('explains a 429 and says when to come back if the server did not', () => {
    const error = errorFromResponse(429, null, '90');
    expect(error.retryAfterSeconds).toBe(90);
    expect(error.message).toMatch(/try again in 2 minutes/);
    expect(errorFromResponse(429, { error: { code: 'rate_limited', message: 'Slow down: 30 seconds.' } }, '30').message).toBe(
      'Slow down: 30 seconds.',
    );
  });

  it('falls back to a generic message for bodies that are not the API shape', () => {
    expect(errorFromResponse(502, '<html>', null).message).toMatch(/HTTP 502/);
    expect(errorFromResponse(400, { error: 'x' }, null).code).toBe('http_400');
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
