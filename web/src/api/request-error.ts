// Turns any failed request into one message a visitor can read. No I/O: the client feeds it what it saw.

export class RequestError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached or took too long. */
    readonly status: number,
    /** The API's error code (`rate_limited`, `not_configured`...), or a local one (`network`, `timeout`). */
    readonly code: string,
    /** Seconds from a Retry-After header, when the server sent one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Builds the error for an HTTP answer that was not 2xx, preferring the API's own friendly message. */
export function errorFromResponse(status: number, body: unknown, retryAfter: string | null): RequestError {
  const apiError = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof apiError?.code === 'string' ? apiError.code : `http_${status}`;
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  let message: string;
  if (typeof apiError?.message === 'string' && apiError.message.trim() !== '') {
    message = apiError.message;
  } else if (status === 429) {
    message = 'Too many requests right now. Please wait a moment and try again.';
  } else if (status >= 500) {
    message = `The server had a problem (HTTP ${status}). Please try again.`;
  } else {
    message = `The request was refused (HTTP ${status}).`;
  }
  if (status === 429 && retryAfterSeconds !== null && !/\d/.test(message)) {
    message += ` You can try again in ${formatWait(retryAfterSeconds)}.`;
  }
  return new RequestError(message, status, code, retryAfterSeconds);
}

export const NETWORK_ERROR_MESSAGE = 'Could not reach the server. Check your connection and try again.';
export const TIMEOUT_ERROR_MESSAGE = 'The server took too long to answer. Please try again.';

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
