// A seeded arena simulator with known true ratings, for the tests and the benchmark.
// Not used by the worker.
//
// Outcomes keep the model's expected score exact: with p = P(A beats B) from the true ratings, a
// draw (tie or both-bad, half each) happens with probability tieRate·4p(1−p) and the rest splits
// so that P(A wins) + ½·P(draw) = p. So the ties-count-half Bradley–Terry fit is consistent for the
// true ratings, as the coverage test needs.
import type { VoteChoice } from '../../src/shared/api-types';
import { expectedScore } from '../../src/ranking/elo';
import { createRandom } from '../../src/ranking/prng';

export interface ArenaSpec {
  judges: number;
  votes: number;
  seed: number;
  /** Standard deviation of the true ratings around 1000; default 100. */
  ratingSpread?: number;
  /** Draw probability between evenly matched judges, at most 0.5; default 0.3. */
  tieRate?: number;
}

/** Votes as columns (2·10^6 vote objects would be wasteful): judge indices and outcome codes. */
export interface SimulatedArena {
  judgeIds: string[];
  /** True ratings, mean exactly 1000. */
  trueRatings: number[];
  modelA: Int32Array;
  modelB: Int32Array;
  /** Index into OUTCOMES. */
  outcome: Uint8Array;
}

export const OUTCOMES: readonly VoteChoice[] = ['A', 'B', 'tie', 'both_bad'];

export function simulateArena(spec: ArenaSpec): SimulatedArena {
  const { judges, votes, seed } = spec;
  const spread = spec.ratingSpread ?? 100;
  const tieRate = spec.tieRate ?? 0.3;
  if (!(tieRate >= 0 && tieRate <= 0.5)) throw new RangeError('tieRate must be within [0, 0.5]');
  if (judges < 2 && votes > 0) throw new RangeError('votes need at least two judges');
  const random = createRandom(seed);
  const judgeIds = Array.from({ length: judges }, (_, i) => `judge-${String(i).padStart(3, '0')}`);
  // Box–Muller normal ratings, then shifted to mean 1000 exactly.
  const raw = judgeIds.map(() => spread * Math.sqrt(-2 * Math.log(random.next())) * Math.cos(2 * Math.PI * random.next()));
  const mean = raw.reduce((s, x) => s + x, 0) / Math.max(judges, 1);
  const trueRatings = raw.map((x) => 1000 + x - mean);

  const modelA = new Int32Array(votes);
  const modelB = new Int32Array(votes);
  const outcome = new Uint8Array(votes);
  for (let v = 0; v < votes; v++) {
    const a = Math.floor(random.next() * judges);
    let b = Math.floor(random.next() * (judges - 1));
    if (b >= a) b++;
    const p = expectedScore(trueRatings[a], trueRatings[b]);
    const draw = tieRate * 4 * p * (1 - p);
    const u = random.next();
    modelA[v] = a;
    modelB[v] = b;
    if (u < p - draw / 2) outcome[v] = 0;
    else if (u < 1 - draw) outcome[v] = 1;
    else outcome[v] = random.next() < 0.5 ? 2 : 3;
  }
  return { judgeIds, trueRatings, modelA, modelB, outcome };
}
