// The vote decision, pure: what the ledger knows about one battle + the vote → the answer and the writes to make.
// No I/O, no clock, no randomness (the vote id and the time come in with the request), so it is tested directly.
import type { JudgeKind, Position, RevealedModel, VoteAnswer, VoteChoice } from '../shared/api-types';
import type { BattleSlice } from '../shared/leaderboard-slices';
import { eloUpdate } from '../ranking/elo';
import { styleOfBattle } from './style-features';
import { exclusionReason, leaksIdentity, type EligibilityRules, type ExclusionReason, type JudgeIdentity } from './vote-eligibility';

/** A vote as the worker hands it to the ledger. */
export interface VoteRequest {
  battleId: string;
  choice: VoteChoice;
  visitorId: string | null;
  idempotencyKey: string | null;
  receivedAt: number;
}

/** What the worker hands the ledger when both judgments of a battle are complete. */
export interface BattleHandover {
  modelA: string;
  modelB: string;
  createdAt: number;
  judgedAt: number | null;
  critiques: string[];
  /** The two reasonings (A first), scanned for names like the critiques; absent or '' where a judge wrote none. */
  reasonings?: string[];
  /** The battle's prompt (sample text + rubric, battles.prompt_hash); null for a legacy battle not backfilled. */
  promptHash?: string | null;
  /** Who started the battle (likely its voter), so the ledger can look up what the vote will need ahead of it. */
  visitorId?: string | null;
  /** The two scores (A first), for style control; absent or null where a judgment has none. */
  scores?: (number | null)[];
  /** The battle's format and category: the leaderboard slice its counted vote lands in. */
  slice?: BattleSlice;
}

/** What deciding a vote needs to know about its battle once both judgments are complete. */
export interface BattleFacts {
  modelA: string;
  modelB: string;
  createdAt: number;
  judgedAt: number | null;
  /** A critique named a model (the stream withheld it); such a vote is not counted. */
  identityLeaked: boolean;
  /** What the known-answer rules key on; null (no such rule applies) for a legacy battle without one. */
  promptHash: string | null;
  /** The battle's style features A − B (style-features.ts), written with a counted vote. */
  style?: number[];
  /** The leaderboard slice a counted vote lands in; absent only for a battle handed over without it. */
  slice?: BattleSlice;
}

/** The vote a battle already has: enough to answer a repeat. */
export interface PreviousVote {
  choice: VoteChoice;
  idempotencyKey: string | null;
  answer: VoteAnswer;
}

/** Why a battle cannot take a vote (yet). */
export type UnvotableBattle = 'battle_not_found' | 'judgments_incomplete' | 'judgment_failed';

/** Where a battle stands for a vote: it has one already, it is open for one, or it cannot take one. */
export type BattleStanding =
  | { state: 'voted'; previous: PreviousVote }
  | { state: 'open'; facts: BattleFacts }
  | { state: UnvotableBattle };

/** The ledger's state as far as one vote is concerned. */
export interface VoteContext {
  battle: BattleStanding;
  /** Counted votes this visitor already has on the vote's UTC day (0 without a visitor id). */
  visitorCountedToday: number;
  /** Whether this visitor has been answered a vote on this battle's prompt before (false without a visitor id). */
  promptSeenByVisitor: boolean;
  /** Counted votes involving the judge on the battle's prompt since its judgment of it was first revealed; null if never revealed. */
  countedSinceReveal(modelId: string): number | null;
  /** A judge's online Elo before this vote. */
  elo(modelId: string): number;
  /** A judge as the answer reveals it. */
  reveal(modelId: string): RevealedModel;
}

/** A vote decided and to be written: the vote row and, when it counts, both judges' Elo after it. */
export interface RecordedVote {
  voteId: string;
  battleId: string;
  choice: VoteChoice;
  modelA: string;
  modelB: string;
  visitorId: string | null;
  idempotencyKey: string | null;
  /** The battle's prompt: the vote reveals both judges' judgments of it (absent in votes kept before it was recorded). */
  promptHash?: string | null;
  counted: boolean;
  excludedReason: ExclusionReason | null;
  receivedAt: number;
  answer: VoteAnswer;
  eloAfter: Record<Position, number> | null;
  /** Style features A − B of the battle; absent in votes kept before style control existed. */
  style?: number[];
  /** The battle's slice; absent in votes kept before slices existed (the store then reads the battle's row). */
  slice?: BattleSlice;
}

export type VoteResult =
  | { ok: true; answer: VoteAnswer; replayed: boolean }
  | { ok: false; status: 404 | 409 | 503; code: string; message: string };

export type VoteDecision = { result: VoteResult; record: null } | { result: VoteResult & { ok: true }; record: RecordedVote };

export const STORAGE_UNAVAILABLE: VoteResult = {
  ok: false,
  status: 503,
  code: 'storage_unavailable',
  message: 'Votes cannot be checked right now. Nothing was recorded; please try again in a moment.',
};

const REFUSALS: Record<UnvotableBattle | 'already_voted', VoteResult & { ok: false }> = {
  already_voted: {
    ok: false,
    status: 409,
    code: 'already_voted',
    message: 'This battle already has a vote. Start a new round to vote again.',
  },
  battle_not_found: { ok: false, status: 404, code: 'battle_not_found', message: 'No battle with this id.' },
  judgment_failed: {
    ok: false,
    status: 409,
    code: 'judgment_failed',
    message: 'A judge failed in this battle, so it cannot be voted on. Regenerate the judges to try again.',
  },
  judgments_incomplete: {
    ok: false,
    status: 409,
    code: 'judgments_incomplete',
    message: 'Both judges must finish before you vote.',
  },
};

