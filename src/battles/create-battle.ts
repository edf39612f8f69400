// Starting a battle: pick two anonymous judges and store the round. Judges run later, when a client streams it.
import { ApiError } from '../errors';
import { database } from '../db/client';
import type { CreateBattleInput } from '../shared/request-schemas';
import { DEFAULT_RUBRIC } from '../shared/rubric-presets';
import { readSettings } from '../config';
import { availableJudgeModels } from '../judges/registry';
import { restingState } from '../judges/paid-calls';
import { insertBattle, loadBattle } from './battle-store';
import type { PublicBattle } from '../shared/api-types';
import { publicBattle } from './battle-view';
import { pairingCandidates } from '../judges/candidates';
import { choosePair } from './pairing';

/** What starting a battle needs (the API's request, minus the human check the route has already done). */
export type BattleRequest = Omit<CreateBattleInput, 'turnstileToken'>;

export async function createBattle(
  env: Env,
  request: BattleRequest,
  options: { visitorId?: string; parentId?: string; random?: () => number } = {},
): Promise<PublicBattle> {
  const db = database(env.DB);
  const now = Date.now();
  const resting = await restingState(db, readSettings(env), hasPaidJudges(env), now);
  if (resting) {
    const retryAfter = Math.ceil((Date.parse(resting.until) - now) / 1000);
    throw new ApiError(503, 'arena_resting', resting.message, { 'Retry-After': String(retryAfter) });
  }
  const candidates = await pairingCandidates(env, db, now);
  const pair = choosePair(candidates, options.random ?? Math.random);
  if (!pair) {
    throw new ApiError(
      503,
      'no_judges',
      'Not enough judges are available right now (two are needed). Please try again in a few minutes.',
      { 'Retry-After': '60' },
    );
  }
  const battle = {
    id: crypto.randomUUID(),
    sampleId: request.sampleId,
    input: request.input,
    response: request.response,
    reference: request.reference,
    rubric: request.rubric ?? DEFAULT_RUBRIC,
    models: pair,
    parentId: options.parentId,
    visitorId: options.visitorId,
    now,
  };
  await insertBattle(db, battle);
  return publicBattle(battle);
}

/** Whether this deployment has LLM judges, i.e. battles that cost money. */
export function hasPaidJudges(env: Env): boolean {
  return availableJudgeModels(env).some((m) => m.kind === 'llm');
}

/**
 * A new battle on the same sample and rubric, its pair drawn by the same rule as any new battle's: independent of
 * the parent (the same judges may return). Avoiding the parent's pair would tell who judged the parent (issue 9).
 */
export async function regenerateBattle(env: Env, id: string, visitorId?: string, random?: () => number): Promise<PublicBattle> {
  const parent = await loadBattle(database(env.DB), id);
  if (!parent) throw new ApiError(404, 'battle_not_found', 'No battle with this id.');
  return createBattle(
    env,
    {
      sampleId: parent.sampleId ?? undefined,
      input: parent.input,
      response: parent.response,
      reference: parent.reference ?? undefined,
      rubric: parent.rubric,
    },
    { visitorId, parentId: parent.id, random },
  );
}
