// The sample bank as a static asset (web/dist/data/sample-bank.json, written by the site build): the worker serves
// random samples from it through ASSETS, answers a clear 503 while it is missing, and keeps it once loaded.
// Needs `npm run build:web` first (npm test does it). Its own file: the bank is cached per isolate.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { SAMPLE_BANK_ASSET } from '../../src/samples/bank-asset';
import { publicSample } from '../../src/samples/sampling';
import { fetchWith } from '../support/app-with-env';

const baseEnv = env as unknown as Env;

/** What the assets binding answers for a file the site build did not write: index.html (SPA fallback). */
const withoutBank = {
  ...baseEnv,
  ASSETS: { fetch: async () => new Response('<!doctype html><title>Judge Arena</title>', { headers: { 'content-type': 'text/html' } }) },
} as unknown as Env;

describe('the sample bank asset', () => {
  it('is a 503 saying what is missing, not a 500, while the site is not built', async () => {
    const res = await fetchWith(withoutBank, '/api/samples/random');
    expect(res.status).toBe(503);
    expect(res.json().error).toMatchObject({ code: 'sample_bank_unavailable', message: expect.stringMatching(/sample bank/) });
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('is what the site build wrote from src/samples/bank, public fields only', async () => {
    const res = await baseEnv.ASSETS.fetch(`https://assets.local/${SAMPLE_BANK_ASSET}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text), 'web/dist is stale: run npm run build:web').toEqual(SAMPLE_BANK.map((s) => publicSample(s)));
    expect(text).not.toContain('quality');
  });

  it('serves bank samples, with a reference when asked, and keeps the bank once loaded', async () => {
    const byId = new Map(SAMPLE_BANK.map((s) => [s.id, s]));
    for (let i = 0; i < 10; i++) {
      const withReference = i % 2 === 0;
      const res = await fetchWith(baseEnv, `/api/samples/random?reference=${withReference}`);
      expect(res.status).toBe(200);
      const { sample } = res.json();
      const source = byId.get(sample.id)!;
      expect(source, `served ${sample.id}`).toBeDefined();
      expect(sample).toEqual(publicSample(source, { includeReference: withReference }));
      if (withReference) expect(sample.reference).toEqual(expect.any(String));
    }
    // Loaded once per isolate: a later failure of the binding does not matter.
    expect((await fetchWith(withoutBank, '/api/samples/random')).status).toBe(200);
  });
});