export function decideVote(request: VoteRequest, context: VoteContext, rules: EligibilityRules, voteId: string): VoteDecision {
  const standing = context.battle;
  if (standing.state === 'voted') return { result: answerRepeat(standing.previous, request), record: null };
  if (standing.state !== 'open') return { result: REFUSALS[standing.state], record: null };

  const battle = standing.facts;
  const reason = exclusionReason(
    {
      receivedAt: request.receivedAt,
      battleCreatedAt: battle.createdAt,
      judgedAt: battle.judgedAt,
      visitorCountedToday: context.visitorCountedToday,
      identityLeaked: battle.identityLeaked,
      promptSeenByVisitor: battle.promptHash !== null && context.promptSeenByVisitor,
      countedSinceReveal:
        battle.promptHash === null
          ? []
          : [battle.modelA, battle.modelB].map((m) => context.countedSinceReveal(m)).filter((n): n is number => n !== null),
    },
    rules,
  );
  const elo = { A: context.elo(battle.modelA), B: context.elo(battle.modelB) };
  const answer: VoteAnswer = {
    choice: request.choice,
    models: { A: context.reveal(battle.modelA), B: context.reveal(battle.modelB) },
    outcome: outcomeFor(request.choice, elo.A, elo.B),
  };
  const counted = reason === null;
  const record: RecordedVote = {
    voteId,
    battleId: request.battleId,
    choice: request.choice,
    modelA: battle.modelA,
    modelB: battle.modelB,
    visitorId: request.visitorId,
    idempotencyKey: request.idempotencyKey,
    promptHash: battle.promptHash,
    counted,
    excludedReason: reason,
    receivedAt: request.receivedAt,
    answer,
    eloAfter: counted ? eloAfter(elo, request.choice) : null,
    style: battle.style,
    slice: battle.slice,
  };
  return { result: { ok: true, answer, replayed: false }, record };
}

function eloAfter(elo: Record<Position, number>, choice: VoteChoice): Record<Position, number> {
  const [A, B] = eloUpdate(elo.A, elo.B, choice);
  return { A, B };
}

/** A repeated vote on a battle: the same choice (or the same Idempotency-Key) gets the same answer. */
function answerRepeat(previous: PreviousVote, request: VoteRequest): VoteResult {
  const sameKey = request.idempotencyKey !== null && request.idempotencyKey === previous.idempotencyKey;
  if (sameKey || request.choice === previous.choice) return { ok: true, answer: previous.answer, replayed: true };
  return REFUSALS.already_voted;
}

/** favourite = the judge rated higher (online Elo) before the vote; equal ratings make the winner the favourite. */
export function outcomeFor(choice: VoteChoice, eloA: number, eloB: number): VoteAnswer['outcome'] {
  if (choice === 'tie' || choice === 'both_bad') return 'tie';
  const [winner, loser] = choice === 'A' ? [eloA, eloB] : [eloB, eloA];
  return winner >= loser ? 'favourite' : 'underdog';
}

/** The facts of a handed-over battle. A leak by either judge makes the vote not blind: the visitor saw a name withheld. */
export function battleFacts(
  handover: BattleHandover,
  kindOf: (modelId: string) => JudgeKind,
  knownModels?: JudgeIdentity['knownModels'],
): BattleFacts {
  const kinds = [kindOf(handover.modelA), kindOf(handover.modelB)];
  return {
    modelA: handover.modelA,
    modelB: handover.modelB,
    createdAt: handover.createdAt,
    judgedAt: handover.judgedAt,
    promptHash: handover.promptHash ?? null,
    identityLeaked: [...handover.critiques, ...(handover.reasonings ?? [])].some((c) => kinds.some((kind) => leaksIdentity(c, { kind, knownModels }))),
    style: styleOfBattle(handover.critiques, handover.scores ?? []),
    ...(handover.slice ? { slice: handover.slice } : {}),
  };
}

/** A battle as stored in D1 (battles, judgments and votes rows), for a battle the ledger was not handed. */
export interface BattleRecord {
  modelA: string;
  modelB: string;
  status: string;
  createdAt: number;
  judgedAt: number | null;
  promptHash: string | null;
  format: BattleSlice['format'];
  category: BattleSlice['category'];
  /** In position order (A, B). */
  judgments: { status: string; critique: string | null; reasoning?: string | null; score?: number | null }[];
  vote: PreviousVote | null;
}

/** What a battle read from D1 says about a vote on it. */
export function standingOf(
  stored: BattleRecord | null,
  kindOf: (modelId: string) => JudgeKind,
  knownModels?: JudgeIdentity['knownModels'],
): BattleStanding {
  if (!stored) return { state: 'battle_not_found' };
  if (stored.vote) return { state: 'voted', previous: stored.vote };
  const { judgments } = stored;
  if (judgments.some((j) => j.status === 'error')) return { state: 'judgment_failed' };
  if (stored.status === 'voted' || judgments.length !== 2 || judgments.some((j) => j.status !== 'complete')) {
    return { state: 'judgments_incomplete' };
  }
  const critiques = judgments.map((j) => j.critique ?? '');
  const reasonings = judgments.map((j) => j.reasoning ?? '');
  const scores = judgments.map((j) => j.score ?? null);
  const slice = { format: stored.format, category: stored.category };
  return { state: 'open', facts: battleFacts({ ...stored, critiques, reasonings, scores, slice }, kindOf, knownModels) };
}
