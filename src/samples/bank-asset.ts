// The sample bank as the worker reads it: a static asset (data/sample-bank.json, written by web/vite.config.ts
// from src/samples/bank/ when the site is built) fetched through the ASSETS binding, once per isolate. Keeping the
// bank out of the worker's code keeps ~42 KB gzip of sample text (every format's, as the asset measures today) out
// of its 150 KB budget. The asset is public (anyone can fetch /data/sample-bank.json): it holds only what
// GET /api/samples/random shows anyway.
import * as z from '../shared/zod';
import { ApiError } from '../errors';
import { publicSampleSchema } from '../shared/response-schemas';
import type { PublicSample } from '../shared/api-types';

/** Where the site build puts the bank, relative to the assets directory (web/dist). */
export const SAMPLE_BANK_ASSET = 'data/sample-bank.json';

/** The host is never used by the ASSETS binding; only the path picks the file. */
const ASSET_URL = `https://assets.local/${SAMPLE_BANK_ASSET}`;

const bankSchema = z.array(publicSampleSchema).check(z.minLength(1));

let loaded: readonly PublicSample[] | undefined;

/** The bank's samples (public fields only). Throws a 503 ApiError when the asset is missing or not a bank. */
export async function loadSampleBank(env: Pick<Env, 'ASSETS'>): Promise<readonly PublicSample[]> {
  if (loaded) return loaded;
  const bank = await fetchBank(env);
  if (!bank) {
    throw new ApiError(
      503,
      'sample_bank_unavailable',
      'The sample bank is not available on this server (the site was not built). Write your own sample, or try again later.',
      { 'Retry-After': '60' },
    );
  }
  // Only a good bank is kept: a deployment that fixes its assets is picked up by the next request.
  loaded = bank;
  return bank;
}

async function fetchBank(env: Pick<Env, 'ASSETS'>): Promise<PublicSample[] | undefined> {
  if (!env.ASSETS) return undefined;
  try {
    const res = await env.ASSETS.fetch(ASSET_URL);
    // A missing file is answered with index.html (single-page-application fallback): not JSON, so not a bank.
    const text = await res.text();
    if (!res.ok) return undefined;
    const parsed = bankSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
