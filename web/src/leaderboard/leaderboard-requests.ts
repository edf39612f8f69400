// The leaderboard's documents, typed with the issue-11 fields the site reads (see judge-extras.ts).
import type { JudgeDocument } from '@shared/judge-document-schemas';
import { requestJson } from '../api/client';
import { RequestError } from '../api/request-error';
import type { LeaderboardHistory, PairsDocument } from '../api/types';
import type { LeaderboardDocument } from './judge-extras';
import { sliceQuery, type LeaderboardSlice } from './slice-filter';

const OVERALL: LeaderboardSlice = { format: null, category: null };

/** The overall board, or a slice of it (a slice's entries carry each judge's cost and speed too). */
export const loadLeaderboard = (slice = OVERALL) => requestJson<LeaderboardDocument>(`/api/leaderboard${sliceQuery(slice)}`);

export const loadPairs = (slice = OVERALL) => requestJson<PairsDocument>(`/api/leaderboard/pairs${sliceQuery(slice)}`);

/** The judge page's two documents' paths: what it fetches and the JSON it links. */
export const judgeDocumentPath = (judge: string) => `/api/leaderboard/judges/${encodeURIComponent(judge)}`;
export const ratingHistoryPath = (judge: string) => `/api/leaderboard/history?judge=${encodeURIComponent(judge)}`;

/**
 * Everything the hourly job wrote about one judge (its entry, its slices, its record), or null when it is not on
 * the leaderboard: the route answers 404 `unknown_judge` for that.
 */
export async function loadJudgeDocument(judge: string): Promise<JudgeDocument | null> {
  try {
    return await requestJson<JudgeDocument>(judgeDocumentPath(judge));
  } catch (error) {
    if (error instanceof RequestError && error.status === 404 && error.code === 'unknown_judge') return null;
    throw error;
  }
}

/** A judge's rating series as its page shows it: the points, or null when the server keeps no history. */
export type RatingHistory = Pick<LeaderboardHistory, 'points'> | null;

/**
 * The judge's series. The history route answers 404 `unknown_judge` for an id that names no judge it knows (it
 * knows every judge on the leaderboard, removed or not): that judge has no points. Any other 404 is a server
 * without the route: null.
 */
export async function loadRatingHistory(judge: string): Promise<RatingHistory> {
  try {
    return await requestJson<LeaderboardHistory>(ratingHistoryPath(judge));
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return error.code === 'unknown_judge' ? { points: [] } : null;
    throw error;
  }
}
