// What the rating history keeps (README "History"), and the snapshot a refresh appends. Pure.
// Every refresh appends one point per ranked judge; the hourly job then keeps the latest point of each hour for
// the last 14 days, the latest of each UTC day before that, and nothing older than two years: at most
// 14·24 + 716 ≈ 1,050 points a judge, whatever the refresh rate (an admin refresh adds no lasting point).
import type { Leaderboard } from '../shared/api-types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Points younger than this are kept one per hour. */
export const HOURLY_FOR_MS = 14 * DAY_MS;
/** Points older than this are dropped. */
const KEPT_FOR_MS = 730 * DAY_MS;
/** The most points a judge can have (the GET bound). */
export const MAX_POINTS_PER_JUDGE = HOURLY_FOR_MS / HOUR_MS + (KEPT_FOR_MS - HOURLY_FOR_MS) / DAY_MS + 2;

export interface HistoryRetention {
  /** Points before this are kept one per UTC day. */
  dailyBefore: number;
  /** Points before this are deleted. */
  dropBefore: number;
}

export function historyRetention(now: number): HistoryRetention {
  return { dailyBefore: now - HOURLY_FOR_MS, dropBefore: now - KEPT_FOR_MS };
}

export interface HistoryRow {
  modelId: string;
  at: number;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number;
}

/** One row per judge on the leaderboard, as published (rounded ratings and intervals). */
export function snapshotRows(leaderboard: Leaderboard, at: number): HistoryRow[] {
  return leaderboard.models.map((m) => ({
    modelId: m.id,
    at,
    rating: m.rating,
    ciLow: m.ci?.[0] ?? null,
    ciHigh: m.ci?.[1] ?? null,
    votes: m.votes,
  }));
}
