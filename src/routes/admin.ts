import { Hono } from 'hono';
import * as z from 'zod';
import { setBench } from '../battles/judge-health';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { requireAdmin } from '../http/admin-auth';
import { readJsonBody } from '../http/validation';
import { findJudgeModel } from '../judges/registry';
import { refreshLeaderboard } from '../leaderboard/refresh-leaderboard';

export const adminRoutes = new Hono<{ Bindings: Env }>();
adminRoutes.use('*', requireAdmin);

/** Recomputes the leaderboard now instead of at the next hourly run. */
adminRoutes.post('/leaderboard/refresh', async (c) => {
  const leaderboard = await refreshLeaderboard(c.env);
  return c.json({ updatedAt: leaderboard.updatedAt, totalVotes: leaderboard.totalVotes, computeMs: leaderboard.computeMs });
});

const benchSchema = z.strictObject({
  /** 0 un-benches the judge. */
  minutes: z.number().int().min(0).max(7 * 24 * 60),
  reason: z.string().max(200).optional(),
});

/** Benches a judge by hand (it is not paired until the time is up), or brings it back with minutes = 0. */
adminRoutes.post('/judges/:id/bench', async (c) => {
  const model = findJudgeModel(c.env, c.req.param('id'));
  if (!model) throw new ApiError(404, 'judge_not_found', 'No judge with this id.');
  const { minutes, reason } = await readJsonBody(c, benchSchema);
  const until = minutes === 0 ? null : Date.now() + minutes * 60_000;
  await setBench(database(c.env.DB), model.id, until, reason ?? 'benched by an admin');
  return c.json({ id: model.id, benchedUntil: until === null ? null : new Date(until).toISOString() });
});
