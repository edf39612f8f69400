// Stands in for `cloudflare:workers` in the Node test project (vitest.config.ts aliases it here): the worker's
// plain settings, as wrangler.toml's [vars] and the Workers project's test bindings give them. Bindings (D1, KV,
// Durable Objects, rate limiters, assets) do not exist here: touching one says where the test belongs.
import { inject } from 'vitest';

const bindings = new Set(inject('workerBindings'));
const settings: Record<string, string> = {
  ...inject('workerVars'),
  OFFLINE_JUDGE_CHUNK_DELAY_MS: '0',
  STUB_OPENAI_URL: inject('stubOpenAIUrl'),
};

export const env = new Proxy(settings, {
  get(target, key) {
    if (typeof key === 'string' && bindings.has(key)) {
      throw new Error(`env.${key} is a binding: this test needs the Workers runtime; move it out of the NODE_TESTS folders in vitest.config.ts`);
    }
    return Reflect.get(target, key);
  },
}) as unknown as Env;

export class DurableObject {
  constructor() {
    throw new Error('Durable Objects need the Workers runtime: move this test out of the NODE_TESTS folders in vitest.config.ts');
  }
}
