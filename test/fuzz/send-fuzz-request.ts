// Turns a generated FuzzRequest into a real Request (filling in real battle and judge ids), sends it, reads the
// whole answer (streams included, with a deadline) and describes both for a failure report.
import type { FuzzBody } from './fuzz-bodies';
import { bodyByteLength } from './fuzz-bodies';
import type { FuzzRequest, IdForm } from './fuzz-requests';

export const BASE_URL = 'http://arena.test';
/** Streams of real battles finish in well under a second with offline judges; this only guards against a hang. */
const STREAM_DEADLINE_MS = 20_000;

export interface KnownIds {
  /** Ids of real battles (grows as the fuzz creates battles). */
  battles: string[];
  judges: string[];
}

export interface Exchange {
  request: FuzzRequest;
  /** The path actually sent, ids filled in. */
  path: string;
  status: number;
  contentType: string | null;
  body: string;
  /** Set when the answer could not be read (e.g. the stream deadline passed). */
  readError?: string;
  /** False when the client hung up before the end of the answer (`hangUpEarly`). */
  complete: boolean;
}

export type Fetcher = (request: Request) => Promise<Response>;

export function resolvePath(req: FuzzRequest, ids: KnownIds): string {
  let path = req.path;
  if (req.battle) {
    const real = ids.battles[req.battle.index % ids.battles.length];
    path = path.replace('{battle}', bendId(real, req.battle.form));
  }
  if (req.judge !== undefined) path = path.replace('{judge}', ids.judges[req.judge % ids.judges.length]);
  return path;
}

function bendId(id: string, form: IdForm): string {
  switch (form) {
    case 'exact':
      return id;
    case 'uppercase':
      return id.toUpperCase();
    case 'suffixed':
      return `${id}0`;
    case 'truncated':
      return id.slice(0, -1);
    case 'percent-encoded':
      return [...id].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    case 'nul-suffixed':
      return `${id}%00`;
  }
}

export function toRequest(req: FuzzRequest, path: string): Request {
  const init: RequestInit = { method: req.method, headers: req.headers };
  if (req.body) init.body = bodyInit(req.body);
  return new Request(BASE_URL + path, init);
}

function bodyInit(body: FuzzBody): BodyInit {
  if (body.kind === 'text') return body.text;
  if (body.kind === 'bytes') return body.bytes;
  const chunks = [...body.chunks];
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

export async function sendFuzzRequest(req: FuzzRequest, ids: KnownIds, fetcher: Fetcher): Promise<Exchange> {
  const path = resolvePath(req, ids);
  const res = await fetcher(toRequest(req, path));
  const exchange: Exchange = { request: req, path, status: res.status, contentType: res.headers.get('content-type'), body: '', complete: true };
  try {
    if (req.hangUpEarly && res.body) {
      const reader = res.body.getReader();
      const first = await reader.read();
      exchange.body = first.value ? new TextDecoder().decode(first.value) : '';
      exchange.complete = first.done;
      await reader.cancel();
    } else {
      exchange.body = await readWithDeadline(res, STREAM_DEADLINE_MS);
    }
  } catch (err) {
    exchange.readError = String(err);
  }
  return exchange;
}

async function readWithDeadline(res: Response, ms: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`answer not finished after ${ms} ms`)), ms);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (err) {
    await reader.cancel().catch(() => {});
    throw err;
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}

/** Everything the client sent, as text: path (raw and decoded), headers and body. */
export function requestText(req: FuzzRequest, path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed percent-encoding is part of the fuzz; the raw path is enough then.
  }
  const body = !req.body ? '' : req.body.kind === 'text' ? req.body.text : '';
  return [req.method, path, decoded, ...req.headers.flat(), body].join('\n');
}

/** A reproducible description of the request and what came back. */
export function describeExchange(ex: Exchange, seed: number): string {
  const { request: req } = ex;
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
  const lines = [
    `seed ${seed}, request #${req.seq} [${req.endpoint}]${req.adminConfigured ? ' (admin token configured)' : ''}: ${req.notes.join('; ')}`,
    `  ${req.method} ${clip(ex.path, 300)}`,
    ...req.headers.map(([k, v]) => `  ${k}: ${clip(JSON.stringify(v), 200)}`),
  ];
  if (req.body) {
    const preview =
      req.body.kind === 'text'
        ? JSON.stringify(req.body.text.slice(0, 300))
        : `bytes ${[...(req.body.kind === 'bytes' ? req.body.bytes : req.body.chunks[0] ?? new Uint8Array()).slice(0, 60)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
    lines.push(`  body (${req.body.kind}, ${bodyByteLength(req.body)} bytes): ${preview}`);
  }
  lines.push(`  → ${ex.status} ${ex.contentType ?? '(no content-type)'} ${clip(JSON.stringify(ex.body), 400)}${ex.readError ? ` [${ex.readError}]` : ''}`);
  return lines.join('\n');
}
