// D1 reads behind GET /api/status: recent judgments (who, how, how fast) and each judge's circuit-breaker row.
import { gt } from 'drizzle-orm';
import type { Database } from '../db/client';
import { judgeHealth, judgments } from '../db/schema';
import type { RecentJudgment } from './judge-status';

export type JudgeHealthRow = typeof judgeHealth.$inferSelect;

/** Judgments finished after `since` (at most `limit`, pending ones left out) and every judge_health row. */
export async function readJudgeActivity(
  db: Database,
  since: number,
  limit: number,
): Promise<{ recent: RecentJudgment[]; health: JudgeHealthRow[] }> {
  const [recent, health] = await db.batch([
    db
      .select({ modelId: judgments.modelId, status: judgments.status, latencyMs: judgments.latencyMs, cached: judgments.cached })
      .from(judgments)
      .where(gt(judgments.finishedAt, since))
      .limit(limit),
    db.select().from(judgeHealth),
  ]);
  return { recent: recent.filter((r): r is RecentJudgment => r.status !== 'pending'), health };
}
