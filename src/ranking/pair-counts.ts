// How a counted vote lands in the running pair counts. The vote store (src/votes/vote-store.ts) uses
// orderPair and pairCountField; the in-memory twin for tests and the benchmark is test/support/pair-count-book.ts.
import type { VoteChoice } from '../shared/api-types';

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
