// The one writer of votes, pair counts and online Elo. Every vote passes through this single Durable Object,
// so the checks ("not yet voted", "under the visitor's quota") and the writes never race, and the counts always
// agree with the votes.
//
// Being the only writer, the ledger keeps what it needs to decide a vote in memory (every judge's Elo, each
// visitor's counted votes today, recent answers), loaded from D1 once, so a vote costs one D1 round trip: the
// atomic write batch. "Already voted" is enforced by D1 itself (votes.battle_id is unique).
//
// A vote acknowledged to the client is never lost: when the D1 write fails, the decided vote is kept in the
// object's own transactional storage and an alarm applies it later, exactly once.
import { DurableObject } from 'cloudflare:workers';
import type { VoteAnswer } from '../api-types';
import { readSettings } from '../config';
import { findJudgeModel } from '../judges/registry';
import { exclusionReason, utcDayStart } from './vote-eligibility';
import type { Position, VoteChoice } from './vote-types';
import { outcomeFor, voteWriteStatements, type DecidedVote } from './vote-writes';

/** What the worker has already read about the battle (judgments complete), handed to the ledger with the vote. */
export interface BattleFacts {
  modelA: string;
  modelB: string;
  createdAt: number;
  judgedAt: number | null;
  critiques: Record<Position, string>;
}

export interface VoteRequest {
  battleId: string;
  choice: VoteChoice;
  visitorId: string | null;
  idempotencyKey: string | null;
  receivedAt: number;
  battle: BattleFacts;
}

export type VoteResult =
  | { ok: true; answer: VoteAnswer; replayed: boolean }
  | { ok: false; status: 409 | 503; code: string; message: string };

/** When D1 cannot even be read, the vote cannot be checked: nothing is acknowledged, so nothing can be lost. */
const STORAGE_UNAVAILABLE: VoteResult = {
  ok: false,
  status: 503,
  code: 'storage_unavailable',
  message: 'Votes cannot be checked right now. Nothing was recorded; please try again in a moment.',
};

const ALREADY_VOTED: VoteResult = {
  ok: false,
  status: 409,
  code: 'already_voted',
  message: 'This battle already has a vote. Start a new round to vote again.',
};

const PENDING_PREFIX = 'pending:';
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;
/** Recent answers kept in memory, so retried votes are answered without touching D1. */
const RECENT_ANSWERS = 5_000;

type PreviousVote = Pick<DecidedVote, 'choice' | 'idempotencyKey' | 'answer'>;

