// The pair counts of a leaderboard slice, from the ledger's per-(format, category) counts: a null side of the
// slice means "any", so the overall board is the sum over every slice. Pure.
import type { PairCount } from '../ranking/types';
import type { BattleSlice, LeaderboardSlice } from '../shared/leaderboard-slices';

export const OVERALL_SLICE: LeaderboardSlice = { format: null, category: null };

/** The KV key of a slice's document: the overall board's key as it always was, a suffix per slice side. */
export function sliceKey(baseKey: string, slice: LeaderboardSlice): string {
  return `${baseKey}${slice.format ? `:format=${slice.format}` : ''}${slice.category ? `:category=${slice.category}` : ''}`;
}

/** The slice's counts, summed per pair (in first-seen order). */
export function countsOfSlice(rows: readonly (PairCount & BattleSlice)[], slice: LeaderboardSlice): PairCount[] {
  const byPair = new Map<string, PairCount>();
  for (const row of rows) {
    if ((slice.format && row.format !== slice.format) || (slice.category && row.category !== slice.category)) continue;
    const key = JSON.stringify([row.lo, row.hi]);
    const sum = byPair.get(key) ?? { lo: row.lo, hi: row.hi, winsLo: 0, winsHi: 0, ties: 0, bothBad: 0 };
    sum.winsLo += row.winsLo;
    sum.winsHi += row.winsHi;
    sum.ties += row.ties;
    sum.bothBad += row.bothBad;
    byPair.set(key, sum);
  }
  return [...byPair.values()];
}

export function totalVotes(counts: readonly PairCount[]): number {
  return counts.reduce((n, p) => n + p.winsLo + p.winsHi + p.ties + p.bothBad, 0);
}
