// The full sample bank: every hand-written sample, in stable order, one file per category.
import { ADVICE_SAMPLES } from './bank/advice';
import { CODING_SAMPLES } from './bank/coding';
import { FACTUAL_SAMPLES } from './bank/factual';
import { REASONING_SAMPLES } from './bank/reasoning';
import { SAFETY_SAMPLES } from './bank/safety';
import { WRITING_SAMPLES } from './bank/writing';
import type { Sample } from './types';

export type { PublicSample, Sample, SampleCategory, SampleQuality } from './types';
export { SAMPLE_CATEGORIES } from './types';

export const SAMPLE_BANK: readonly Sample[] = [
  ...REASONING_SAMPLES,
  ...CODING_SAMPLES,
  ...FACTUAL_SAMPLES,
  ...WRITING_SAMPLES,
  ...ADVICE_SAMPLES,
  ...SAFETY_SAMPLES,
];

const SAMPLES_BY_ID = new Map(SAMPLE_BANK.map((sample) => [sample.id, sample]));

/** The sample with this id, or undefined (e.g. a battle started from a custom input has no sample id). */
export function findSample(id: string): Sample | undefined {
  return SAMPLES_BY_ID.get(id);
}
