// The vote ledger's working state, in the Durable Object's own SQLite storage — the one place it lives.
//
// The ledger is the only writer of votes, counts and Elo, so what it needs to decide a vote is its own:
// every judge's online Elo, each visitor's counted votes per UTC day, the answers of recent votes, the facts of
// battles handed over when their judging ended, and the votes acknowledged but not yet in D1. `record` changes
// all of it in one synchronous storage transaction with the decision, so there is no copy to keep in step and
// nothing to forget: a restart, an eviction or a failed D1 write leaves it exactly right. D1 is what the rest
// of the worker reads; the pending votes are what D1 still lacks.
//
// Tables are created here (CREATE TABLE IF NOT EXISTS); a change to one needs a new table or a migration step.
import { and, asc, count, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/durable-sqlite';
import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { VoteAnswer } from '../api-types';
import { ELO } from '../ranking/elo';
import type { BattleFacts, PreviousVote, RecordedVote } from './vote-decision';
import { utcDayStart } from './vote-eligibility';

const meta = sqliteTable('ledger_meta', { key: text('key').primaryKey(), value: integer('value').notNull() });
const judgeElo = sqliteTable('judge_elo', { modelId: text('model_id').primaryKey(), elo: real('elo').notNull() });
const visitorDays = sqliteTable(
  'visitor_days',
  { day: integer('day').notNull(), visitorId: text('visitor_id').notNull(), counted: integer('counted').notNull() },
  (t) => [primaryKey({ columns: [t.day, t.visitorId] })],
);
const battleFacts = sqliteTable('battle_facts', {
  battleId: text('battle_id').primaryKey(),
  modelA: text('model_a').notNull(),
  modelB: text('model_b').notNull(),
  createdAt: integer('created_at').notNull(),
  judgedAt: integer('judged_at'),
  identityLeaked: integer('identity_leaked', { mode: 'boolean' }).notNull(),
  rememberedAt: integer('remembered_at').notNull(),
});
const answers = sqliteTable('answers', {
  battleId: text('battle_id').primaryKey(),
  choice: text('choice', { enum: ['A', 'B', 'tie', 'both_bad'] }).notNull(),
  idempotencyKey: text('idempotency_key'),
  answer: text('answer', { mode: 'json' }).$type<VoteAnswer>().notNull(),
  decidedAt: integer('decided_at').notNull(),
});
/** Acknowledged votes D1 does not have yet, in the order they were decided (seq). */
const pendingVotes = sqliteTable('pending_votes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  battleId: text('battle_id').notNull().unique(),
  vote: text('vote', { mode: 'json' }).$type<RecordedVote>().notNull(),
});

const TABLES = [
  'CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)',
  'CREATE TABLE IF NOT EXISTS judge_elo (model_id TEXT PRIMARY KEY NOT NULL, elo REAL NOT NULL)',
  `CREATE TABLE IF NOT EXISTS visitor_days (day INTEGER NOT NULL, visitor_id TEXT NOT NULL, counted INTEGER NOT NULL,
     PRIMARY KEY (day, visitor_id))`,
  `CREATE TABLE IF NOT EXISTS battle_facts (battle_id TEXT PRIMARY KEY NOT NULL, model_a TEXT NOT NULL, model_b TEXT NOT NULL,
     created_at INTEGER NOT NULL, judged_at INTEGER, identity_leaked INTEGER NOT NULL, remembered_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS answers (battle_id TEXT PRIMARY KEY NOT NULL, choice TEXT NOT NULL, idempotency_key TEXT,
     answer TEXT NOT NULL, decided_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS pending_votes (seq INTEGER PRIMARY KEY AUTOINCREMENT, battle_id TEXT NOT NULL UNIQUE,
     vote TEXT NOT NULL)`,
];

/** Handed-over battles and answers are kept this long; past it, D1 answers (the slow path). */
const KEEP_MS = 2 * 86_400_000;

export interface LedgerSeed {
  elo: { modelId: string; elo: number }[];
  /** Counted votes per visitor on the seed's day. */
  visitors: { visitorId: string; counted: number }[];
}

export class LedgerState {
  private readonly db;

  constructor(storage: DurableObjectStorage) {
    for (const statement of TABLES) storage.sql.exec(statement);
    this.db = drizzle(storage);
  }

  /** Whether the state was started from D1's (only ever once, by a fresh ledger). */
  isSeeded(): boolean {
    return this.metaValue('seeded_at') !== null;
  }

  /** Starts the state from what D1 holds: Elo of every judge, counted votes per visitor today. */
  seed(seed: LedgerSeed, now: number): void {
    const day = utcDayStart(now);
    this.db.transaction((tx) => {
      for (const row of seed.elo) tx.insert(judgeElo).values(row).onConflictDoNothing().run();
      for (const v of seed.visitors) tx.insert(visitorDays).values({ day, ...v }).onConflictDoNothing().run();
      tx.insert(meta).values({ key: 'seeded_at', value: now }).onConflictDoNothing().run();
    });
  }

