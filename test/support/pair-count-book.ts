// Running pair counts in memory, the twin of the pair_counts table: the tests and the benchmark turn simulated
// votes into the ranking's input with it. Not used by the worker.
import type { VoteChoice } from '../../src/shared/api-types';
import { orderPair, pairCountField } from '../../src/ranking/pair-counts';
import type { PairCount } from '../../src/ranking/types';

/** Running pair counts in memory, keyed by the ordered pair (the in-memory twin of pair_counts). */
export class PairCountBook {
  private readonly byLo = new Map<string, Map<string, PairCount>>();

  /** Adds one counted vote. */
  add(modelA: string, modelB: string, outcome: VoteChoice): void {
    const { lo, hi } = orderPair(modelA, modelB);
    let row = this.byLo.get(lo);
    if (!row) this.byLo.set(lo, (row = new Map()));
    let count = row.get(hi);
    if (!count) row.set(hi, (count = { lo, hi, winsLo: 0, winsHi: 0, ties: 0, bothBad: 0 }));
    count[pairCountField(modelA, modelB, outcome)]++;
  }

  /** The rows (grouped by their lo judge). */
  rows(): PairCount[] {
    return [...this.byLo.values()].flatMap((row) => [...row.values()]);
  }
}

export interface CountedVote {
  modelA: string;
  modelB: string;
  outcome: VoteChoice;
}

/** Pair counts of a list of counted votes. */
export function pairCountsFromVotes(votes: Iterable<CountedVote>): PairCount[] {
  const book = new PairCountBook();
  for (const v of votes) book.add(v.modelA, v.modelB, v.outcome);
  return book.rows();
}
