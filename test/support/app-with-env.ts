// Drives the app with a test-specific Env (e.g. judges on the stub provider), through the same handler as production.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../src/app';
import { insertBattle } from '../../src/battles/battle-store';
import { database } from '../../src/db/client';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';
import { BASE, fileIp, SAMPLE } from './api';
import { parseSse } from './sse';

const app = createApp();

export async function fetchWith(testEnv: Env, path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  // Another visitor than api()'s, as before; this file's own (see fileIp).
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', fileIp(20));
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(BASE + path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body }), testEnv, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

export async function streamWith(testEnv: Env, battleId: string) {
  const res = await fetchWith(testEnv, `/api/battles/${battleId}/stream`);
  return { raw: res.text, events: parseSse(res.text), headers: res.headers };
}

/** Stores a battle between the given judges directly, so a test controls exactly who sits in A and B. */
export async function battleBetween(models: [a: string, b: string], sample: { input: string; response: string } = SAMPLE) {
  const id = crypto.randomUUID();
  await insertBattle(database((env as unknown as Env).DB), { id, ...sample, rubric: DEFAULT_RUBRIC, models, now: Date.now() });
  return id;
}
