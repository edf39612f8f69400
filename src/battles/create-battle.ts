// Starting a battle: pick two anonymous judges and store the round. Judges run later, when a client streams it.
import { ApiError } from '../errors';
import { database, type Database } from '../db/client';
import { readSettings } from '../config';
import { availableJudgeModels, hasPaidJudges } from '../judges/registry';
import { arenaRestingError, restingState } from '../judges/paid-calls';
import { drawShownOrders } from '../judges/pairwise-order';
import { insertBattle, loadBattle, POSITIONS, type StoredContent } from './battle-store';
import type { PublicBattle } from '../shared/api-types';
import { battleContent, contentOf, type BattleRequest } from './battle-content';
import { publicBattle } from './battle-view';
import { pairingCandidates } from './pairing-candidates';
import { choosePair, type PairingCandidate } from './pairing';
import { taskForJudge, taskOf } from './run-battle';
import { paidCallsForBattle } from '../judges/battle-cost';
import { reserveVisitorPaidCalls, visitorBudgetError } from '../judges/visitor-budget';
import { namedSample, sameText } from '../samples/verified-sample-id';

export type { BattleRequest };

/** What a new battle grades, and the sample id it keeps (one whose text it carries unchanged). */
interface ClaimedContent {
  content: StoredContent;
  sampleId?: string;
}

interface StartOptions {
  visitorId?: string;
  parentId?: string;
  random?: () => number;
}

export async function createBattle(env: Env, request: BattleRequest, options: StartOptions = {}): Promise<PublicBattle> {
  const db = database(env.DB);
  // A sample of another format is a 400, before any judge is paired or paid for.
  const claimed = namedSample(env, db, request).then((sample) => ({
    content: battleContent(request, sample),
    // A sample id the text does not match (a forged one, or a sample the visitor edited) makes it their own sample.
    sampleId: sample && sameText(sample, request) ? sample.id : undefined,
  }));
  return startBattle(env, db, claimed, options);
}

/** Pairs two judges for `claimed` and stores the battle; the sample is read while the arena's state is. */
async function startBattle(env: Env, db: Database, claimed: Promise<ClaimedContent>, options: StartOptions): Promise<PublicBattle> {
  const now = Date.now();
  const random = options.random ?? Math.random;
  const settings = readSettings(env);
  const [{ content, sampleId }, resting, candidates] = await Promise.all([
    claimed,
    restingState(db, settings, hasPaidJudges(env), now),
    pairingCandidates(env, db, now),
  ]);
  if (resting) throw arenaRestingError(resting, now);
  let pair = choosePair(candidates, random);
  if (!pair) {
    throw new ApiError(
      503,
      'no_judges',
      'Not enough judges are available right now (two are needed). Please try again in a few minutes.',
      { 'Retry-After': '60' },
    );
  }
  // Each pairwise judge is shown the responses in an order drawn for it alone (position bias, pairwise-order.ts).
  const judged = content.format === 'pairwise' ? { ...content, shownOrders: drawShownOrders(POSITIONS, random) } : { ...content, shownOrders: undefined };
  const { shownOrders } = judged;
  // The visitor's share of the day's paid calls is reserved now, before any judge runs (README "Cost control").
  const task = taskOf(content);
  const tasks = POSITIONS.map((p) => taskForJudge(task, shownOrders?.[p] ?? null));
  const cost = await paidCallsForBattle(env, db, settings, pair, tasks);
  if (!(await reserveVisitorPaidCalls(db, settings, options.visitorId, cost, now))) {
    // Offline baselines cost nothing, so a visitor past their share still gets a pair of them when there are two.
    pair = choosePair(freeCandidates(env, candidates), random);
    if (!pair) throw visitorBudgetError(settings, now);
  }
  const battle = {
    id: crypto.randomUUID(),
    sampleId,
    ...judged,
    models: pair,
    parentId: options.parentId,
    visitorId: options.visitorId,
    now,
  };
  await insertBattle(db, battle);
  return publicBattle(battle, shownOrders);
}

function freeCandidates(env: Env, candidates: readonly PairingCandidate[]): PairingCandidate[] {
  const offline = new Set(availableJudgeModels(env).filter((m) => m.kind === 'offline').map((m) => m.id));
  return candidates.filter((c) => offline.has(c.id));
}

/**
 * A new battle on the same sample, rubric and format, its pair drawn by the same rule as any new battle's:
 * independent of the parent (the same judges may return). Avoiding the parent's pair would tell who judged the
 * parent (issue 9).
 */
export async function regenerateBattle(env: Env, id: string, visitorId?: string, random?: () => number): Promise<PublicBattle> {
  const db = database(env.DB);
  const parent = await loadBattle(db, id);
  if (!parent) throw new ApiError(404, 'battle_not_found', 'No battle with this id.');
  // The parent's sample id was checked against its text when it was stored: it is kept, not read again.
  const claimed = Promise.resolve({ content: contentOf(parent), sampleId: parent.sampleId ?? undefined });
  return startBattle(env, db, claimed, { visitorId, parentId: parent.id, random });
}
