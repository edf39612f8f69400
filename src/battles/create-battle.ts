// Starting a battle: pick two anonymous judges and store the round. Judges run later, when a client streams it.
import { ApiError } from '../errors';
import { database } from '../db/client';
import type { CreateBattleInput } from '../shared/request-schemas';
import { DEFAULT_RUBRIC } from '../shared/rubric-presets';
import { readSettings } from '../config';
import { availableJudgeModels, hasPaidJudges } from '../judges/registry';
import { arenaRestingError, restingState } from '../judges/paid-calls';
import { insertBattle, loadBattle } from './battle-store';
import type { PublicBattle } from '../shared/api-types';
import { publicBattle } from './battle-view';
import { pairingCandidates } from './pairing-candidates';
import { choosePair, type PairingCandidate } from './pairing';
import { taskOf } from './run-battle';
import { paidCallsForBattle } from '../judges/battle-cost';
import { reserveVisitorPaidCalls, visitorBudgetError } from '../judges/visitor-budget';
import { verifiedSampleId } from '../samples/verified-sample-id';

/** What starting a battle needs (the API's request, minus the human check the route has already done). */
export type BattleRequest = Omit<CreateBattleInput, 'turnstileToken'>;

export async function createBattle(
  env: Env,
  request: BattleRequest,
  options: { visitorId?: string; parentId?: string; random?: () => number } = {},
): Promise<PublicBattle> {
  const db = database(env.DB);
  const now = Date.now();
  const settings = readSettings(env);
  const resting = await restingState(db, settings, hasPaidJudges(env), now);
  if (resting) throw arenaRestingError(resting, now);
  const candidates = await pairingCandidates(env, db, now);
  let pair = choosePair(candidates, options.random ?? Math.random);
  if (!pair) {
    throw new ApiError(
      503,
      'no_judges',
      'Not enough judges are available right now (two are needed). Please try again in a few minutes.',
      { 'Retry-After': '60' },
    );
  }
  // The visitor's share of the day's paid calls is reserved now, before any judge runs (README "Cost control").
  const rubric = request.rubric ?? DEFAULT_RUBRIC;
  const task = taskOf({ input: request.input, response: request.response, reference: request.reference ?? null, rubric });
  const cost = await paidCallsForBattle(env, db, settings, pair, task);
  if (!(await reserveVisitorPaidCalls(db, settings, options.visitorId, cost, now))) {
    // Offline baselines cost nothing, so a visitor past their share still gets a pair of them when there are two.
    pair = choosePair(freeCandidates(env, candidates), options.random ?? Math.random);
    if (!pair) throw visitorBudgetError(settings, now);
  }
  const battle = {
    id: crypto.randomUUID(),
    // A sample id the text does not match (a forged one, or a sample the visitor edited) makes it their own sample.
    sampleId: await verifiedSampleId(env, db, request),
    input: request.input,
    response: request.response,
    reference: request.reference,
    rubric,
    models: pair,
    parentId: options.parentId,
    visitorId: options.visitorId,
    now,
  };
  await insertBattle(db, battle);
  return publicBattle(battle);
}

function freeCandidates(env: Env, candidates: readonly PairingCandidate[]): PairingCandidate[] {
  const offline = new Set(availableJudgeModels(env).filter((m) => m.kind === 'offline').map((m) => m.id));
  return candidates.filter((c) => offline.has(c.id));
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