  rememberBattle(battleId: string, facts: BattleFacts, now: number): void {
    const row = { battleId, ...facts, rememberedAt: now };
    this.db.insert(battleFacts).values(row).onConflictDoUpdate({ target: battleFacts.battleId, set: row }).run();
  }

  battleFacts(battleId: string): BattleFacts | null {
    const row = this.db
      .select({
        modelA: battleFacts.modelA,
        modelB: battleFacts.modelB,
        createdAt: battleFacts.createdAt,
        judgedAt: battleFacts.judgedAt,
        identityLeaked: battleFacts.identityLeaked,
      })
      .from(battleFacts)
      .where(eq(battleFacts.battleId, battleId))
      .get();
    return row ?? null;
  }

  previousVote(battleId: string): PreviousVote | null {
    const row = this.db
      .select({ choice: answers.choice, idempotencyKey: answers.idempotencyKey, answer: answers.answer })
      .from(answers)
      .where(eq(answers.battleId, battleId))
      .get();
    return row ?? null;
  }

  elo(modelId: string): number {
    return this.db.select({ elo: judgeElo.elo }).from(judgeElo).where(eq(judgeElo.modelId, modelId)).get()?.elo ?? ELO.initial;
  }

  countedToday(visitorId: string, now: number): number {
    return (
      this.db
        .select({ counted: visitorDays.counted })
        .from(visitorDays)
        .where(and(eq(visitorDays.day, utcDayStart(now)), eq(visitorDays.visitorId, visitorId)))
        .get()?.counted ?? 0
    );
  }

  /** A decided vote, in one transaction: its answer, the Elo and visitor count it moves, and its place in the D1 queue. */
  record(vote: RecordedVote): void {
    this.db.transaction((tx) => {
      tx.insert(answers)
        .values({ battleId: vote.battleId, choice: vote.choice, idempotencyKey: vote.idempotencyKey, answer: vote.answer, decidedAt: vote.receivedAt })
        .run();
      tx.delete(battleFacts).where(eq(battleFacts.battleId, vote.battleId)).run();
      tx.insert(pendingVotes).values({ battleId: vote.battleId, vote }).run();
      if (!vote.eloAfter) return;
      for (const [modelId, elo] of [
        [vote.modelA, vote.eloAfter.A],
        [vote.modelB, vote.eloAfter.B],
      ] as const) {
        tx.insert(judgeElo).values({ modelId, elo }).onConflictDoUpdate({ target: judgeElo.modelId, set: { elo } }).run();
      }
      if (vote.visitorId) {
        tx.insert(visitorDays)
          .values({ day: utcDayStart(vote.receivedAt), visitorId: vote.visitorId, counted: 1 })
          .onConflictDoUpdate({ target: [visitorDays.day, visitorDays.visitorId], set: { counted: sql`${visitorDays.counted} + 1` } })
          .run();
      }
    });
  }

  /** The oldest votes still waiting for D1, in the order they were decided. */
  pendingVotes(limit: number): RecordedVote[] {
    return this.db.select({ vote: pendingVotes.vote }).from(pendingVotes).orderBy(asc(pendingVotes.seq)).limit(limit).all().map((r) => r.vote);
  }

  pendingCount(): number {
    return this.db.select({ n: count() }).from(pendingVotes).get()?.n ?? 0;
  }

  /** These votes are in D1 now. */
  written(battleIds: readonly string[]): void {
    if (battleIds.length > 0) this.db.delete(pendingVotes).where(inArray(pendingVotes.battleId, [...battleIds])).run();
  }

  /** Counts failed attempts to reach D1 in a row (for the retry backoff); `reset` when one succeeds. */
  nextRetryAttempt(): number {
    const attempt = (this.metaValue('retry_attempt') ?? 0) + 1;
    this.setMeta('retry_attempt', attempt);
    return attempt;
  }

  resetRetries(): void {
    this.db.delete(meta).where(eq(meta.key, 'retry_attempt')).run();
  }

  /** Once a day: drops other days' visitor counts, and handed-over battles and answers past KEEP_MS (never a pending one). */
  prune(now: number): void {
    const today = utcDayStart(now);
    if ((this.metaValue('pruned_day') ?? 0) >= today) return;
    const pending = this.db.select({ battleId: pendingVotes.battleId }).from(pendingVotes);
    this.db.transaction((tx) => {
      tx.delete(visitorDays).where(lt(visitorDays.day, today)).run();
      tx.delete(battleFacts).where(lt(battleFacts.rememberedAt, now - KEEP_MS)).run();
      tx.delete(answers).where(and(lt(answers.decidedAt, now - KEEP_MS), notInArray(answers.battleId, pending))).run();
    });
    this.setMeta('pruned_day', today);
  }

  private metaValue(key: string): number | null {
    return this.db.select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value ?? null;
  }

  private setMeta(key: string, value: number): void {
    this.db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
  }
}
