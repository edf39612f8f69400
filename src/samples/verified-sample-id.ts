// A battle's sample id is the client's claim that its text is one of the arena's own samples (the bank's or the
// generator's), which decides whether the public export releases that text (src/export/vote-export-line.ts).
// The claim is kept only when the text is the sample's; otherwise the battle is a visitor's own sample. A mismatch
// is not an error: a visitor may edit a sample they were shown, and then it is theirs. A sample of another format
// than the battle's is an error (the site never sends one): say so rather than store a battle on the wrong task.
import type { Database } from '../db/client';
import { ApiError } from '../errors';
import type { PublicSample } from '../shared/api-types';
import type { JudgeFormat } from '../shared/request-schemas';
import { loadSampleBank } from './bank-asset';
import { findPooledSample, POOLED_SAMPLE_ID_PREFIX } from './sample-pool';

/** What a battle request claims about its sample: its id, format and texts (pairwise: [first, second]). */
export type ClaimedSample = { sampleId?: string; input: string; reference?: string } & (
  | { format?: 'likert' | 'binary'; response: string }
  | { format: 'pairwise'; responses: readonly [string, string] }
);

/**
 * The sample the claim's id names, if it is one of the arena's (bank or pool) and of the claim's format.
 * Throws a 400 naming `sampleId` when it is a sample of another format.
 */
export async function namedSample(env: Pick<Env, 'ASSETS'>, db: Database, claim: ClaimedSample): Promise<PublicSample | undefined> {
  const { sampleId } = claim;
  if (!sampleId) return undefined;
  const sample = sampleId.startsWith(POOLED_SAMPLE_ID_PREFIX) ? await findPooledSample(db, sampleId) : await findBankSample(env, sampleId);
  const format = claim.format ?? 'likert';
  if (sample && sample.format !== format) throw wrongFormat(sampleId, sample.format, format);
  return sample;
}

function wrongFormat(sampleId: string, sampleFormat: JudgeFormat, battleFormat: JudgeFormat): ApiError {
  return new ApiError(
    400,
    'invalid_body',
    `sampleId: "${sampleId}" is a ${sampleFormat} sample, but this battle's format is ${battleFormat}. Send format "${sampleFormat}", or leave sampleId out.`,
  );
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
export function sameText(sample: PublicSample, claim: ClaimedSample): boolean {
  if (sample.input.trim() !== claim.input) return false;
  const sameResponses =
    sample.format === 'pairwise'
      ? claim.format === 'pairwise' && sample.responses.every((r, i) => r.trim() === claim.responses[i])
      : claim.format !== 'pairwise' && sample.response.trim() === claim.response;
  if (!sameResponses) return false;
  return claim.reference === undefined || claim.reference === sample.reference?.trim();
}
