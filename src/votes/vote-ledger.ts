// The one writer of votes, pair counts and online Elo. Every vote passes through this single Durable Object,
// so the checks ("not yet voted", "under the visitor's quota") and the writes never race, and the counts always
// agree with the votes.
//
// Fast path. Being the only writer, the ledger keeps what it needs to decide a vote in memory: every judge's
// Elo, each visitor's counted votes today, recent answers, and the facts of battles whose judgments just
// finished (the worker hands them over when a run ends). Votes that arrive while a write is in flight are
// decided in order and written together in one atomic D1 batch (group commit). So a vote costs no D1 read and
// shares one D1 round trip with the votes queued beside it. Anything not in memory is read from D1.
//
// A vote acknowledged to the client is never lost: when the D1 write fails, the decided votes are kept in the
// object's own transactional storage and an alarm applies them later, exactly once (votes.battle_id is unique).
import { DurableObject } from 'cloudflare:workers';
import type { VoteAnswer, VoteChoice } from '../shared/api-types';
import { readSettings, type Settings } from '../config';
import { allJudgeModels, findJudgeModel } from '../judges/registry';
import { exclusionReason, leaksIdentity, utcDayStart } from './vote-eligibility';
import { outcomeFor, voteWriteStatements, type DecidedVote } from './vote-writes';

/** What deciding a vote needs to know about its battle once both judgments are complete. */
export interface BattleFacts {
  modelA: string;
  modelB: string;
  createdAt: number;
  judgedAt: number | null;
  /** A critique named a model (the stream withheld it); such a vote is not counted. */
  identityLeaked: boolean;
}

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
const NOT_FOUND: VoteResult = { ok: false, status: 404, code: 'battle_not_found', message: 'No battle with this id.' };
const JUDGMENT_FAILED: VoteResult = {
  ok: false,
  status: 409,
  code: 'judgment_failed',
  message: 'A judge failed in this battle, so it cannot be voted on. Regenerate the judges to try again.',
};
const JUDGMENTS_INCOMPLETE: VoteResult = {
  ok: false,
  status: 409,
  code: 'judgments_incomplete',
  message: 'Both judges must finish before you vote.',
};

const PENDING_PREFIX = 'pending:';
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;
/** Votes written in one D1 batch at most (each is up to five statements). */
const MAX_GROUP = 20;
/** Memory bounds: recent answers and finished battles awaiting a vote (oldest dropped first; D1 is the fallback). */
const MAX_RECENT = 5_000;
const MAX_BATTLES = 20_000;
const MAX_VISITORS = 50_000;

type PreviousVote = Pick<DecidedVote, 'choice' | 'idempotencyKey' | 'answer'>;
interface Job {
  request: VoteRequest;
  resolve(result: VoteResult): void;
  reject(error: unknown): void;
}

export class VoteLedger extends DurableObject<Env> {
  /** The D1 database this ledger writes to; a field so fault-injection tests can wrap it. */
  d1: D1Database;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting: Job[] = [];
  /** Online Elo of every judge with counted votes; null until loaded (and after any doubtful write). */
  private elo: Map<string, number> | null = null;
  /** Counted votes per visitor per UTC day, keyed by "day|visitor"; loaded per visitor on first sight. */
  private visitorCounts = new Map<string, number>();
  private recent = new Map<string, PreviousVote>();
  private battles = new Map<string, BattleFacts>();
  /** Mirror of the acknowledged votes waiting in storage for D1 (storage is the truth; loaded once). */
  private pending: Map<string, DecidedVote> | null = null;

