// The rating series GET /api/leaderboard/history serves: a judge's stored points, or null when no judge has the id.
// A judge is known when it has points, is in the registry, or is on the published leaderboard — a judge taken out
// of the registry keeps its votes there, and the site shows its page, whether or not it has points yet.
import { database } from '../db/client';
import { findJudgeModel } from '../judges/registry';
import type { Leaderboard } from '../shared/api-types';
import type { HistoryRow } from './history-retention';
import { readHistory } from './history-store';
import { LEADERBOARD_KEY } from './leaderboard-json';

export async function judgeSeries(env: Env, judge: string): Promise<HistoryRow[] | null> {
  const rows = await readHistory(database(env.DB), judge);
  if (rows.length > 0 || findJudgeModel(env, judge)) return rows;
  // Only for an id with no points outside the registry: one KV read of the board the site itself reads.
  const board = await env.LEADERBOARD_KV.get<Pick<Leaderboard, 'models'>>(LEADERBOARD_KEY, 'json');
  return board?.models.some((m) => m.id === judge) ? rows : null;
}
