// A battle's sample id is the client's claim that its text is one of the arena's own samples (the bank's or the
// generator's), which decides whether the public export releases that text (src/export/vote-export-line.ts).
// The claim is kept only when the text is the sample's; otherwise the battle is a visitor's own sample. A mismatch
// is not an error: a visitor may edit a sample they were shown, and then it is theirs.
import type { Database } from '../db/client';
import type { PublicSample } from '../shared/api-types';
import { loadSampleBank } from './bank-asset';
import { findPooledSample, POOLED_SAMPLE_ID_PREFIX } from './sample-pool';

export interface ClaimedSample {
  sampleId?: string;
  input: string;
  response: string;
  reference?: string;
}

/** The request's sample id if it names a sample whose text the request carries unchanged, else undefined. */
export async function verifiedSampleId(env: Pick<Env, 'ASSETS'>, db: Database, claim: ClaimedSample): Promise<string | undefined> {
  const { sampleId } = claim;
  if (!sampleId) return undefined;
  const sample = sampleId.startsWith(POOLED_SAMPLE_ID_PREFIX) ? await findPooledSample(db, sampleId) : await findBankSample(env, sampleId);
  return sample && sameText(sample, claim) ? sampleId : undefined;
}

async function findBankSample(env: Pick<Env, 'ASSETS'>, id: string): Promise<PublicSample | undefined> {
  // Without the bank asset no bank id can be checked, so none is trusted (the battle itself goes ahead).
  const bank = await loadSampleBank(env).catch(() => undefined);
  return bank?.find((sample) => sample.id === id);
}

/**
 * The request's text is the sample's (the API trims what it receives, so the sample's is trimmed too). A reference
 * may be left out, but one that is sent must be the sample's own: a reference on a sample without one is the visitor's.
 */
function sameText(sample: PublicSample, claim: ClaimedSample): boolean {
  if (sample.input.trim() !== claim.input || sample.response.trim() !== claim.response) return false;
  return claim.reference === undefined || claim.reference === sample.reference?.trim();
}
