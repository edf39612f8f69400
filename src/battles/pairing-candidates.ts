// Which judges may be paired right now: available (provider configured, active), not benched,
// with their vote counts so that less-voted judges are paired more often.
import type { Database } from '../db/client';
import type { PairingCandidate } from './pairing';
import { readJudgeVoteCounts } from '../votes/vote-store';
import { benchedJudgeIds } from '../judges/judge-health';
import { availableJudgeModels } from '../judges/registry';

export async function pairingCandidates(env: Env, db: Database, now: number): Promise<PairingCandidate[]> {
  const models = availableJudgeModels(env);
  const [votes, benched] = await Promise.all([readJudgeVoteCounts(env.DB), benchedJudgeIds(db, now)]);
  return models.filter((m) => !benched.has(m.id)).map((m) => ({ id: m.id, votes: votes.get(m.id) ?? 0 }));
}
