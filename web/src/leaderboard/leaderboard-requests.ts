// The leaderboard's three documents, typed with the issue-11 fields the site reads (see judge-extras.ts).
import { requestJson } from '../api/client';
import { RequestError } from '../api/request-error';
import type { LeaderboardHistory, PairsDocument } from '../api/types';
import type { LeaderboardDocument } from './judge-extras';
import { SLICE_CATEGORIES, SLICE_FORMATS, sliceQuery, type LeaderboardSlice } from './slice-filter';
import { withOverallPerformance } from './slice-performance';

const OVERALL: LeaderboardSlice = { format: null, category: null };

/** The overall board, or a slice of it. */
export const loadLeaderboard = (slice = OVERALL) => requestJson<LeaderboardDocument>(`/api/leaderboard${sliceQuery(slice)}`);

/**
 * The board the leaderboard page shows: a slice comes with each judge's cost and speed from the overall board
 * (without them if that request fails: the slice is what was asked for).
 */
export async function loadBoardWithPerformance(slice: LeaderboardSlice): Promise<LeaderboardDocument> {
  if (slice.format === null && slice.category === null) return loadLeaderboard();
  const [board, overall] = await Promise.all([loadLeaderboard(slice), loadLeaderboard().catch(() => null)]);
  return withOverallPerformance(board, overall);
}

/** One slice's board, with the slice it is. */
export interface SliceBoardOf {
  slice: LeaderboardSlice;
  board: LeaderboardDocument;
}

/** Every format's and every category's board (for a judge's rating per slice): formats first, in their orders. */
export const loadSliceBoards = (): Promise<SliceBoardOf[]> =>
  Promise.all(
    [
      ...SLICE_FORMATS.map((format) => ({ format, category: null })),
      ...SLICE_CATEGORIES.map((category) => ({ format: null, category })),
    ].map(async (slice: LeaderboardSlice) => ({ slice, board: await loadLeaderboard(slice) })),
  );

export const loadPairs = (slice = OVERALL) => requestJson<PairsDocument>(`/api/leaderboard/pairs${sliceQuery(slice)}`);

/** A judge's rating series as its page shows it: the points, or null when the server keeps no history. */
export type RatingHistory = Pick<LeaderboardHistory, 'points'> | null;

/**
 * The judge's series. The history route answers 404 `unknown_judge` for an id that names no judge it knows (it
 * knows every judge on the leaderboard, removed or not): that judge has no points. Any other 404 is a server
 * without the route: null.
 */
export async function loadRatingHistory(judge: string): Promise<RatingHistory> {
  try {
    return await requestJson<LeaderboardHistory>(`/api/leaderboard/history?judge=${encodeURIComponent(judge)}`);
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return error.code === 'unknown_judge' ? { points: [] } : null;
    throw error;
  }
}
