// Picking a random sample for the arena. Pure: the random source is a parameter so tests can seed it.
import type { PublicSample as ApiPublicSample } from '../shared/api-types';
import type { BinaryRubric, PairwiseRubric, Rubric } from '../shared/request-schemas';

/** What picking needs of a sample: the bank's typed samples (tests) and the bank asset's public ones (worker) both fit. */
interface PickableSample {
  id: string;
  reference?: string;
}

export interface SampleRequest {
  /** Only samples that have a reference answer (the visitor wants to grade against a reference). */
  withReference: boolean;
  /** Ids shown recently; avoided when any other sample qualifies, so the same sample doesn't come up twice in a row. */
  recentIds?: readonly string[];
}

/**
 * A uniformly random sample among those matching the request.
 * Without `withReference`, every sample qualifies (a sample's reference is optional context, not a requirement).
 * Throws if the bank holds no sample with a reference when one is required.
 */
export function pickRandomSample<T extends PickableSample>(
  bank: readonly T[],
  request: SampleRequest,
  random: () => number = Math.random,
): T {
  const eligible = request.withReference ? bank.filter((sample) => sample.reference !== undefined) : [...bank];
  if (eligible.length === 0) {
    throw new Error(request.withReference ? 'No sample with a reference answer in the bank' : 'The sample bank is empty');
  }
  const recent = new Set(request.recentIds ?? []);
  const fresh = eligible.filter((sample) => !recent.has(sample.id));
  // If every eligible sample was shown recently, repeating one beats returning nothing.
  const pool = fresh.length > 0 ? fresh : eligible;
  return pool[randomIndex(pool.length, random)];
}

/** A sample of any format as the bank holds it (no format: likert), internal labels included. */
export type SampleOfAnyFormat = { id: string; category: string; input: string; reference?: string } & (
  | { format?: 'likert'; response: string; rubric?: Rubric }
  | { format: 'binary'; response: string; rubric: BinaryRubric }
  | { format: 'pairwise'; responses: readonly [string, string]; rubric?: PairwiseRubric }
);

/**
 * Exactly the API shape: internal labels (quality, expected verdicts) are dropped, and `reference` and `rubric`
 * only appear when there is one. Pass `includeReference: false` when the visitor asked for no reference
 * (reference=false), so none leaks into the battle.
 */
export function publicSample<T extends SampleOfAnyFormat>(
  sample: T,
  options: { includeReference?: boolean } = {},
): ApiPublicSample & { category: T['category'] } {
  const { id, input, reference, category } = sample;
  const keepReference = reference !== undefined && options.includeReference !== false;
  const shared = { id, input, ...(keepReference ? { reference } : {}), category };
  switch (sample.format) {
    case 'binary':
      return { ...shared, format: 'binary', response: sample.response, rubric: sample.rubric };
    case 'pairwise':
      return { ...shared, format: 'pairwise', responses: [sample.responses[0], sample.responses[1]], ...(sample.rubric ? { rubric: sample.rubric } : {}) };
    default:
      return { ...shared, format: 'likert', response: sample.response, ...(sample.rubric ? { rubric: sample.rubric } : {}) };
  }
}

/** Index in [0, length); clamped because a random source may (wrongly) return exactly 1. */
function randomIndex(length: number, random: () => number): number {
  return Math.min(length - 1, Math.max(0, Math.floor(random() * length)));
}
