// The hourly job's per-slice boards: for every slice (format, category, or both) with counted votes, the same
// ranking as the overall board from that slice's pair counts, written to its own KV keys. Each judge's cost and
// speed (measured over all its judgments, not per slice) are the overall board's; history, style control and the
// online Elo stay on the overall board only (they are not kept per slice). A slice's two
// documents share one KV value (SliceDocuments), so ~30 slices cost ~30 KV writes an hour: with the overall
// board's two, under the Free plan's 1,000 writes a day.
import type { JudgeModel } from '../judges/registry';
import { rankJudges } from '../ranking/leaderboard';
import type { RankingOptions, RankingResult } from '../ranking/types';
import type { Leaderboard, PairsDocument } from '../shared/api-types';
import { allSlices, type BattleSlice, type LeaderboardSlice } from '../shared/leaderboard-slices';
import type { PairCount } from '../ranking/types';
import type { PerformanceReport } from './judge-performance-report';
import { buildLeaderboard, buildPairsDocument } from './leaderboard-json';
import { countsOfSlice, sliceKey, totalVotes } from './slice-counts';
import { positionBiasByJudge, withPositionBias, type PairwiseVerdictCount } from './position-bias-report';

/** What a slice's KV value holds: its leaderboard and its pairs document. */
export interface SliceDocuments {
  leaderboard: Leaderboard;
  pairs: PairsDocument;
}

/** The KV key prefix of the slices' values (the overall board keeps LEADERBOARD_KEY and PAIRS_KEY). */
export const SLICE_KEY = 'leaderboard-slice:v1';

/** Ranks and writes every slice that has votes; returns the documents written, in allSlices() order. */
export async function writeSliceBoards(
  kv: KVNamespace,
  rows: readonly (PairCount & BattleSlice)[],
  ids: string[],
  models: readonly JudgeModel[],
  options: RankingOptions,
  now: Date,
  /** The pairwise verdicts, for the pairwise slices' position bias. */
  pairwiseVerdicts: readonly PairwiseVerdictCount[] = [],
  /** The overall board's performance report, so a slice's entries carry each judge's cost and speed too. */
  report?: PerformanceReport,
): Promise<SliceDocuments[]> {
  // Slices with the same counts (e.g. "likert" and the overall board while every battle is likert) share one fit.
  const fits = new Map<string, RankingResult>();
  const writes: Promise<void>[] = [];
  const written: SliceDocuments[] = [];
  const put = (slice: LeaderboardSlice, documents: SliceDocuments) => kv.put(sliceKey(SLICE_KEY, slice), JSON.stringify(documents));
  for (const slice of allSlices()) {
    const counts = countsOfSlice(rows, slice);
    const votes = totalVotes(counts);
    if (votes === 0) continue;
    const started = performance.now();
    const memo = JSON.stringify(counts);
    const ranking = fits.get(memo) ?? rankJudges(ids, counts, options);
    fits.set(memo, ranking);
    const board = buildLeaderboard(ranking, models, votes, now, performance.now() - started, report);
    const biased = slice.format === 'pairwise' ? withPositionBias(board, positionBiasByJudge(pairwiseVerdicts, slice.category)) : board;
    const leaderboard = { ...biased, slice };
    const documents = { leaderboard, pairs: { ...buildPairsDocument(ranking, models, now), slice } };
    written.push(documents);
    writes.push(put(slice, documents));
  }
  await Promise.all(writes);
  return written;
}


