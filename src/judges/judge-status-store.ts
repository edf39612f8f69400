// D1 behind GET /api/status: settled judgments (who, how, how fast; read by the hourly job), each judge's
// circuit-breaker row (read live), and the paid-call figure as of the hour's start (snapshotted by the hourly job).
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { battles, judgeHealth, judgments, paidCallSnapshots } from '../db/schema';
import type { RecentJudgment } from './judge-status';

export type JudgeHealthRow = typeof judgeHealth.$inferSelect;

/**
 * Judgments of battles *settled* in [since, until) (at most `limit`, pending ones left out). A battle is settled
 * when it was voted on (its judges are revealed) or once its vote window has passed (no vote on it can count any
 * more): until then, a public figure that moved with its judgments would tell its voter who judged it (issue 9).
 */
export async function readSettledJudgments(db: Database, window: { since: number; until: number; voteWindowMs: number }, limit: number): Promise<RecentJudgment[]> {
  const settledAt = sql<number>`CASE WHEN ${battles.votedAt} IS NOT NULL AND ${battles.votedAt} < ${battles.createdAt} + ${window.voteWindowMs}
    THEN ${battles.votedAt} ELSE ${battles.createdAt} + ${window.voteWindowMs} END`;
  const recent = await db
    .select({ modelId: judgments.modelId, status: judgments.status, latencyMs: judgments.latencyMs, cached: judgments.cached })
    .from(judgments)
    .innerJoin(battles, eq(battles.id, judgments.battleId))
    // Bounds on created_at first, so the index narrows the scan; then the settled time itself.
    .where(
      and(
        gte(battles.createdAt, window.since - window.voteWindowMs),
        lt(battles.createdAt, window.until),
        gte(settledAt, window.since),
        lt(settledAt, window.until),
      ),
    )
    .limit(limit);
  return recent.filter((r): r is RecentJudgment => r.status !== 'pending');
}

/** Every judge's circuit-breaker row. */
export async function readJudgeHealth(db: Database): Promise<JudgeHealthRow[]> {
  return db.select().from(judgeHealth);
}

/**
 * The hourly job's snapshot: the day's paid judge calls as they stand at the start of the hour `hourStart`. The
 * first write of an hour wins, so a late or repeated run does not move the figure.
 */
export async function snapshotPaidCalls(db: Database, hourStart: number, paidJudgeCalls: number): Promise<void> {
  await db.insert(paidCallSnapshots).values({ hourStart, paidJudgeCalls }).onConflictDoNothing();
}

/**
 * The paid-call figure GET /api/status shows in the hour starting at `hourStart`: the latest snapshot of that UTC
 * day taken at or before it, or 0 if the hourly job has not run yet that day (the day's count starts at 0). A read
 * only: the figure never moves with one battle, and a missed run leaves it an hour older, never live.
 */
export async function paidCallsAtHour(db: Database, hourStart: number): Promise<number> {
  const dayStart = Math.floor(hourStart / 86_400_000) * 86_400_000;
  const row = await db
    .select({ n: paidCallSnapshots.paidJudgeCalls })
    .from(paidCallSnapshots)
    .where(and(gte(paidCallSnapshots.hourStart, dayStart), lte(paidCallSnapshots.hourStart, hourStart)))
    .orderBy(desc(paidCallSnapshots.hourStart))
    .limit(1)
    .get();
  return row?.n ?? 0;
}
