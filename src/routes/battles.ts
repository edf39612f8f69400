import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { battleDetails } from '../battles/battle-view';
import { loadBattle } from '../battles/battle-store';
import { createBattle, regenerateBattle } from '../battles/create-battle';
import { streamBattle } from '../battles/stream-battle';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { jsonBody, validate } from '../http/validation';
import { battleIdParam, createBattleSchema, voteSchema } from '../shared/request-schemas';
import { visitorId } from '../http/visitor';
import { enforceRateLimit } from '../http/rate-limit';
import { verifyTurnstile } from '../http/turnstile';
import { castVote, storedVoteAnswer } from '../votes/cast-vote';

export const battleRoutes = new Hono<{ Bindings: Env }>();

/** Battles, their streams and votes are one visitor's and change by the second: never cached, by anyone. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
battleRoutes.use('*', noStore);

/** A malformed id cannot name a battle: 404, like an unknown one. */
const notFound = () => new ApiError(404, 'battle_not_found', 'No battle with this id.');
const battleId = validate('param', battleIdParam, notFound);

battleRoutes.post('/', jsonBody, validate('json', createBattleSchema), async (c) => {
  const { turnstileToken, ...request } = c.req.valid('json');
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'battle', visitor);
  await verifyTurnstile(c.env, turnstileToken, c.req.header('cf-connecting-ip') ?? null);
  const battle = await createBattle(c.env, request, { visitorId: visitor ?? undefined });
  return c.json({ battle }, 201);
});

battleRoutes.get('/:id', battleId, async (c) => {
  const { id } = c.req.valid('param');
  const battle = await loadBattle(database(c.env.DB), id);
  if (!battle) throw notFound();
  const vote = battle.status === 'voted' ? await storedVoteAnswer(c.env, id) : null;
  return c.json({ battle: battleDetails(battle, vote) });
});

battleRoutes.get('/:id/stream', battleId, async (c) => streamBattle(c.env, c.req.valid('param').id));

battleRoutes.post('/:id/vote', battleId, jsonBody, validate('json', voteSchema), async (c) => {
  const { id } = c.req.valid('param');
  const { choice } = c.req.valid('json');
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'vote', visitor);
  const idempotencyKey = c.req.header('idempotency-key')?.slice(0, 200) ?? null;
  const answer = await castVote(c.env, {
    battleId: id,
    choice,
    visitorId: visitor,
    idempotencyKey,
    receivedAt: Date.now(),
  });
  return c.json(answer);
});

battleRoutes.post('/:id/regenerate', battleId, async (c) => {
  const { id } = c.req.valid('param');
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'battle', visitor);
  const battle = await regenerateBattle(c.env, id, visitor ?? undefined);
  return c.json({ battle }, 201);
});
