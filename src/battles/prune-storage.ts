// The hourly clean-up, run by the scheduled handler next to the leaderboard refresh: battles no one voted on are
// deleted after PRUNE_UNVOTED_AFTER_DAYS (with their judgments, and the prompts and texts nothing else uses),
// and battles from before migration 0002 get their texts moved into `texts`. Bounded work per run.
import { readSettings } from '../config';
import { database } from '../db/client';
import { backfillPromptHashes, pruneUnvotedBattles, type PruneCounts } from './prune-store';

/** Battles examined for deletion per run: at 24 runs a day, 12,000 a day, well above the arena's traffic. */
export const PRUNE_BATTLES_PER_RUN = 500;
/** Legacy battles moved per run (one small batch each). */
export const BACKFILL_BATTLES_PER_RUN = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneReport extends PruneCounts {
  backfilled: number;
}

export async function pruneStorage(env: Env, now = Date.now()): Promise<PruneReport> {
  const db = database(env.DB);
  const days = readSettings(env).PRUNE_UNVOTED_AFTER_DAYS;
  const pruned =
    days === 0
      ? { battles: 0, judgments: 0, prompts: 0, texts: 0 }
      : await pruneUnvotedBattles(db, now - days * DAY_MS, PRUNE_BATTLES_PER_RUN);
  // After pruning, so no hashing is spent on battles about to go.
  const backfilled = await backfillPromptHashes(db, BACKFILL_BATTLES_PER_RUN);
  const report = { ...pruned, backfilled };
  console.log('storage pruned', report);
  return report;
}
