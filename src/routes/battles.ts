import { Hono } from 'hono';
import { battleDetails } from '../battles/battle-view';
import { loadBattle } from '../battles/battle-store';
import { createBattle, regenerateBattle } from '../battles/create-battle';
import { streamBattle } from '../battles/stream-battle';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { parseWith, readJsonBody } from '../http/validation';
import { battleIdSchema, createBattleSchema, voteSchema } from '../http/schemas';
import { visitorId } from '../http/visitor';
import { enforceRateLimit } from '../http/rate-limit';
import { verifyTurnstile } from '../http/turnstile';
import { castVote, storedVoteAnswer } from '../votes/cast-vote';

export const battleRoutes = new Hono<{ Bindings: Env }>();

battleRoutes.post('/', async (c) => {
  const { turnstileToken, ...request } = await readJsonBody(c, createBattleSchema);
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'battle', visitor);
  await verifyTurnstile(c.env, turnstileToken, c.req.header('cf-connecting-ip') ?? null);
  const battle = await createBattle(c.env, request, { visitorId: visitor ?? undefined });
  return c.json({ battle }, 201);
});

battleRoutes.get('/:id', async (c) => {
  const id = battleId(c.req.param('id'));
  const db = database(c.env.DB);
  const battle = await loadBattle(db, id);
  if (!battle) throw notFound();
  const vote = battle.status === 'voted' ? await storedVoteAnswer(c.env, id) : null;
  return c.json({ battle: battleDetails(battle, vote) });
});

battleRoutes.get('/:id/stream', async (c) => streamBattle(c.env, battleId(c.req.param('id'))));

battleRoutes.post('/:id/vote', async (c) => {
  const id = battleId(c.req.param('id'));
  const { choice } = await readJsonBody(c, voteSchema);
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

battleRoutes.post('/:id/regenerate', async (c) => {
  const id = battleId(c.req.param('id'));
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'battle', visitor);
  const battle = await regenerateBattle(c.env, id, visitor ?? undefined);
  return c.json({ battle }, 201);
});

/** A malformed id cannot name a battle: 404, like an unknown one. */
function battleId(raw: string): string {
  try {
    return parseWith(battleIdSchema, raw, 'query');
  } catch {
    throw notFound();
  }
}

function notFound() {
  return new ApiError(404, 'battle_not_found', 'No battle with this id.');
}
