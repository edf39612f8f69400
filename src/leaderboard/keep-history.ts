// The hourly job's history step: append this refresh's snapshot, then compact (README "History").
import type { Database } from '../db/client';
import type { Leaderboard } from '../shared/api-types';
import { snapshotRows } from './history-retention';
import { appendHistory, compactHistory } from './history-store';

export async function keepHistory(db: Database, leaderboard: Leaderboard, now: Date): Promise<void> {
  await appendHistory(db, snapshotRows(leaderboard, now.getTime()));
  await compactHistory(db, now.getTime());
}
