// The vocabulary of the sample bank. No I/O here.
import type { PublicSample as ApiPublicSample } from '../shared/api-types';

// One definition, shared with the leaderboard's slices (the site imports it too).
import type { SampleCategory } from '../shared/leaderboard-slices';
export { SAMPLE_CATEGORIES, type SampleCategory } from '../shared/leaderboard-slices';

/**
 * How good the response is, as written by the author of the sample.
 * Internal: used to analyse how judges score known-good and known-bad responses; never sent to the browser.
 */
export type SampleQuality = 'good' | 'flawed' | 'subtly_wrong';

/** A user input and an AI response for judges to grade, optionally with a reference answer. */
export interface Sample {
  /** Stable id, e.g. 'coding-004'; never reused for different content. */
  id: string;
  category: SampleCategory;
  input: string;
  response: string;
  reference?: string;
  quality: SampleQuality;
}

/**
 * What the API returns for a sample: the shared API shape, with the bank's narrower category.
 * publicSample() builds it from a Sample, leaving out the internal quality label.
 */
export type PublicSample = ApiPublicSample & { category: SampleCategory };
