// Stands in for `cloudflare:workers` in the Node test project (vitest.config.ts aliases it here): the worker's
// plain settings, as wrangler.toml's [vars] and the Workers project's test bindings give them, and no bindings.
// A test that needs D1, KV, a Durable Object or the worker itself belongs in the Workers project instead.
import { inject } from 'vitest';

export const env = {
  ...inject('workerVars'),
  OFFLINE_JUDGE_CHUNK_DELAY_MS: '0',
  STUB_OPENAI_URL: inject('stubOpenAIUrl'),
} as unknown as Env;
