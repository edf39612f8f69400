import { Hono } from 'hono';
import { setBench } from '../judges/judge-health';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { requireAdmin } from '../http/admin-auth';
import type { MiddlewareHandler } from 'hono';
import { jsonBody, validate } from '../http/validation';
import { benchSchema } from '../shared/request-schemas';
import { findJudgeModel } from '../judges/registry';
import { refreshLeaderboard } from '../leaderboard/refresh-leaderboard';

export const adminRoutes = new Hono<{ Bindings: Env }>();
adminRoutes.use('*', requireAdmin);

/** Recomputes the leaderboard now instead of at the next hourly run. */
adminRoutes.post('/leaderboard/refresh', async (c) => {
  const leaderboard = await refreshLeaderboard(c.env);
  return c.json({ updatedAt: leaderboard.updatedAt, totalVotes: leaderboard.totalVotes, computeMs: leaderboard.computeMs });
});

/** An unknown judge is 404 before its body is looked at. */
const knownJudge: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  if (!findJudgeModel(c.env, c.req.param('id') ?? '')) throw new ApiError(404, 'judge_not_found', 'No judge with this id.');
  await next();
};

/** Benches a judge by hand (it is not paired until the time is up), or brings it back with minutes = 0. */
adminRoutes.post('/judges/:id/bench', knownJudge, jsonBody, validate('json', benchSchema), async (c) => {
  const model = findJudgeModel(c.env, c.req.param('id'))!;
  const { minutes, reason } = c.req.valid('json');
  const until = minutes === 0 ? null : Date.now() + minutes * 60_000;
  await setBench(database(c.env.DB), model.id, until, reason ?? 'benched by an admin');
  return c.json({ id: model.id, benchedUntil: until === null ? null : new Date(until).toISOString() });
});
