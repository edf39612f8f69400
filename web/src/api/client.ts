// The site's only door to the worker: JSON requests with a timeout and readable errors.
import type {
  PublicBattle,
  BattleRequest,
  BattleDetails,
  JudgeFormat,
  Leaderboard,
  SiteConfig,
  PublicSample,
  VoteChoice,
  VoteAnswer,
} from './types';
import { errorFromResponse, NETWORK_ERROR_MESSAGE, RequestError, TIMEOUT_ERROR_MESSAGE } from './request-error';

const DEFAULT_TIMEOUT_MS = 20_000;

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // The caller's cancel also cancels the request (AbortSignal.any is too new to rely on).
  options.signal?.addEventListener('abort', () => timeout.abort(), { once: true });
  const signal = timeout.signal;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
    });
  } catch (error) {
    clearTimeout(timer);
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new RequestError(TIMEOUT_ERROR_MESSAGE, 0, 'timeout');
    throw new RequestError(NETWORK_ERROR_MESSAGE, 0, 'network');
  }
  try {
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw errorFromResponse(response.status, body, response.headers.get('retry-after'));
    if (body === null) throw new RequestError('The server sent an answer we could not read. Please try again.', response.status, 'bad_body');
    return body as T;
  } finally {
    clearTimeout(timer);
  }
}

export const api = {
  config: () => requestJson<SiteConfig>('/api/config'),
  randomSample: (format: JudgeFormat, withReference: boolean) =>
    requestJson<{ sample: PublicSample }>(`/api/samples/random?format=${format}&reference=${withReference}`).then((r) => r.sample),
  generateResponse: (input: string) =>
    requestJson<{ response: string }>('/api/responses', { method: 'POST', body: { input }, timeoutMs: 90_000 }).then(
      (r) => r.response,
    ),
  createBattle: (request: BattleRequest) =>
    requestJson<{ battle: PublicBattle }>('/api/battles', { method: 'POST', body: request }).then((r) => r.battle),
  battle: (id: string) =>
    requestJson<{ battle: BattleDetails }>(`/api/battles/${encodeURIComponent(id)}`).then((r) => r.battle),
  regenerate: (id: string) =>
    requestJson<{ battle: PublicBattle }>(`/api/battles/${encodeURIComponent(id)}/regenerate`, { method: 'POST' }).then(
      (r) => r.battle,
    ),
  /** The idempotency key is chosen once per vote attempt and reused on retry, so a retry never counts twice. */
  vote: (id: string, choice: VoteChoice, idempotencyKey: string) =>
    requestJson<VoteAnswer>(`/api/battles/${encodeURIComponent(id)}/vote`, {
      method: 'POST',
      body: { choice },
      headers: { 'idempotency-key': idempotencyKey },
    }),
  leaderboard: () => requestJson<Leaderboard>('/api/leaderboard'),
};

/** crypto.randomUUID only exists in secure contexts; a plain-http LAN address still needs a key. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
