// GET /api/leaderboard/history?judge=<id>: one judge's rating series, oldest first (README "History").
import { Hono } from 'hono';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { validate } from '../http/validation';
import { readHistory } from '../leaderboard/history-store';
import { LEADERBOARD_SCHEMA_VERSION } from '../leaderboard/schema-version';
import { findJudgeModel } from '../judges/registry';
import type { LeaderboardHistory } from '../shared/api-types';
import { leaderboardHistoryQuery } from '../shared/request-schemas';

export const leaderboardHistoryRoutes = new Hono<{ Bindings: Env }>();

leaderboardHistoryRoutes.get('/', validate('query', leaderboardHistoryQuery), async (c) => {
  const { judge } = c.req.valid('query');
  const rows = await readHistory(database(c.env.DB), judge);
  // A judge taken out of the registry keeps its history; a name that never was a judge is not found.
  if (rows.length === 0 && !findJudgeModel(c.env, judge)) {
    throw new ApiError(404, 'unknown_judge', `No judge has the id "${judge}". GET /api/models lists them.`);
  }
  const body: LeaderboardHistory = {
    schemaVersion: LEADERBOARD_SCHEMA_VERSION,
    judge,
    points: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      rating: r.rating,
      ci: r.ciLow !== null && r.ciHigh !== null ? [r.ciLow, r.ciHigh] : null,
      votes: r.votes,
    })),
  };
  c.header('Cache-Control', 'public, max-age=60');
  return c.json(body);
});
