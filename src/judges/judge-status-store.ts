// D1 reads behind GET /api/status: settled judgments (who, how, how fast), each judge's circuit-breaker row, and
// the paid-call figure as of the hour's start.
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { battles, judgeHealth, judgments, paidCallSnapshots } from '../db/schema';
import type { RecentJudgment } from './judge-status';

export type JudgeHealthRow = typeof judgeHealth.$inferSelect;

/**
 * Judgments of battles *settled* in [since, until) (at most `limit`, pending ones left out) and every judge_health
 * row. A battle is settled when it was voted on (its judges are revealed) or once its vote window has passed (no
 * vote on it can count any more): until then, a public figure that moved with its judgments would tell its voter
 * who judged it (issue 9).
 */
export async function readJudgeActivity(
  db: Database,
  window: { since: number; until: number; voteWindowMs: number },
  limit: number,
): Promise<{ recent: RecentJudgment[]; health: JudgeHealthRow[] }> {
  const settledAt = sql<number>`CASE WHEN ${battles.votedAt} IS NOT NULL AND ${battles.votedAt} < ${battles.createdAt} + ${window.voteWindowMs}
    THEN ${battles.votedAt} ELSE ${battles.createdAt} + ${window.voteWindowMs} END`;
  const [recent, health] = await db.batch([
    db
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
      .limit(limit),
    db.select().from(judgeHealth),
  ]);
  return { recent: recent.filter((r): r is RecentJudgment => r.status !== 'pending'), health };
}

/**
 * The day's paid judge calls as they stood at the first status read of the hour starting at `hourStart` (taken
 * now, from `current`, if this is that read). The figure then stays put for the hour, so one battle cannot be
 * seen in it.
 */
export async function paidCallsAtHour(db: Database, hourStart: number, current: () => Promise<number>): Promise<number> {
  const taken = await db.select().from(paidCallSnapshots).where(eq(paidCallSnapshots.hourStart, hourStart)).get();
  if (taken) return taken.paidJudgeCalls;
  const paidJudgeCalls = await current();
  // Two first reads at once: the first insert wins and both report what is stored.
  await db.insert(paidCallSnapshots).values({ hourStart, paidJudgeCalls }).onConflictDoNothing();
  const stored = await db.select().from(paidCallSnapshots).where(eq(paidCallSnapshots.hourStart, hourStart)).get();
  return stored?.paidJudgeCalls ?? paidJudgeCalls;
}
