// GET /api/leaderboard/judges/:id: one judge's document, written by the hourly job (README "Leaderboard
// statistics"); one KV read.
import { Hono } from 'hono';
import { ApiError } from '../errors';
import { validate } from '../http/validation';
import { readJudgeDocument } from '../leaderboard/judge-document-store';
import { leaderboardJudgeParam } from '../shared/request-schemas';

export const leaderboardJudgeRoutes = new Hono<{ Bindings: Env }>();

const unknownJudge = (which: string) =>
  new ApiError(
    404,
    'unknown_judge',
    `No judge ${which} is on the leaderboard (a judge appears once it has counted votes and the hourly refresh has run). GET /api/leaderboard lists them.`,
  );

// Ids are at most 100 characters: a longer one names no judge, the same 404 (like a battle id that is no UUID).
const judgeId = validate('param', leaderboardJudgeParam, () => unknownJudge('with an id over 100 characters'));

leaderboardJudgeRoutes.get('/:id', judgeId, async (c) => {
  const { id } = c.req.valid('param');
  const body = await readJudgeDocument(c.env.LEADERBOARD_KV, id);
  if (body === null) throw unknownJudge(`with the id "${id}"`);
  c.header('Cache-Control', 'public, max-age=60');
  return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
});
