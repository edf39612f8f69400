// The sample bank as a static asset (web/dist/data/sample-bank.json, written by the site build): the worker serves
// random samples from it through ASSETS, answers a clear 503 while it is missing, and keeps it once loaded.
// Needs `npm run build:web` first (npm test does it). Its own file: the bank is cached per isolate.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { SAMPLE_BANK_ASSET } from '../../src/samples/bank-asset';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { publicBank } from '../../src/samples/public-bank';
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

  it('is what the site build wrote from src/samples/bank, every format, public fields only', async () => {
    const res = await baseEnv.ASSETS.fetch(`https://assets.local/${SAMPLE_BANK_ASSET}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const asset = JSON.parse(text);
    expect(asset, 'web/dist is stale: run npm run build:web').toEqual(publicBank());
    expect(asset).toHaveLength(SAMPLE_BANK.length + BINARY_SAMPLES.length + PAIRWISE_SAMPLES.length);
    expect(new Set(asset.map((s: { format: string }) => s.format))).toEqual(new Set(['likert', 'binary', 'pairwise']));
    // The internal labels are keys no public sample has (a rubric's text may say "quality").
    expect(text.includes('"quality":'), 'a quality label').toBe(false);
    expect(text.includes('"expected":'), 'an expected verdict').toBe(false);
  });

  it('serves a sample of the format asked for, with its category, and binary ones with their rubric', async () => {
    const bank = new Map(publicBank().map((s) => [s.id, s]));
    for (const format of ['binary', 'pairwise'] as const) {
      for (let i = 0; i < 6; i++) {
        const withReference = i % 2 === 0;
        const res = await fetchWith(baseEnv, `/api/samples/random?format=${format}&reference=${withReference}`);
        expect(res.status).toBe(200);
        const { sample } = res.json();
        expect(sample.format).toBe(format);
        expect(sample).toEqual(publicSample(bank.get(sample.id)!, { includeReference: withReference }));
        expect(sample.category).toEqual(expect.any(String));
        if (format === 'binary') expect(Object.keys(sample.rubric).sort()).toEqual(['criteria', 'fail', 'pass']);
        if (format === 'pairwise') expect(sample.responses).toHaveLength(2);
        if (withReference) expect(sample.reference).toEqual(expect.any(String));
      }
    }
  });

  it('refuses an unknown format with the valid ones listed', async () => {
    const res = await fetchWith(baseEnv, '/api/samples/random?format=ranking');
    expect(res.status).toBe(400);
    expect(res.json().error.message).toMatch(/format.*"likert", "binary", "pairwise"/);
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
      expect(sample.format).toBe('likert');
      if (withReference) expect(sample.reference).toEqual(expect.any(String));
    }
    // Loaded once per isolate: a later failure of the binding does not matter.
    expect((await fetchWith(withoutBank, '/api/samples/random')).status).toBe(200);
  });
});
