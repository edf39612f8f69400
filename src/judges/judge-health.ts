// Judge health: a circuit breaker per judge. Consecutive failures bench a judge for a cool-down (it is not
// paired while benched); after the cool-down it is paired again, and one success clears its record.
import { eq, gt, sql } from 'drizzle-orm';
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { judgeHealth } from '../db/schema';
import type { JudgeFailure } from './types';
import { operatorReason } from './failures';

/** The judges benched at `now` (not to be paired). */
export async function benchedJudgeIds(db: Database, now: number): Promise<Set<string>> {
  const rows = await db.select({ id: judgeHealth.modelId }).from(judgeHealth).where(gt(judgeHealth.benchedUntil, now));
  return new Set(rows.map((row) => row.id));
}

export async function recordJudgeSuccess(db: Database, modelId: string): Promise<void> {
  await db
    .update(judgeHealth)
    .set({ consecutiveFailures: 0, benchedUntil: null })
    .where(eq(judgeHealth.modelId, modelId))
    .run();
}

export async function recordJudgeFailure(db: Database, modelId: string, failure: JudgeFailure, settings: Settings, now: number) {
  const reason = operatorReason(failure);
  // Operators see the provider status and a short reason in the worker logs; the browser never does.
  console.warn('judge failure', { judge: modelId, kind: failure.kind, status: failure.status ?? null, reason: failure.detail.slice(0, 200) });
  const benchUntil = now + settings.JUDGE_BENCH_MINUTES * 60_000;
  await db
    .insert(judgeHealth)
    .values({
      modelId,
      consecutiveFailures: 1,
      lastFailureAt: now,
      lastFailureReason: reason,
      benchedUntil: settings.JUDGE_BENCH_AFTER_FAILURES <= 1 ? benchUntil : null,
    })
    .onConflictDoUpdate({
      target: judgeHealth.modelId,
      set: {
        consecutiveFailures: sql`${judgeHealth.consecutiveFailures} + 1`,
        lastFailureAt: now,
        lastFailureReason: reason,
        benchedUntil: sql`CASE WHEN ${judgeHealth.consecutiveFailures} + 1 >= ${settings.JUDGE_BENCH_AFTER_FAILURES} THEN ${benchUntil} ELSE ${judgeHealth.benchedUntil} END`,
      },
    })
    .run();
}

/** Benches (or un-benches, with minutes = 0) a judge by hand: the admin action. */
export async function setBench(db: Database, modelId: string, until: number | null, reason: string): Promise<void> {
  await db
    .insert(judgeHealth)
    .values({ modelId, consecutiveFailures: 0, benchedUntil: until, lastFailureReason: reason })
    .onConflictDoUpdate({ target: judgeHealth.modelId, set: { benchedUntil: until, ...(until === null ? { consecutiveFailures: 0 } : {}) } })
    .run();
}
