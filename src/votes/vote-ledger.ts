// The one writer of votes, pair counts and online Elo. Every vote passes through this single Durable Object,
// so the checks ("not yet voted", "under the visitor's quota") and the writes never race, and the counts always
// agree with the votes.
//
// A vote is decided by a pure function (vote-decision.ts) from the ledger's state, which lives in the object's
// own SQLite storage (ledger-state.ts). Deciding and recording it there is one synchronous step, so votes are
// decided strictly one after another without a queue, and a vote costs no D1 read when its battle was handed
// over at the end of its judging. Then it waits for D1: the votes recorded while a D1 write is in flight go
// together in the next atomic batch (group commit), through vote-store.ts.
//
// A vote acknowledged to the client is never lost: it is in the ledger's storage before it is acknowledged,
// and stays there until D1 has it; when a D1 write fails, an alarm retries, in order, exactly once
// (votes.battle_id is unique, and a batch either lands whole or not at all).
import { DurableObject } from 'cloudflare:workers';
import type { JudgeKind, RevealedModel } from '../api-types';
import { readSettings } from '../config';
import { findJudgeModel } from '../judges/registry';
import { utcDayStart, type EligibilityRules } from './vote-eligibility';
import { LedgerState } from './ledger-state';
import {
  battleFacts,
  decideVote,
  standingOf,
  STORAGE_UNAVAILABLE,
  type BattleHandover,
  type BattleRecord,
  type BattleStanding,
  type RecordedVote,
  type VoteContext,
  type VoteRequest,
  type VoteResult,
} from './vote-decision';
import { battlesWithVotes, readBattleRecord, readLedgerSeed, writeVotes } from './vote-store';

export type { BattleHandover, VoteRequest, VoteResult } from './vote-decision';

const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;
/** Votes written in one D1 batch at most (each is up to four statements). */
const MAX_GROUP = 20;

