// How a counted vote lands in the running pair counts. The vote store (src/votes/vote-store.ts) uses
// orderPair and pairCountField; the tests and the benchmark use the in-memory book to turn simulated votes
// into the ranking's input.
import type { VoteChoice } from '../api-types';
import type { PairCount } from './types';

/** The stored orientation of a pair: lo < hi by JavaScript string order (UTF-16 code units; same as SQLite's BINARY order for ASCII ids). */
export function orderPair(modelA: string, modelB: string): { lo: string; hi: string; aIsLo: boolean } {
  if (modelA === modelB) throw new RangeError('a judge cannot be paired with itself');
  return modelA < modelB ? { lo: modelA, hi: modelB, aIsLo: true } : { lo: modelB, hi: modelA, aIsLo: false };
}

/** The pair_counts column a vote increments. */
export function pairCountField(modelA: string, modelB: string, outcome: VoteChoice): 'winsLo' | 'winsHi' | 'ties' | 'bothBad' {
  const { aIsLo } = orderPair(modelA, modelB);
  switch (outcome) {
    case 'A':
      return aIsLo ? 'winsLo' : 'winsHi';
    case 'B':
      return aIsLo ? 'winsHi' : 'winsLo';
    case 'tie':
      return 'ties';
    case 'both_bad':
      return 'bothBad';
  }
}

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
