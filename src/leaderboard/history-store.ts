// D1 reads and writes of the rating history (src/db/schema/leaderboard.ts leaderboardHistory; retention in history-retention.ts).
// D1 rather than KV: an append is one insert and compaction one bounded DELETE, where a KV series per judge would
// be rewritten whole every hour (100 judges = 2,400 KV writes a day, past the Free plan's 1,000).
import { and, desc, eq, exists, gt, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import { leaderboardHistory } from '../db/schema';
import { DAY_MS, HOUR_MS, historyRetention, MAX_POINTS_PER_JUDGE, type HistoryRow } from './history-retention';

/** D1 allows 100 bound parameters a statement; a history row has 6. */
const ROWS_PER_INSERT = 16;

export async function appendHistory(db: Database, rows: readonly HistoryRow[]): Promise<void> {
  const inserts = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    inserts.push(db.insert(leaderboardHistory).values(rows.slice(i, i + ROWS_PER_INSERT)).onConflictDoNothing());
  }
  const [first, ...rest] = inserts;
  if (first) await db.batch([first, ...rest]);
}

const later = alias(leaderboardHistory, 'later');

/** Keeps the latest point of each bucket: a point goes when a later one of the same judge falls in its bucket. */
function supersededWithin(db: Database, bucketMs: number) {
  // Inlined, not bound: integer division needs an integer literal (a bound JS number may arrive as a REAL).
  const size = sql.raw(String(Math.trunc(bucketMs)));
  const bucketEnd = sql`(${leaderboardHistory.at} / ${size} + 1) * ${size}`;
  return exists(
    db
      .select({ one: sql`1` })
      .from(later)
      .where(and(eq(later.modelId, leaderboardHistory.modelId), gt(later.at, leaderboardHistory.at), lt(later.at, bucketEnd))),
  );
}

/** The hourly compaction: one point per hour for 14 days, one per UTC day before that, none past two years. */
export async function compactHistory(db: Database, now: number): Promise<void> {
  const { dailyBefore, dropBefore } = historyRetention(now);
  await db.batch([
    db.delete(leaderboardHistory).where(lt(leaderboardHistory.at, dropBefore)),
    db.delete(leaderboardHistory).where(and(lt(leaderboardHistory.at, dailyBefore), supersededWithin(db, DAY_MS))),
    // Older points were compacted hourly when they were new; only the last day's can have several an hour.
    db.delete(leaderboardHistory).where(and(gt(leaderboardHistory.at, now - 2 * DAY_MS), supersededWithin(db, HOUR_MS))),
  ]);
}

/**
 * A judge's points, oldest first. Bounded from the newest end: when compaction falls behind (a missed hourly run,
 * many refreshes in one hour) the oldest points past the bound are left out, never the latest ones.
 */
export async function readHistory(db: Database, modelId: string): Promise<HistoryRow[]> {
  const newestFirst = await db
    .select()
    .from(leaderboardHistory)
    .where(eq(leaderboardHistory.modelId, modelId))
    .orderBy(desc(leaderboardHistory.at))
    .limit(MAX_POINTS_PER_JUDGE);
  return newestFirst.reverse();
}
