// The hourly clean-up, run by the scheduled handler next to the leaderboard refresh: battles no one voted on are
// deleted after PRUNE_UNVOTED_AFTER_DAYS (with their judgments, and the prompts and texts nothing else uses),
// battles from before migration 0002 get their texts moved into `texts`, and rows that no rule reads any more go
// (expiryCutoffs). Bounded work per run.
import { readSettings } from '../config';
import { database } from '../db/client';
import { backfillPromptHashes, pruneExpiredRows, pruneUnvotedBattles, type ExpiredCounts, type ExpiryCutoffs, type PruneCounts } from './prune-store';

/** Battles examined for deletion per run: at 24 runs a day, 12,000 a day, well above the arena's traffic. */
const PRUNE_BATTLES_PER_RUN = 500;
/** Legacy battles moved per run (one small batch each). */
const BACKFILL_BATTLES_PER_RUN = 100;
/** Rows deleted per table per run: 240,000 a day, far above one reveal per vote. */
const EXPIRED_ROWS_PER_RUN = 10_000;
/** A cached judgment no battle has reused in this long is unlikely to be (its prompt was a one-off). */
const UNUSED_CACHE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneReport extends PruneCounts {
  backfilled: number;
  expired: ExpiredCounts;
}

/**
 * When each table's rows stop mattering. Pure.
 * - paid_call_snapshots: /api/status reads only the current UTC day's (paidCallsAtHour).
 * - judgment_cache: no rule reads it (it saves paid calls; judges run at temperature 0): entries older than
 *   UNUSED_CACHE_DAYS that were never reused go; reused ones (the bank's prompts, played again and again) stay.
 */
export function expiryCutoffs(now: number): ExpiryCutoffs {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return { paidCallSnapshots: today, unusedCache: now - UNUSED_CACHE_DAYS * DAY_MS };
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
  const expired = await pruneExpiredRows(db, expiryCutoffs(now), EXPIRED_ROWS_PER_RUN);
  const report = { ...pruned, backfilled, expired };
  console.log('storage pruned', report);
  return report;
}
