// The one writer of votes, pair counts and online Elo. Every vote passes through this single Durable Object,
// so the checks ("not yet voted", "under the visitor's quota") and the writes never race, and the counts always
// agree with the votes.
//
// A vote is decided by a pure function (vote-decision.ts) from the ledger's state (ledger-state.ts, one object
// in memory, built as a whole from D1). Deciding and applying it to the state is one synchronous step, so votes
// are decided strictly one after another without a queue, and a vote costs no D1 read when its battle was
// handed over at the end of its judging. Then it waits for D1: the votes decided while a D1 write is in flight
// go together in the next atomic batch (group commit), by the ledger's one writer (vote-writer.ts).
//
// A vote acknowledged to the client is never lost: it is in D1, or — when the D1 write failed — kept in the
// object's own storage (pending-votes.ts) before it is acknowledged, and an alarm writes it later, in order,
// exactly once (votes.battle_id is unique, and a batch either lands whole or not at all).
import { DurableObject } from 'cloudflare:workers';
import type { JudgeKind, RevealedModel } from '../shared/api-types';
import { readSettings } from '../config';
import { allJudgeModels } from '../judges/registry';
import type { JudgeModel } from '../judges/judge-model';
import { adoptLegacyPending } from './legacy-pending';
import { LedgerState, RecentMap } from './ledger-state';
import { PendingVotes } from './pending-votes';
import {
  battleFacts,
  decideVote,
  standingOf,
  STORAGE_UNAVAILABLE,
  type BattleFacts,
  type BattleHandover,
  type BattleRecord,
  type BattleStanding,
  type VoteContext,
  type VoteRequest,
  type VoteResult,
} from './vote-decision';
import { utcDayStart, type EligibilityRules } from './vote-eligibility';
import { battlesWithVotes, readBattleRecord, readCountedVotes, readLedgerSeed } from './vote-store';
import { VoteWriter } from './vote-writer';
import { KnownAnswers, type KnownAnswerRows } from './known-answers';
import { readKnownAnswers } from './known-answers-store';

export type { BattleHandover, VoteRequest, VoteResult } from './vote-decision';

/** Battles handed over and not voted on yet (oldest dropped first; D1 is the fallback). */
const MAX_BATTLES = 20_000;

/** What a vote needs from D1 when the state does not have it. */
interface FromD1 {
  battle?: BattleRecord | null;
  visitorCounted?: number;
  known?: KnownAnswerRows;
}

