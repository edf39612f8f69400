// The one writer of votes, pair counts and online Elo. Every vote passes through this single Durable Object,
// so checks ("not yet voted") and writes never race, and the counts always agree with the votes.
//
// A vote acknowledged to the client is never lost: when the D1 write fails, the decided vote is kept in the
// object's own (transactional) storage and an alarm applies it later, exactly once (the vote's battle id is
// unique in D1, and a vote and its counts are written in one atomic batch).
import { DurableObject } from 'cloudflare:workers';
import { readSettings } from '../config';
import { findJudgeModel } from '../judges/registry';
import type { Position, VoteChoice } from './vote-types';
import type { VoteAnswer } from '../battles/battle-view';
import { exclusionReason, utcDayStart } from './vote-eligibility';
import { outcomeFor, voteWriteStatements, type DecidedVote } from './vote-writes';

export interface VoteRequest {
  battleId: string;
  choice: VoteChoice;
  visitorId: string | null;
  idempotencyKey: string | null;
  receivedAt: number;
}

export type VoteResult =
  | { ok: true; answer: VoteAnswer; replayed: boolean }
  | { ok: false; status: 404 | 409 | 503; code: string; message: string };

/** When D1 cannot even be read, the vote cannot be checked: nothing is acknowledged, so nothing can be lost. */
const STORAGE_UNAVAILABLE: VoteResult = {
  ok: false,
  status: 503,
  code: 'storage_unavailable',
  message: 'Votes cannot be checked right now. Nothing was recorded; please try again in a moment.',
};

const PENDING_PREFIX = 'pending:';
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;