export class VoteLedger extends DurableObject<Env> {
  /** The D1 database this ledger writes to; a field so fault-injection tests can wrap it. */
  d1: D1Database;
  private readonly state: LedgerState;
  private readonly rules: EligibilityRules;
  /** The D1 write in progress, if any (votes recorded meanwhile wait for it, then go in the next batch). */
  private writing: Promise<void> | null = null;
  /** Voters waiting for the D1 write attempt of their vote, by battle. */
  private readonly waiting = new Map<string, () => void>();
  private seeding: Promise<void> | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.d1 = env.DB;
    this.state = new LedgerState(ctx.storage);
    const settings = readSettings(env);
    this.rules = {
      minVoteDelayMs: settings.MIN_VOTE_DELAY_MS,
      voteWindowMs: settings.VOTE_WINDOW_MINUTES * 60_000,
      visitorDailyCountedVotes: settings.VISITOR_DAILY_COUNTED_VOTES,
    };
  }

  /** Called by the worker when both judgments of a battle are complete, so its vote needs no D1 read. */
  async rememberBattle(battleId: string, facts: BattleHandover): Promise<void> {
    this.state.rememberBattle(battleId, battleFacts(facts, this.kindOf), Date.now());
  }

  /** Records a vote: decides whether it counts, keeps it, writes vote + counts + Elo to D1 atomically. */
  async recordVote(request: VoteRequest): Promise<VoteResult> {
    let stored: BattleRecord | null | undefined;
    try {
      await this.seeded();
      // Only a battle the ledger knows nothing of needs D1 to be decided.
      if (!this.state.previousVote(request.battleId) && !this.state.battleFacts(request.battleId)) {
        stored = await readBattleRecord(this.d1, request.battleId);
      }
    } catch (err) {
      console.error('votes could not be checked', { error: String(err) });
      return STORAGE_UNAVAILABLE;
    }
    // From here to `record`, nothing awaits: no other vote can come between the decision and its record.
    const decision = decideVote(request, this.context(request, stored), this.rules, crypto.randomUUID());
    if (!decision.record) return decision.result;
    this.state.record(decision.record);
    this.state.prune(request.receivedAt);
    await new Promise<void>((resolve) => {
      this.waiting.set(request.battleId, resolve);
      this.writing ??= this.writePending();
    });
    return decision.result;
  }

  /** Votes acknowledged but not yet in D1 (for status and tests). */
  async pendingCount(): Promise<number> {
    return this.state.pendingCount();
  }

  async alarm(): Promise<void> {
    await (this.writing ??= this.writePending());
  }

  /** The ledger's state for this vote; for a battle it knows nothing of, D1's record of it. */
  private context(request: VoteRequest, stored: BattleRecord | null | undefined): VoteContext {
    return {
      battle: this.standing(request.battleId, stored),
      visitorCountedToday: request.visitorId ? this.state.countedToday(request.visitorId, request.receivedAt) : 0,
      elo: (modelId) => this.state.elo(modelId),
      reveal: (modelId) => this.reveal(modelId),
    };
  }

  /** The state first: while D1 was read, another vote on this battle may have been recorded. */
  private standing(battleId: string, stored: BattleRecord | null | undefined): BattleStanding {
    const previous = this.state.previousVote(battleId);
    if (previous) return { state: 'voted', previous };
    const facts = this.state.battleFacts(battleId);
    if (facts) return { state: 'open', facts };
    return standingOf(stored ?? null, this.kindOf);
  }

  /**
   * Writes the pending votes to D1, oldest first, MAX_GROUP per atomic batch, until none is left or D1 fails
   * (then an alarm tries again). A voter is answered once an attempt with its vote was made: its vote is safe
   * whether D1 took it or it stays pending.
   */
  private async writePending(): Promise<void> {
    try {
      for (;;) {
        const group = this.state.pendingVotes(MAX_GROUP);
        if (group.length === 0) {
          this.state.resetRetries();
          return;
        }
        const battleIds = group.map((v) => v.battleId);
        const written = await this.writeGroup(battleIds, group);
        this.state.written(written);
        if (written.length === 0) {
          this.answer([...this.waiting.keys()]);
          await this.retryLater();
          return;
        }
        this.answer(battleIds);
      }
    } catch (err) {
      // A bug, not an outage: the votes are safe in storage; answer their voters and let the alarm retry.
      console.error('vote ledger write step failed', String(err));
      this.answer([...this.waiting.keys()]);
      await this.retryLater();
    } finally {
      this.writing = null;
      // Votes recorded after a failed attempt began try D1 again rather than wait for the alarm.
      if (this.waiting.size > 0) this.writing = this.writePending();
    }
  }

  private answer(battleIds: readonly string[]): void {
    for (const id of battleIds) {
      this.waiting.get(id)?.();
      this.waiting.delete(id);
    }
  }

  /** The battle ids of the group now in D1: all of it, those that had landed before, or none. */
  private async writeGroup(battleIds: string[], group: RecordedVote[]): Promise<string[]> {
    try {
      await writeVotes(this.d1, group);
      return battleIds;
    } catch (err) {
      console.error('D1 vote write failed', { votes: group.length, error: String(err) });
    }
    // A batch that only looked failed may have landed (its retry then fails on votes.battle_id): not twice.
    try {
      const landed = await battlesWithVotes(this.d1, battleIds);
      return battleIds.filter((id) => landed.has(id));
    } catch {
      return [];
    }
  }

  private async retryLater(): Promise<void> {
    const attempt = this.state.nextRetryAttempt();
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > Date.now() + delay) await this.ctx.storage.setAlarm(Date.now() + delay);
    console.warn('votes kept in ledger storage until D1 accepts them', { votes: this.state.pendingCount() });
  }

  /** A fresh ledger starts from D1's Elo and today's visitor counts, once; after that the state is its own. */
  private seeded(): Promise<void> {
    if (this.state.isSeeded()) return Promise.resolve();
    this.seeding ??= readLedgerSeed(this.d1, utcDayStart(Date.now()))
      .then((seed) => this.state.seed(seed, Date.now()))
      .finally(() => (this.seeding = null));
    return this.seeding;
  }

  private readonly kindOf = (modelId: string): JudgeKind => findJudgeModel(this.env, modelId)?.kind ?? 'llm';

  private reveal(id: string): RevealedModel {
    const m = findJudgeModel(this.env, id);
    return { id, name: m?.name ?? id, organization: m?.organization ?? '', kind: m?.kind ?? 'llm' };
  }
}
