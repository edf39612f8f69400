// Bootstrap of the Bradley–Terry ratings: resample all votes with replacement (one multinomial
// draw over the outcome cells), refit warm-started from the full-data fit, record the ratings.
import type { BradleyTerryFitter } from './bradley-terry';
import { MultinomialResampler } from './multinomial';
import { createRandom } from './prng';
import { quantileSorted } from './quantile';
import { ratingsFromStrengths } from './rating-scale';

/**
 * Accuracy of the refits, in nats of strength: 1e-5 nats is 0.0017 rating points, far below the
 * Monte-Carlo noise of a 2.5% quantile over 1000 rounds (a test checks the refits reach it).
 */
export const BOOTSTRAP_TOLERANCE = 1e-5;

export interface BootstrapInput {
  fitter: BradleyTerryFitter;
  cells: Float64Array;
  /** The full-data fit, the warm start of every round. */
  thetaHat: Float64Array;
  componentOf: Int32Array;
  componentCount: number;
  anchor: { index: number; rating: number } | null;
  rounds: number;
  seed: number;
}

/** Ratings of every round, judge-major: out[judge * rounds + round]. */
function bootstrapRatings(input: BootstrapInput): { ratings: Float64Array; fitIterations: number } {
  const { fitter, cells, thetaHat, componentOf, componentCount, anchor, rounds } = input;
  const n = thetaHat.length;
  const random = createRandom(input.seed);
  const resampler = new MultinomialResampler(cells);
  const sample = new Float64Array(cells.length);
  const theta = new Float64Array(n);
  const roundRatings = new Float64Array(n);
  const ratings = new Float64Array(n * rounds);
  let fitIterations = 0;
  for (let r = 0; r < rounds; r++) {
    resampler.draw(sample, random);
    theta.set(thetaHat);
    fitIterations += fitter.refit(sample, theta, BOOTSTRAP_TOLERANCE).iterations;
    ratingsFromStrengths(theta, componentOf, componentCount, anchor, roundRatings);
    for (let i = 0; i < n; i++) ratings[i * rounds + r] = roundRatings[i];
  }
  return { ratings, fitIterations };
}

/** 95% percentile intervals from the rounds: the 2.5% and 97.5% quantiles; NaN for judges in no group. */
export function bootstrapIntervals(input: BootstrapInput): { lo: Float64Array; hi: Float64Array } {
  const { componentOf, rounds } = input;
  const n = componentOf.length;
  const lo = new Float64Array(n).fill(NaN);
  const hi = new Float64Array(n).fill(NaN);
  if (rounds === 0 || input.componentCount === 0) return { lo, hi };
  const { ratings } = bootstrapRatings(input);
  for (let i = 0; i < n; i++) {
    if (componentOf[i] < 0) continue;
    const sorted = ratings.subarray(i * rounds, (i + 1) * rounds).sort();
    lo[i] = quantileSorted(sorted, 0.025);
    hi[i] = quantileSorted(sorted, 0.975);
  }
  return { lo, hi };
}