export class VoteLedger extends DurableObject<Env> {
  /** The D1 database this ledger writes to; a field so fault-injection tests can wrap it. */
  d1: D1Database;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.d1 = env.DB;
  }

  /** Records a vote: checks the battle, decides whether it counts, writes vote + counts + Elo atomically. */
  async recordVote(request: VoteRequest): Promise<VoteResult> {
    // D1 calls are outbound I/O, during which a Durable Object accepts other requests; this queue makes
    // each vote's read-check-write one uninterrupted step.
    return this.serially(async () => {
      try {
        return await this.apply(request);
      } catch (err) {
        console.error('vote could not be checked', { battle: request.battleId, error: String(err) });
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
    const pending = await this.ctx.storage.get<DecidedVote>(PENDING_PREFIX + request.battleId);
    if (pending) return this.answerRepeat(pending, request);

    const [battleRows, judgmentRows, voteRows] = await this.d1.batch([
      this.d1.prepare('SELECT id, model_a, model_b, status, created_at, judged_at FROM battles WHERE id = ?').bind(request.battleId),
      this.d1.prepare('SELECT position, status, critique FROM judgments WHERE battle_id = ?').bind(request.battleId),
      this.d1.prepare('SELECT choice, idempotency_key, response_json FROM votes WHERE battle_id = ?').bind(request.battleId),
    ]);
    const battle = battleRows.results[0] as
      | { id: string; model_a: string; model_b: string; status: string; created_at: number; judged_at: number | null }
      | undefined;
    if (!battle) return { ok: false, status: 404, code: 'battle_not_found', message: 'No battle with this id.' };

    const existing = voteRows.results[0] as { choice: VoteChoice; idempotency_key: string | null; response_json: string } | undefined;
    if (existing) {
      return this.answerRepeat(
        { choice: existing.choice, idempotencyKey: existing.idempotency_key, answer: JSON.parse(existing.response_json) } as DecidedVote,
        request,
      );
    }

    const judgments = judgmentRows.results as { position: Position; status: string; critique: string | null }[];
    if (judgments.length !== 2 || judgments.some((j) => j.status !== 'complete')) {
      const failed = judgments.some((j) => j.status === 'error');
      return {
        ok: false,
        status: 409,
        code: failed ? 'judgment_failed' : 'judgments_incomplete',
        message: failed
          ? 'A judge failed in this battle, so it cannot be voted on. Regenerate the judges to try again.'
          : 'Both judges must finish before you vote.',
      };
    }

    // Flush older acknowledged votes first, so Elo sees votes in the order they were cast.
    const backlog = await this.flushPending();
    const decided = await this.decide(request, battle, judgments);
    if (backlog === 0 && (await this.write(decided))) return { ok: true, answer: decided.answer, replayed: false };

    await this.ctx.storage.put(PENDING_PREFIX + request.battleId, decided);
    await this.scheduleRetry();
    console.warn('vote kept in ledger storage until D1 accepts it', { battle: request.battleId });
    return { ok: true, answer: decided.answer, replayed: false };
  }

  /** A second request for an already-voted battle: the same vote (or same Idempotency-Key) gets the same answer. */
  private answerRepeat(previous: Pick<DecidedVote, 'choice' | 'idempotencyKey' | 'answer'>, request: VoteRequest): VoteResult {
    const sameKey = request.idempotencyKey !== null && request.idempotencyKey === previous.idempotencyKey;
    if (sameKey || request.choice === previous.choice) return { ok: true, answer: previous.answer, replayed: true };
    return { ok: false, status: 409, code: 'already_voted', message: 'This battle already has a vote. Start a new round to vote again.' };
  }

  private async decide(
    request: VoteRequest,
    battle: { id: string; model_a: string; model_b: string; created_at: number; judged_at: number | null },
    judgments: { position: Position; critique: string | null }[],
  ): Promise<DecidedVote> {
    const settings = readSettings(this.env);
    const models = { A: battle.model_a, B: battle.model_b };
    const identity = (id: string) => {
      const m = findJudgeModel(this.env, id);
      return { id, name: m?.name ?? id, organization: m?.organization ?? '', kind: m?.kind ?? ('llm' as const) };
    };
    const [ratings, today] = await this.d1.batch([
      this.d1.prepare('SELECT model_id, elo FROM judge_stats WHERE model_id IN (?, ?)').bind(models.A, models.B),
      this.d1
        .prepare('SELECT COUNT(*) AS n FROM votes WHERE visitor_id = ? AND created_at >= ? AND counted = 1')
        .bind(request.visitorId, utcDayStart(request.receivedAt)),
    ]);
    const elo = new Map((ratings.results as { model_id: string; elo: number }[]).map((r) => [r.model_id, r.elo]));
    const reason = exclusionReason(
      {
        receivedAt: request.receivedAt,
        battleCreatedAt: battle.created_at,
        judgedAt: battle.judged_at,
        visitorCountedToday: request.visitorId ? ((today.results[0] as { n: number }).n ?? 0) : 0,
        critiques: judgments.map((j) => ({ text: j.critique ?? '', identity: identity(models[j.position]) })),
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
      modelA: models.A,
      modelB: models.B,
      visitorId: request.visitorId,
      idempotencyKey: request.idempotencyKey,
      counted: reason === null,
      excludedReason: reason,
      receivedAt: request.receivedAt,
      answer: {
        choice: request.choice,
        models: { A: reveal(models.A), B: reveal(models.B) },
        outcome: outcomeFor(request.choice, elo.get(models.A) ?? 1000, elo.get(models.B) ?? 1000),
      },
    };
  }

  /** One atomic D1 batch; false when D1 refused it. A vote that is already there counts as written. */
  private async write(vote: DecidedVote): Promise<boolean> {
    try {
      await this.d1.batch(await voteWriteStatements(this.d1, vote));
      return true;
    } catch (err) {
      if (/UNIQUE constraint failed: votes\.battle_id/i.test(String(err))) return true;
      console.error('D1 vote write failed', { battle: vote.battleId, error: String(err) });
      return false;
    }
  }

  /** Applies stored votes in the order they were received; returns how many are still waiting. */
  private async flushPending(): Promise<number> {
    const pending = [...(await this.ctx.storage.list<DecidedVote>({ prefix: PENDING_PREFIX })).values()].sort(
      (a, b) => a.receivedAt - b.receivedAt,
    );
    for (let i = 0; i < pending.length; i++) {
      if (!(await this.write(pending[i]))) return pending.length - i;
      await this.ctx.storage.delete(PENDING_PREFIX + pending[i].battleId);
    }
    return 0;
  }

  private async scheduleRetry(): Promise<void> {
    const attempt = ((await this.ctx.storage.get<number>('retryAttempt')) ?? 0) + 1;
    await this.ctx.storage.put('retryAttempt', attempt);
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > Date.now() + delay) await this.ctx.storage.setAlarm(Date.now() + delay);
  }
}
