// The hourly job's per-slice boards: for every slice (format, category, or both) with counted votes, the same
// ranking as the overall board from that slice's pair counts, written to its own KV keys. Performance, history,
// style control and the online Elo stay on the overall board only (they are not kept per slice).
import type { JudgeModel } from '../judges/registry';
import { rankJudges } from '../ranking/leaderboard';
import type { RankingOptions, RankingResult } from '../ranking/types';
import { allSlices, type BattleSlice } from '../shared/leaderboard-slices';
import type { PairCount } from '../ranking/types';
import { buildLeaderboard, buildPairsDocument, LEADERBOARD_KEY, PAIRS_KEY } from './leaderboard-json';
import { countsOfSlice, sliceKey, totalVotes } from './slice-counts';

/** Ranks and writes every slice that has votes; returns how many were written. */
export async function writeSliceBoards(
  kv: KVNamespace,
  rows: readonly (PairCount & BattleSlice)[],
  ids: string[],
  models: readonly JudgeModel[],
  options: RankingOptions,
  now: Date,
): Promise<number> {
  // Slices with the same counts (e.g. "likert" and the overall board while every battle is likert) share one fit.
  const fits = new Map<string, RankingResult>();
  const writes: Promise<void>[] = [];
  for (const slice of allSlices()) {
    const counts = countsOfSlice(rows, slice);
    const votes = totalVotes(counts);
    if (votes === 0) continue;
    const started = performance.now();
    const memo = JSON.stringify(counts);
    const ranking = fits.get(memo) ?? rankJudges(ids, counts, options);
    fits.set(memo, ranking);
    const board = { ...buildLeaderboard(ranking, models, votes, now, performance.now() - started), slice };
    writes.push(
      kv.put(sliceKey(LEADERBOARD_KEY, slice), JSON.stringify(board)),
      kv.put(sliceKey(PAIRS_KEY, slice), JSON.stringify({ ...buildPairsDocument(ranking, models, now), slice })),
    );
  }
  await Promise.all(writes);
  return writes.length / 2;
}


