// The leaderboard's three documents, typed with the issue-11 fields the site reads (see judge-extras.ts).
import { requestJson } from '../api/client';
import { RequestError } from '../api/request-error';
import type { LeaderboardHistory, PairsDocument } from '../api/types';
import type { LeaderboardDocument } from './judge-extras';
import { sliceQuery, type LeaderboardSlice } from './slice-filter';

const OVERALL: LeaderboardSlice = { format: null, category: null };

/** The overall board, or a slice of it. */
export const loadLeaderboard = (slice = OVERALL) => requestJson<LeaderboardDocument>(`/api/leaderboard${sliceQuery(slice)}`);

export const loadPairs = (slice = OVERALL) => requestJson<PairsDocument>(`/api/leaderboard/pairs${sliceQuery(slice)}`);

/** Null when the worker has no history route or no series for this judge yet (404). */
export async function loadRatingHistory(judge: string): Promise<LeaderboardHistory | null> {
  try {
    return await requestJson<LeaderboardHistory>(`/api/leaderboard/history?judge=${encodeURIComponent(judge)}`);
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return null;
    throw error;
  }
}