  /** The vote rules' settings; an object's env never changes, so they are read once. */
  private readonly settings: Settings;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.d1 = env.DB;
    this.settings = readSettings(env);
  }

  /** Called by the worker when both judgments of a battle are complete, so its vote needs no D1 read. */
  async rememberBattle(battleId: string, facts: Omit<BattleFacts, 'identityLeaked'> & { critiques: string[] }): Promise<void> {
    remember(this.battles, battleId, this.withLeakCheck(facts), MAX_BATTLES);
  }

  /** Records a vote: decides whether it counts, writes vote + counts + Elo atomically (with any queued beside it). */
  recordVote(request: VoteRequest): Promise<VoteResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      if (this.waiting.length === 1) this.schedule(() => this.applyWaiting());
    });
  }

  /** Votes acknowledged but not yet in D1 (for status and tests). */
  async pendingCount(): Promise<number> {
    return (await this.ctx.storage.list({ prefix: PENDING_PREFIX })).size;
  }

  async alarm(): Promise<void> {
    await this.schedule(async () => {
      const left = await this.flushPending();
      if (left > 0) await this.scheduleRetry();
      else await this.ctx.storage.delete('retryAttempt');
    });
  }

  /** One step at a time: D1 calls are outbound I/O, during which a Durable Object accepts other requests. */
  private schedule<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch((err) => console.error('vote ledger step failed', String(err)));
    return run;
  }

  private async applyWaiting(): Promise<void> {
    const group = this.waiting.splice(0, MAX_GROUP);
    if (this.waiting.length > 0) this.schedule(() => this.applyWaiting());
    const unanswered = new Set(group);
    const answer = (job: Job, result: VoteResult) => {
      unanswered.delete(job);
      job.resolve(result);
    };
    try {
      await this.applyGroup(group, answer);
    } catch (err) {
      if (!(err instanceof StorageUnavailable)) {
        for (const job of unanswered) job.reject(err); // a bug is a bug, not an outage
        return;
      }
      // D1 could not be read: these votes could not be decided, and none of them was acknowledged.
      console.error('votes could not be checked', { error: err.message });
      this.forgetCaches();
      for (const job of unanswered) answer(job, STORAGE_UNAVAILABLE);
    }
  }

  private async applyGroup(group: Job[], answer: (job: Job, result: VoteResult) => void): Promise<void> {
    // Older acknowledged votes go first, so Elo sees votes in the order they were cast.
    const backlog = await this.flushPending();
    const elo = new Map(await this.ratings()); // working copies, kept only if D1 takes the batch
    const counts = new Map<string, number>();
    const statements: D1PreparedStatement[] = [];
    const decided: { job: Job; vote: DecidedVote }[] = [];
    const inGroup = new Map<string, DecidedVote>();

    for (const job of group) {
      const { request } = job;
      const previous =
        this.recent.get(request.battleId) ??
        inGroup.get(request.battleId) ??
        (await this.pendingVotes()).get(request.battleId);
      if (previous) {
        answer(job, answerRepeat(previous, request));
        continue;
      }
      const facts = await this.battleFacts(request);
      if ('ok' in facts) {
        answer(job, facts);
        continue;
      }
      const visitorKey = request.visitorId ? dayKey(request.visitorId, request.receivedAt) : null;
      const countedToday = visitorKey ? (counts.get(visitorKey) ?? (await this.countedToday(request.visitorId!, request.receivedAt))) : 0;
      const vote = this.decide(request, facts, elo, countedToday);
      statements.push(...this.writeStatements(vote, elo));
      if (vote.counted && visitorKey) counts.set(visitorKey, countedToday + 1);
      inGroup.set(request.battleId, vote);
      decided.push({ job, vote });
    }
    if (decided.length === 0) return;

    if (backlog === 0 && (await this.commit(statements))) {
      this.elo = elo;
      for (const [key, n] of counts) remember(this.visitorCounts, key, n, MAX_VISITORS);
      for (const { job, vote } of decided) {
        this.rememberAnswer(vote.battleId, vote);
        this.battles.delete(vote.battleId);
        answer(job, { ok: true, answer: vote.answer, replayed: false });
      }
      return;
    }
    // D1 refused the batch (or older votes still wait): keep each vote durably, acknowledge, retry by alarm.
    for (const { job, vote } of decided) {
      await this.ctx.storage.put(PENDING_PREFIX + vote.battleId, vote);
      (await this.pendingVotes()).set(vote.battleId, vote);
      answer(job, { ok: true, answer: vote.answer, replayed: false });
    }
    await this.scheduleRetry();
    console.warn('votes kept in ledger storage until D1 accepts them', { votes: decided.length });
  }

  /** The battle's facts from memory, else from D1 — or the answer when it cannot be voted on. */
  private async battleFacts(request: VoteRequest): Promise<BattleFacts | VoteResult> {
    const known = this.battles.get(request.battleId);
    if (known) return known;
    const [battleRows, judgmentRows] = await read(() =>
      this.d1.batch([
        this.d1.prepare('SELECT model_a, model_b, status, created_at, judged_at FROM battles WHERE id = ?').bind(request.battleId),
        this.d1.prepare('SELECT status, critique FROM judgments WHERE battle_id = ?').bind(request.battleId),
      ]),
    );
    const battle = battleRows.results[0] as
      | { model_a: string; model_b: string; status: string; created_at: number; judged_at: number | null }
      | undefined;
    if (!battle) return NOT_FOUND;
    if (battle.status === 'voted') return this.answerFromD1(request);
    const judgments = judgmentRows.results as { status: string; critique: string | null }[];
    if (judgments.some((j) => j.status === 'error')) return JUDGMENT_FAILED;
    if (judgments.length !== 2 || judgments.some((j) => j.status !== 'complete')) return JUDGMENTS_INCOMPLETE;
    return this.withLeakCheck({
      modelA: battle.model_a,
      modelB: battle.model_b,
      createdAt: battle.created_at,
      judgedAt: battle.judged_at,
      critiques: judgments.map((j) => j.critique ?? ''),
    });
  }

  private withLeakCheck(facts: Omit<BattleFacts, 'identityLeaked'> & { critiques: string[] }): BattleFacts {
    const kind = (id: string) => findJudgeModel(this.env, id)?.kind ?? 'llm';
    const kinds = [kind(facts.modelA), kind(facts.modelB)];
    return {
      modelA: facts.modelA,
      modelB: facts.modelB,
      createdAt: facts.createdAt,
      judgedAt: facts.judgedAt,
      // A leak by either judge makes the vote not blind: the visitor saw that a name was withheld.
      identityLeaked: facts.critiques.some((c) => kinds.some((k) => leaksIdentity(c, { kind: k, knownModels: allJudgeModels(this.env) }))),
    };
  }

  private decide(request: VoteRequest, battle: BattleFacts, elo: Map<string, number>, countedToday: number): DecidedVote {
    const settings = this.settings;
    const reason = exclusionReason(
      {
        receivedAt: request.receivedAt,
        battleCreatedAt: battle.createdAt,
        judgedAt: battle.judgedAt,
        visitorCountedToday: countedToday,
        identityLeaked: battle.identityLeaked,
      },
      {
        minVoteDelayMs: settings.MIN_VOTE_DELAY_MS,
        voteWindowMs: settings.VOTE_WINDOW_MINUTES * 60_000,
        visitorDailyCountedVotes: settings.VISITOR_DAILY_COUNTED_VOTES,
      },
    );
    const reveal = (id: string) => {
      const m = findJudgeModel(this.env, id);
      return { id, name: m?.name ?? id, organization: m?.organization ?? '', kind: m?.kind ?? ('llm' as const) };
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

  /** The statements of one vote; `elo` (the working ratings) moves on by the vote when it counts. */
  private writeStatements(vote: DecidedVote, elo: Map<string, number>): D1PreparedStatement[] {
    const written = voteWriteStatements(this.d1, vote, [elo.get(vote.modelA) ?? 1000, elo.get(vote.modelB) ?? 1000]);
    if (written.elo) {
      elo.set(vote.modelA, written.elo.after[0]);
      elo.set(vote.modelB, written.elo.after[1]);
    }
    return written.statements;
  }

  /** One atomic D1 batch; false when D1 refused it. */
  private async commit(statements: D1PreparedStatement[]): Promise<boolean> {
    try {
      await this.d1.batch(statements);
      return true;
    } catch (err) {
      console.error('D1 vote write failed', { statements: statements.length, error: String(err) });
      // The batch may or may not have landed; reload the counters from D1 before trusting them again.
      this.forgetCaches();
      return false;
    }
  }

  /** Applies stored votes one by one in the order they were received; returns how many are still waiting. */
  private async flushPending(): Promise<number> {
    const waiting = await this.pendingVotes();
    if (waiting.size === 0) return 0;
    const pending = [...waiting.values()].sort((a, b) => a.receivedAt - b.receivedAt);
    for (let i = 0; i < pending.length; i++) {
      const vote = pending[i];
      const elo = await this.ratings().catch(() => null);
      if (!elo) return pending.length - i;
      const working = new Map(elo);
      if (await this.commit(this.writeStatements(vote, working))) {
        this.elo = working;
      } else {
        // A vote that did land before (its write only looked failed) must not be applied twice.
        const landed = await this.d1
          .prepare('SELECT 1 AS yes FROM votes WHERE battle_id = ?')
          .bind(vote.battleId)
          .first()
          .catch(() => null);
        if (!landed) return pending.length - i;
      }
      this.rememberAnswer(vote.battleId, vote);
      await this.ctx.storage.delete(PENDING_PREFIX + vote.battleId);
      waiting.delete(vote.battleId);
    }
    return 0;
  }

  /** The battle was voted on before this object's memory: answer from the stored vote. */
  private async answerFromD1(request: VoteRequest): Promise<VoteResult> {
    const row = await read(() =>
      this.d1
        .prepare('SELECT choice, idempotency_key, response_json FROM votes WHERE battle_id = ?')
        .bind(request.battleId)
        .first<{ choice: VoteChoice; idempotency_key: string | null; response_json: string }>(),
    );
    if (!row) return JUDGMENTS_INCOMPLETE;
    const previous = { choice: row.choice, idempotencyKey: row.idempotency_key, answer: JSON.parse(row.response_json) as VoteAnswer };
    this.rememberAnswer(request.battleId, previous);
    return answerRepeat(previous, request);
  }

  private async pendingVotes(): Promise<Map<string, DecidedVote>> {
    if (!this.pending) {
      const stored = await this.ctx.storage.list<DecidedVote>({ prefix: PENDING_PREFIX });
      this.pending = new Map([...stored.values()].map((vote) => [vote.battleId, vote]));
    }
    return this.pending;
  }

  private async ratings(): Promise<Map<string, number>> {
    if (!this.elo) {
      const rows = await read(() => this.d1.prepare('SELECT model_id, elo FROM judge_stats').all<{ model_id: string; elo: number }>());
      this.elo = new Map(rows.results.map((r) => [r.model_id, r.elo]));
    }
    return this.elo;
  }

  private async countedToday(visitorId: string, now: number): Promise<number> {
    const key = dayKey(visitorId, now);
    const known = this.visitorCounts.get(key);
    if (known !== undefined) return known;
    const row = await read(() =>
      this.d1
        .prepare('SELECT COUNT(*) AS n FROM votes WHERE visitor_id = ? AND created_at >= ? AND counted = 1')
        .bind(visitorId, utcDayStart(now))
        .first<{ n: number }>(),
    );
    remember(this.visitorCounts, key, row?.n ?? 0, MAX_VISITORS);
    return row?.n ?? 0;
  }

  private rememberAnswer(battleId: string, vote: PreviousVote): void {
    remember(this.recent, battleId, { choice: vote.choice, idempotencyKey: vote.idempotencyKey, answer: vote.answer }, MAX_RECENT);
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

/** Map insertion order is age: past the bound, the oldest entry goes. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

function dayKey(visitorId: string, now: number): string {
  return `${utcDayStart(now)}|${visitorId}`;
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