export class VoteLedger extends DurableObject<Env> {
  /** The D1 database this ledger writes to; a field so fault-injection tests can wrap it. */
  d1: D1Database;
  private readonly rules: EligibilityRules;
  private readonly pending: PendingVotes;
  /** Null until built from D1, and after a storage write failed (then it is built again, as a whole). */
  private state: LedgerState | null = null;
  private loading: Promise<LedgerState> | null = null;
  /** Facts of battles handed over at the end of their judging (immutable; not derived from D1). */
  private readonly battles = new RecentMap<BattleFacts>(MAX_BATTLES);
  /** The one way votes reach D1 (vote-writer.ts). */
  private readonly writer: VoteWriter;
  /** Every judge this deployment knows: the env is fixed for the object's life, so built once (not per vote). */
  private readonly models: readonly JudgeModel[];

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.d1 = env.DB;
    this.pending = new PendingVotes(ctx.storage);
    this.writer = new VoteWriter(
      { currentD1: () => this.d1, currentState: () => this.state, dropState: () => (this.state = null) },
      this.pending,
      ctx.storage,
    );
    this.models = allJudgeModels(env);
    const settings = readSettings(env);
    this.rules = {
      minVoteDelayMs: settings.MIN_VOTE_DELAY_MS,
      voteWindowMs: settings.VOTE_WINDOW_MINUTES * 60_000,
      visitorDailyCountedVotes: settings.VISITOR_DAILY_COUNTED_VOTES,
      revealedPromptVoteCap: settings.REVEALED_PROMPT_VOTE_CAP,
    };
  }

  /** Called by the worker when both judgments of a battle are complete, so its vote needs no D1 read. */
  async rememberBattle(battleId: string, handover: BattleHandover): Promise<void> {
    const facts = battleFacts(handover, this.kindOf, this.models);
    this.battles.set(battleId, facts);
    // What its vote will need and the state does not know (the known-answer rows, the visitor's counted votes
    // today), read now (best effort), so that deciding the vote needs no D1 read.
    try {
      const state = await this.loadedState();
      const now = Date.now();
      const visitorId = handover.visitorId ?? null;
      const missing = state.known.missing([{ ...facts, visitorId, receivedAt: now, counted: false }]);
      const [rows, counts] = await Promise.all([
        missing ? readKnownAnswers(this.d1, missing) : undefined,
        visitorId && state.countedOn(visitorId, now) === null ? readCountedVotes(this.d1, [visitorId], utcDayStart(now)) : undefined,
      ]);
      if (this.state !== state) return; // rebuilt meanwhile: the new state reads for itself
      // Both are ignored where a vote taught the state meanwhile (its own figures are newer).
      if (rows) state.known.learn(rows, now);
      if (visitorId && counts) state.learnCounted(visitorId, now, counts.get(visitorId) ?? 0);
    } catch (err) {
      console.warn('vote facts not read ahead', { battle: battleId, error: String(err) });
    }
  }

  /** Records a vote: decides whether it counts, applies it, writes vote + counts + Elo to D1 atomically. */
  async recordVote(request: VoteRequest): Promise<VoteResult> {
    let state: LedgerState;
    const fromD1: FromD1 = {};
    try {
      state = await this.loadedState();
      // Only what the state does not know is read from D1.
      const { battleId, visitorId, receivedAt } = request;
      const needBattle = !state.previousVote(battleId) && !this.battles.get(battleId);
      const [battle, counts] = await Promise.all([
        needBattle ? readBattleRecord(this.d1, battleId) : undefined,
        visitorId && state.countedOn(visitorId, receivedAt) === null ? readCountedVotes(this.d1, [visitorId], utcDayStart(receivedAt)) : undefined,
      ]);
      fromD1.battle = battle;
      fromD1.visitorCounted = visitorId ? counts?.get(visitorId) : undefined;
      // The known-answer rules need the battle's prompt and judges, so they are looked up once those are known.
      const facts = state.previousVote(battleId) ? null : (this.battles.get(battleId) ?? battle ?? null);
      const missing = facts && state.known.missing([{ ...facts, visitorId, receivedAt, counted: false }]);
      if (missing) fromD1.known = await readKnownAnswers(this.d1, missing);
    } catch (err) {
      console.error('votes could not be checked', { error: String(err) });
      return STORAGE_UNAVAILABLE;
    }
    if (this.state !== state) return this.recordVote(request); // rebuilt while D1 was read: decide on the new one
    // From here to `apply`, nothing awaits: no other vote can come between the decision and its effect.
    const decision = decideVote(request, this.context(state, request, fromD1), this.rules, crypto.randomUUID());
    if (!decision.record) return decision.result;
    state.apply(decision.record);
    this.battles.delete(request.battleId);
    const safe = await this.writer.safe(request.battleId);
    return safe ? decision.result : STORAGE_UNAVAILABLE;
  }

  /** Votes acknowledged but not yet in D1 (for status and tests). */
  async pendingCount(): Promise<number> {
    return this.pending.count();
  }

  async alarm(): Promise<void> {
    try {
      await this.loadedState();
    } catch (err) {
      console.error('vote ledger could not read D1', { error: String(err) });
      return this.writer.retryLater();
    }
    await this.writer.write();
  }

  /** The state this vote is decided on: the ledger's, what D1 said where it knew nothing, and the registry. */
  private context(state: LedgerState, request: VoteRequest, fromD1: FromD1): VoteContext {
    if (request.visitorId && fromD1.visitorCounted !== undefined) {
      state.learnCounted(request.visitorId, request.receivedAt, fromD1.visitorCounted);
    }
    if (fromD1.known) state.known.learn(fromD1.known, request.receivedAt);
    const battle = this.standing(state, request.battleId, fromD1.battle);
    const prompt = battle.state === 'open' ? battle.facts.promptHash : null;
    return {
      battle,
      visitorCountedToday: request.visitorId ? (state.countedOn(request.visitorId, request.receivedAt) ?? 0) : 0,
      promptSeenByVisitor: !!(prompt && request.visitorId && state.known.seenBy(request.visitorId, prompt, request.receivedAt)),
      countedSinceReveal: (modelId) => (prompt ? (state.known.judge(prompt, modelId)?.countedSinceReveal ?? null) : null),
      elo: (modelId) => state.eloOf(modelId),
      reveal: (modelId) => this.reveal(modelId),
    };
  }

  /** The state first: while D1 was read, another vote on this battle may have been decided. */
  private standing(state: LedgerState, battleId: string, stored: BattleRecord | null | undefined): BattleStanding {
    const previous = state.previousVote(battleId);
    if (previous) return { state: 'voted', previous };
    const facts = this.battles.get(battleId);
    if (facts) return { state: 'open', facts };
    return standingOf(stored ?? null, this.kindOf, this.models);
  }

  /** The state, built from D1's Elo and visitor counts and the kept votes when there is none. */
  private loadedState(): Promise<LedgerState> {
    if (this.state) return Promise.resolve(this.state);
    this.loading ??= this.loadState().finally(() => (this.loading = null));
    return this.loading;
  }

  private async loadState(): Promise<LedgerState> {
    const now = Date.now();
    await adoptLegacyPending(this.ctx.storage, this.d1, this.pending);
    let kept = this.pending.all();
    if (kept.length > 0) {
      // Kept votes whose write only looked failed are in D1 already: not twice.
      const landed = await battlesWithVotes(this.d1, kept.map((v) => v.battleId));
      this.pending.remove([...landed]);
      kept = kept.filter((v) => !landed.has(v.battleId));
    }
    const visitors = [...new Set(kept.flatMap((v) => (v.visitorId && utcDayStart(v.receivedAt) === utcDayStart(now) ? [v.visitorId] : [])))];
    const [seed, known] = await Promise.all([
      readLedgerSeed(this.d1, visitors, utcDayStart(now)),
      kept.length > 0 ? readKnownAnswers(this.d1, new KnownAnswers().missing(kept) ?? { visitors: [], judges: [] }) : undefined,
    ]);
    // Visitor rows are learnt for each UTC day the kept votes fall on: once per day, not once per vote.
    const days = new Set(kept.map((v) => utcDayStart(v.receivedAt)));
    this.state = LedgerState.load(seed, kept, now, (state) => {
      if (known) for (const day of days) state.learn(known, day);
    });
    if (kept.length > 0) void this.writer.write(); // kept votes need no new vote to be written
    return this.state;
  }

  private readonly kindOf = (modelId: string): JudgeKind => this.model(modelId)?.kind ?? 'llm';

  private model(id: string): JudgeModel | undefined {
    return this.models.find((m) => m.id === id);
  }

  private reveal(id: string): RevealedModel {
    const m = this.model(id);
    return { id, name: m?.name ?? id, organization: m?.organization ?? '', kind: m?.kind ?? 'llm' };
  }
}
