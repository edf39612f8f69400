// The single source of the D1 tables. `npm run db:generate` turns changes here into SQL in migrations/.
import { sql } from 'drizzle-orm';
import { integer, primaryKey, real, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import type { VoteAnswer } from '../api-types';

/** One round: a sample, a rubric and two anonymous judges. Model ids never leave the server before the vote. */
export const battles = sqliteTable(
  'battles',
  {
    id: text('id').primaryKey(),
    sampleId: text('sample_id'),
    input: text('input').notNull(),
    response: text('response').notNull(),
    reference: text('reference'),
    rubricJson: text('rubric_json').notNull(),
    modelA: text('model_a').notNull(),
    modelB: text('model_b').notNull(),
    /** pending → running → judged | failed → voted */
    status: text('status', { enum: ['pending', 'running', 'judged', 'failed', 'voted'] }).notNull(),
    /** The battle this one regenerates, if any. */
    parentId: text('parent_id'),
    visitorId: text('visitor_id'),
    createdAt: integer('created_at').notNull(),
    runStartedAt: integer('run_started_at'),
    judgedAt: integer('judged_at'),
    votedAt: integer('voted_at'),
  },
  (t) => [index('battles_created_at').on(t.createdAt)],
);

/** What one judge said in one battle (position A or B). */
export const judgments = sqliteTable(
  'judgments',
  {
    battleId: text('battle_id').notNull(),
    position: text('position', { enum: ['A', 'B'] }).notNull(),
    modelId: text('model_id').notNull(),
    status: text('status', { enum: ['pending', 'complete', 'error'] }).notNull(),
    /** Everything the judge streamed, as shown to the visitor. */
    text: text('text').notNull().default(''),
    score: integer('score'),
    critique: text('critique'),
    /** A message safe to show to the visitor (never names the model). */
    errorMessage: text('error_message'),
    /** Internal reason for operators (provider status etc.); never sent to the browser. */
    errorDetail: text('error_detail'),
    latencyMs: integer('latency_ms'),
    cached: integer('cached', { mode: 'boolean' }).notNull().default(false),
    finishedAt: integer('finished_at'),
  },
  (t) => [primaryKey({ columns: [t.battleId, t.position] }), index('judgments_finished_at').on(t.finishedAt)],
);

/** Every vote ever cast, counted or not; the ranking only uses counted ones (through pair_counts). */
export const votes = sqliteTable(
  'votes',
  {
    id: text('id').primaryKey(),
    battleId: text('battle_id').notNull().unique(),
    choice: text('choice', { enum: ['A', 'B', 'tie', 'both_bad'] }).notNull(),
    modelA: text('model_a').notNull(),
    modelB: text('model_b').notNull(),
    visitorId: text('visitor_id'),
    counted: integer('counted', { mode: 'boolean' }).notNull(),
    /** Why a stored vote is not counted (null when counted). */
    excludedReason: text('excluded_reason'),
    idempotencyKey: text('idempotency_key'),
    /** The JSON answer sent to the client, so a retried request gets the same answer. */
    responseJson: text('response_json', { mode: 'json' }).$type<VoteAnswer>().notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('votes_visitor_created').on(t.visitorId, t.createdAt)],
);

/**
 * Running outcome counts of counted votes per unordered pair (modelLo < modelHi by string order),
 * so the hourly ranking reads at most judges² rows and never the vote table.
 */
export const pairCounts = sqliteTable(
  'pair_counts',
  {
    modelLo: text('model_lo').notNull(),
    modelHi: text('model_hi').notNull(),
    winsLo: integer('wins_lo').notNull().default(0),
    winsHi: integer('wins_hi').notNull().default(0),
    ties: integer('ties').notNull().default(0),
    bothBad: integer('both_bad').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.modelLo, t.modelHi] })],
);

/** Per-judge running totals and the online Elo, updated with every counted vote. */
export const judgeStats = sqliteTable('judge_stats', {
  modelId: text('model_id').primaryKey(),
  elo: real('elo').notNull().default(1000),
  votes: integer('votes').notNull().default(0),
  wins: integer('wins').notNull().default(0),
  losses: integer('losses').notNull().default(0),
  ties: integer('ties').notNull().default(0),
  bothBad: integer('both_bad').notNull().default(0),
  updatedAt: integer('updated_at').notNull().default(sql`0`),
});

/** Circuit breaker per judge: consecutive failures bench it until `benchedUntil`, then it comes back on its own. */
export const judgeHealth = sqliteTable('judge_health', {
  modelId: text('model_id').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  benchedUntil: integer('benched_until'),
  lastFailureAt: integer('last_failure_at'),
  /** Provider status and a short reason, for operators (never names a battle). */
  lastFailureReason: text('last_failure_reason'),
});

/**
 * Judgments reused instead of paid for again: judges run at temperature 0, so the same judge on the same
 * prompt (sample + rubric) is keyed by a hash of both.
 */
export const judgmentCache = sqliteTable('judgment_cache', {
  key: text('key').primaryKey(),
  modelId: text('model_id').notNull(),
  text: text('text').notNull(),
  score: integer('score').notNull(),
  critique: text('critique').notNull(),
  createdAt: integer('created_at').notNull(),
  hits: integer('hits').notNull().default(0),
});

/** Paid judge calls per UTC day, for the daily ceiling. */
export const dailyUsage = sqliteTable('daily_usage', {
  day: text('day').primaryKey(),
  paidJudgeCalls: integer('paid_judge_calls').notNull().default(0),
});
