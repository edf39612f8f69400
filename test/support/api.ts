// Small helpers to drive the worker's API from tests, through the real fetch handler.
import { exports } from 'cloudflare:workers';
import { vi } from 'vitest';
import { parseSse, type SseRecord } from './sse';

export const BASE = 'http://arena.test';

/** A random number per test file (each file gets fresh modules): its visitors' addresses start from it. */
const FILE_BASE = 1 + Math.floor(Math.random() * (2 ** 24 - 1_000));

/**
 * An address of this test file's own (in 10.0.0.0/8): files sharing a workerd must not share a visitor's rate
 * limits, which count per wall-clock minute in the runtime's rate limiters, which fresh-worker-state.ts cannot empty.
 */
export function fileIp(host: number): string {
  const n = FILE_BASE + host;
  return `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`;
}

/** The visitor of api() requests that name none. */
const DEFAULT_IP = fileIp(7);

export async function api(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', DEFAULT_IP);
  return exports.default.fetch(new Request(BASE + path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body }));
}

export async function apiJson<T = any>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; body: T; res: Response }> {
  const res = await api(path, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
}

export async function streamEvents(battleId: string): Promise<{ events: SseRecord[]; raw: string; res: Response }> {
  const res = await api(`/api/battles/${battleId}/stream`);
  const raw = await res.text();
  return { events: parseSse(raw), raw, res };
}

let clockOffsetMs = 0;
let clockShifted = false;

/**
 * Lets time pass for the worker and the vote ledger (they run in the test's isolate, so they see this Date.now):
 * a visitor who reads the critiques for a minute, or a battle that grows old. Monotonic within a test file.
 */
export function letTimePass(ms = 60_000): void {
  clockOffsetMs += ms;
  if (clockShifted) return;
  clockShifted = true;
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + clockOffsetMs);
}

export const SAMPLE = {
  input: 'What is the capital of Australia, and why was it chosen?',
  response:
    'The capital of Australia is Canberra. It was chosen in 1908 as a compromise between Sydney and Melbourne, the two largest cities, which both wanted to be the capital.',
};
