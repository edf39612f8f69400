// GET /api/leaderboard/history?judge=<id>: one judge's rating series, oldest first (README "History").
import { Hono } from 'hono';
import { ApiError } from '../errors';
import { validate } from '../http/validation';
import { judgeSeries } from '../leaderboard/judge-series';
import { LEADERBOARD_SCHEMA_VERSION } from '../leaderboard/schema-version';
import type { LeaderboardHistory } from '../shared/api-types';
import { leaderboardHistoryQuery } from '../shared/request-schemas';

export const leaderboardHistoryRoutes = new Hono<{ Bindings: Env }>();

leaderboardHistoryRoutes.get('/', validate('query', leaderboardHistoryQuery), async (c) => {
  const { judge } = c.req.valid('query');
  const rows = await judgeSeries(c.env, judge);
  if (rows === null) throw new ApiError(404, 'unknown_judge', `No judge has the id "${judge}". GET /api/models lists them.`);
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