export class VoteLedger extends DurableObject<Env> {
  /** The D1 database this ledger writes to; a field so fault-injection tests can wrap it. */
  d1: D1Database;
  private tail: Promise<unknown> = Promise.resolve();
  /** Online Elo of every judge with counted votes; null until loaded (and after any doubtful write). */
  private elo: Map<string, number> | null = null;
  /** Counted votes today per visitor, for the daily quota; keyed by "day|visitor". */
  private visitorCounts = new Map<string, number>();
  private recent = new Map<string, PreviousVote>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.d1 = env.DB;
  }

  /** Records a vote: decides whether it counts, writes vote + counts + Elo atomically. */
  async recordVote(request: VoteRequest): Promise<VoteResult> {
    // D1 calls are outbound I/O, during which a Durable Object accepts other requests; this queue makes
    // each vote's check-decide-write one uninterrupted step.
    return this.serially(async () => {
      try {
        return await this.apply(request);
      } catch (err) {
        if (!(err instanceof StorageUnavailable)) throw err; // a bug is a bug, not an outage
        console.error('vote could not be checked', { battle: request.battleId, error: err.message });
        this.forgetCaches();
        return STORAGE_UNAVAILABLE;
      }
    });
  }

  /** Votes acknowledged but not yet in D1 (for status and tests). */
  async pendingCount(): Promise<number> {
    return (await this.ctx.storage.list({ prefix: PENDING_PREFIX })).size;
  }

  async alarm(): Promise<void> {
    await this.serially(async () => {
      const left = await this.flushPending();
      if (left > 0) await this.scheduleRetry();
      else await this.ctx.storage.delete('retryAttempt');
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => {});
    return run;
  }

  private async apply(request: VoteRequest): Promise<VoteResult> {
    const previous = this.recent.get(request.battleId) ?? (await this.ctx.storage.get<DecidedVote>(PENDING_PREFIX + request.battleId));
    if (previous) return answerRepeat(previous, request);

    // Older acknowledged votes go first, so Elo sees votes in the order they were cast.
    const backlog = await this.flushPending();
    const decided = await this.decide(request);
    if (backlog === 0) {
      const written = await this.write(decided);
      if (written === 'written') return { ok: true, answer: decided.answer, replayed: false };
      if (written === 'already_voted') return this.answerFromD1(request);
    }
    await this.ctx.storage.put(PENDING_PREFIX + request.battleId, decided);
    await this.scheduleRetry();
    console.warn('vote kept in ledger storage until D1 accepts it', { battle: request.battleId });
    return { ok: true, answer: decided.answer, replayed: false };
  }

  /** The battle was voted on before (by another request, or before this object's memory): answer from D1. */
  private async answerFromD1(request: VoteRequest): Promise<VoteResult> {
    const row = await read(() =>
      this.d1
        .prepare('SELECT choice, idempotency_key, response_json FROM votes WHERE battle_id = ?')
        .bind(request.battleId)
        .first<{ choice: VoteChoice; idempotency_key: string | null; response_json: string }>(),
    );
    if (!row) throw new Error('vote vanished after a unique-constraint conflict');
    const previous = { choice: row.choice, idempotencyKey: row.idempotency_key, answer: JSON.parse(row.response_json) as VoteAnswer };
    this.remember(request.battleId, previous);
    return answerRepeat(previous, request);
  }

  private async decide(request: VoteRequest): Promise<DecidedVote> {
    const settings = readSettings(this.env);
    const { battle } = request;
    const elo = await this.ratings();
    const identity = (id: string) => {
      const m = findJudgeModel(this.env, id);
      return { id, name: m?.name ?? id, organization: m?.organization ?? '', kind: m?.kind ?? ('llm' as const) };
    };
    const reason = exclusionReason(
      {
        receivedAt: request.receivedAt,
        battleCreatedAt: battle.createdAt,
        judgedAt: battle.judgedAt,
        visitorCountedToday: request.visitorId ? await this.countedToday(request.visitorId, request.receivedAt) : 0,
        critiques: [
          { text: battle.critiques.A, identity: identity(battle.modelA) },
          { text: battle.critiques.B, identity: identity(battle.modelB) },
        ],
      },
      {
        minVoteDelayMs: settings.MIN_VOTE_DELAY_MS,
        voteWindowMs: settings.VOTE_WINDOW_MINUTES * 60_000,
        visitorDailyCountedVotes: settings.VISITOR_DAILY_COUNTED_VOTES,
      },
    );
    const reveal = (id: string) => {
      const { name, organization, kind } = identity(id);
      return { id, name, organization, kind };
    };
    return {
      voteId: crypto.randomUUID(),
      battleId: request.battleId,
      choice: request.choice,
      modelA: battle.modelA,
      modelB: battle.modelB,
      visitorId: request.visitorId,
      idempotencyKey: request.idempotencyKey,
      counted: reason === null,
      excludedReason: reason,
      receivedAt: request.receivedAt,
      answer: {
        choice: request.choice,
        models: { A: reveal(battle.modelA), B: reveal(battle.modelB) },
        outcome: outcomeFor(request.choice, elo.get(battle.modelA) ?? 1000, elo.get(battle.modelB) ?? 1000),
      },
    };
  }

  /** One atomic D1 batch. Memory is updated only after D1 has accepted it. */
  private async write(vote: DecidedVote): Promise<'written' | 'already_voted' | 'failed'> {
    const elo = await this.ratings();
    const { statements, elo: change } = voteWriteStatements(this.d1, vote, [elo.get(vote.modelA) ?? 1000, elo.get(vote.modelB) ?? 1000]);
    try {
      await this.d1.batch(statements);
    } catch (err) {
      if (/UNIQUE constraint failed: votes\.battle_id/i.test(String(err))) return 'already_voted';
      console.error('D1 vote write failed', { battle: vote.battleId, error: String(err) });
      // The batch may or may not have landed; reload the counters from D1 before trusting them again.
      this.forgetCaches();
      return 'failed';
    }
    if (change) {
      elo.set(vote.modelA, change.after[0]);
      elo.set(vote.modelB, change.after[1]);
    }
    if (vote.counted && vote.visitorId) {
      const key = visitorKey(vote.visitorId, vote.receivedAt);
      const known = this.visitorCounts.get(key);
      if (known !== undefined) this.visitorCounts.set(key, known + 1);
    }
    this.remember(vote.battleId, vote);
    return 'written';
  }

  /** Applies stored votes in the order they were received; returns how many are still waiting. */
  private async flushPending(): Promise<number> {
    const pending = [...(await this.ctx.storage.list<DecidedVote>({ prefix: PENDING_PREFIX })).values()].sort(
      (a, b) => a.receivedAt - b.receivedAt,
    );
    for (let i = 0; i < pending.length; i++) {
      const outcome = await this.write(pending[i]);
      if (outcome === 'failed') return pending.length - i;
      // 'already_voted': a write that looked failed had in fact landed; it must not be applied twice.
      if (outcome === 'already_voted') this.forgetCaches();
      await this.ctx.storage.delete(PENDING_PREFIX + pending[i].battleId);
    }
    return 0;
  }

  private async ratings(): Promise<Map<string, number>> {
    if (!this.elo) {
      const rows = await read(() => this.d1.prepare('SELECT model_id, elo FROM judge_stats').all<{ model_id: string; elo: number }>());
      this.elo = new Map(rows.results.map((r) => [r.model_id, r.elo]));
    }
    return this.elo;
  }

  private async countedToday(visitorId: string, now: number): Promise<number> {
    const key = visitorKey(visitorId, now);
    let count = this.visitorCounts.get(key);
    if (count === undefined) {
      const row = await read(() =>
        this.d1
          .prepare('SELECT COUNT(*) AS n FROM votes WHERE visitor_id = ? AND created_at >= ? AND counted = 1')
          .bind(visitorId, utcDayStart(now))
          .first<{ n: number }>(),
      );
      count = row?.n ?? 0;
      if (this.visitorCounts.size > 50_000) this.visitorCounts.clear();
      this.visitorCounts.set(key, count);
    }
    return count;
  }

  private remember(battleId: string, vote: PreviousVote): void {
    this.recent.set(battleId, { choice: vote.choice, idempotencyKey: vote.idempotencyKey, answer: vote.answer });
    if (this.recent.size > RECENT_ANSWERS) this.recent.delete(this.recent.keys().next().value!);
  }

  private forgetCaches(): void {
    this.elo = null;
    this.visitorCounts.clear();
  }

  private async scheduleRetry(): Promise<void> {
    const attempt = ((await this.ctx.storage.get<number>('retryAttempt')) ?? 0) + 1;
    await this.ctx.storage.put('retryAttempt', attempt);
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > Date.now() + delay) await this.ctx.storage.setAlarm(Date.now() + delay);
  }
}

/** A repeated vote on a battle: the same choice (or the same Idempotency-Key) gets the same answer. */
function answerRepeat(previous: PreviousVote, request: VoteRequest): VoteResult {
  const sameKey = request.idempotencyKey !== null && request.idempotencyKey === previous.idempotencyKey;
  if (sameKey || request.choice === previous.choice) return { ok: true, answer: previous.answer, replayed: true };
  return ALREADY_VOTED;
}

/** D1 could not be read: the vote cannot be decided (and nothing is acknowledged). */
class StorageUnavailable extends Error {}

async function read<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (err) {
    throw new StorageUnavailable(String(err));
  }
}

function visitorKey(visitorId: string, now: number): string {
  return `${utcDayStart(now)}|${visitorId}`;
}
