// Which judges may be paired right now: available (provider configured, active), not benched,
// with their vote counts so that less-voted judges are paired more often.
import { gt } from 'drizzle-orm';
import type { Database } from '../db/client';
import { judgeHealth, judgeStats } from '../db/schema';
import { availableJudgeModels } from './registry';
import type { PairingCandidate } from '../battles/pairing';

export async function pairingCandidates(env: Env, db: Database, now: number): Promise<PairingCandidate[]> {
  const models = availableJudgeModels(env);
  const [stats, benched] = await db.batch([
    db.select({ id: judgeStats.modelId, votes: judgeStats.votes }).from(judgeStats),
    db.select({ id: judgeHealth.modelId }).from(judgeHealth).where(gt(judgeHealth.benchedUntil, now)),
  ]);
  const votes = new Map(stats.map((s) => [s.id, s.votes]));
  const out = new Set(benched.map((b) => b.id));
  return models.filter((m) => !out.has(m.id)).map((m) => ({ id: m.id, votes: votes.get(m.id) ?? 0 }));
}
