// The single source of the D1 tables. `npm run db:generate` turns changes here into SQL in migrations/.
//
// Content addressing (migration 0002). A battle's sample texts and rubric are stored once, not per battle:
// - `texts`: every distinct body (an input, a response, a reference, a rubric's canonical JSON), keyed by the
//   SHA-256 hex of the body, so the same text is stored once however many battles or prompts use it.
// - `prompts`: what a judge is asked to grade, i.e. sample text + rubric, keyed by the *prompt hash*: the
//   SHA-256 hex of the JSON array of its texts' hashes (src/battles/prompt-content.ts). Its columns are those
//   text hashes. A battle points at one prompt (`battles.prompt_hash`); a regenerated battle, or a bank sample
//   played again, reuses the same prompt row and the same texts.
// The prompt hash is the one identity of "this sample with this rubric": the judgment cache key can be
// (judge, prompt hash, prompt template) and the known-answer rules of issue 9 ("no counted vote on a prompt
// already revealed to this visitor") key on it too. When battles get formats, the format joins the prompt row
// and its hash.
// Battles from before 0002 keep their texts inline (`input`, `response`, `reference`, `rubric_json`, now
// nullable) with `prompt_hash` null: SQLite cannot compute SHA-256, so the hourly job moves them into
// `texts`/`prompts` a batch at a time (backfillPromptHashes in src/battles/prune-store.ts) and the loader reads
// either form meanwhile. New battles never write the inline columns; a later migration can drop them.
import { sql } from 'drizzle-orm';
import { integer, primaryKey, real, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import type { VoteAnswer } from '../shared/api-types';
import { STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS } from '../ranking/style-sums';
import { SLICE_CATEGORIES, SLICE_FORMATS } from '../shared/leaderboard-slices';

/** A sample text or a rubric's JSON, stored once: `hash` is the SHA-256 hex of `body`. */
export const texts = sqliteTable('texts', {
  hash: text('hash').primaryKey(),
  body: text('body').notNull(),
});

/** Sample text + rubric, keyed by the prompt hash (see the header); each column is the hash of a `texts` row. */
export const prompts = sqliteTable(
  'prompts',
  {
    hash: text('hash').primaryKey(),
    inputHash: text('input_hash').notNull(),
    responseHash: text('response_hash').notNull(),
    referenceHash: text('reference_hash'),
    rubricHash: text('rubric_hash').notNull(),
  },
  // Pruning asks "does any prompt still use this text?" for each column.
  (t) => [
    index('prompts_input_hash').on(t.inputHash),
    index('prompts_response_hash').on(t.responseHash),
    index('prompts_reference_hash').on(t.referenceHash),
    index('prompts_rubric_hash').on(t.rubricHash),
  ],
);

/** One round: a prompt and two anonymous judges. Model ids never leave the server before the vote. */
export const battles = sqliteTable(
  'battles',
  {
    id: text('id').primaryKey(),
    sampleId: text('sample_id'),
    /** The `prompts` row; null only for a battle from before migration 0002 not yet backfilled. */
    promptHash: text('prompt_hash'),
    /** Legacy inline texts of battles from before 0002 (null once backfilled, and for every newer battle). */
    legacyInput: text('input'),
    legacyResponse: text('response'),
    legacyReference: text('reference'),
    legacyRubricJson: text('rubric_json'),
    modelA: text('model_a').notNull(),
    modelB: text('model_b').notNull(),
    /** pending → running → judged | failed → voted */
    status: text('status', { enum: ['pending', 'running', 'judged', 'failed', 'voted'] }).notNull(),
    /** The battle this one regenerates, if any. */
    parentId: text('parent_id'),
    visitorId: text('visitor_id'),
    /** The leaderboard slice the battle's vote counts in (src/shared/leaderboard-slices.ts). */
    format: text('format', { enum: SLICE_FORMATS }).notNull().default('likert'),
    category: text('category', { enum: SLICE_CATEGORIES }).notNull().default('custom'),
    createdAt: integer('created_at').notNull(),
    runStartedAt: integer('run_started_at'),
    judgedAt: integer('judged_at'),
    votedAt: integer('voted_at'),
  },
  (t) => [index('battles_created_at').on(t.createdAt), index('battles_prompt_hash').on(t.promptHash)],
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
    // Performance of the call (README "Cost and speed"). Null where nothing was measured.
    /** Time from the request to the first streamed token (null: none came; a cached judgment or an offline baseline). */
    ttftMs: integer('ttft_ms'),
    /** The JudgeErrorKind of a failure ('abandoned' for a run lost mid-way); null on success. */
    failureKind: text('failure_kind'),
    /** Token usage: the provider's, or estimated from text length when it sent none (see usageEstimated). */
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    /** True when the tokens were estimated, false when the provider reported them, null without usage (offline, cached). */
    usageEstimated: integer('usage_estimated', { mode: 'boolean' }),
  },
  (t) => [primaryKey({ columns: [t.battleId, t.position] }), index('judgments_finished_at').on(t.finishedAt)],
);

/**
 * A provider call that failed before anything was shown, whose judge was then replaced by another (failover):
 * the battle's judgment row holds the replacement, so the failure is kept here, for the failed judge's failure
 * rate (README "Cost and speed"). No battle id: nothing here ties a figure to a battle. The hourly
 * job deletes rows older than the performance window.
 */
export const replacedFailures = sqliteTable(
  'replaced_failures',
  {
    modelId: text('model_id').notNull(),
    /** The JudgeErrorKind. */
    failureKind: text('failure_kind').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [index('replaced_failures_finished_at').on(t.finishedAt)],
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
  // votes_created_id: the vote export pages in (created_at, id) order (src/export/vote-export-store.ts).
  (t) => [index('votes_visitor_created').on(t.visitorId, t.createdAt), index('votes_created_id').on(t.createdAt, t.id)],
);

/**
 * Running outcome counts of counted votes per leaderboard slice (the battle's format and category) and unordered
 * pair (modelLo < modelHi by string order), so the hourly ranking reads at most slices × judges² rows and never
 * the vote table. The overall board is the sum over slices.
 */
export const pairCounts = sqliteTable(
  'pair_counts',
  {
    format: text('format', { enum: SLICE_FORMATS }).notNull(),
    category: text('category', { enum: SLICE_CATEGORIES }).notNull(),
    modelLo: text('model_lo').notNull(),
    modelHi: text('model_hi').notNull(),
    winsLo: integer('wins_lo').notNull().default(0),
    winsHi: integer('wins_hi').notNull().default(0),
    ties: integer('ties').notNull().default(0),
    bothBad: integer('both_bad').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.format, t.category, t.modelLo, t.modelHi] })],
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

/**
 * Random samples written by SAMPLE_GENERATOR in the hourly job (src/samples/fill-sample-pool.ts) and served to
 * every visitor by GET /api/samples/random, so that what the generator costs does not grow with requests.
 * Bounded (SAMPLE_POOL_SIZE): the oldest are deleted first. A battle keeps its own copy of the texts.
 */
export const samplePool = sqliteTable(
  'sample_pool',
  {
    id: text('id').primaryKey(),
    input: text('input').notNull(),
    response: text('response').notNull(),
    category: text('category').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sample_pool_created_at').on(t.createdAt)],
);

/**
 * Paid calls reserved per visitor per UTC day, for VISITOR_DAILY_PAID_SHARE (src/judges/visitor-budget.ts). Keyed by
 * the daily-rotating visitor hash, never an IP; rows of past days are deleted by the hourly job.
 */
export const visitorPaidCalls = sqliteTable(
  'visitor_paid_calls',
  {
    day: text('day').notNull(),
    visitorId: text('visitor_id').notNull(),
    calls: integer('calls').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.visitorId] })],
);

/**
 * A judge's rating at each leaderboard refresh (README "History"), for GET /api/leaderboard/history.
 * The hourly job appends one row per ranked judge and compacts: one row per hour for 14 days, then one per UTC
 * day, nothing older than two years (src/leaderboard/history-retention.ts). So a judge has at most ~1,050 rows.
 */
export const leaderboardHistory = sqliteTable(
  'leaderboard_history',
  {
    modelId: text('model_id').notNull(),
    /** Time of the refresh (ms since the epoch). */
    at: integer('at').notNull(),
    rating: real('rating').notNull(),
    /** The 95% interval, or both null when the leaderboard had none. */
    ciLow: real('ci_low'),
    ciHigh: real('ci_high'),
    votes: integer('votes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.at] }), index('leaderboard_history_at').on(t.at)],
);

/** Known answers: per (prompt, judge), the votes that revealed its judgment and the counted votes since the first. */
export const judgePromptReveals = sqliteTable(
  'judge_prompt_reveals',
  {
    promptHash: text('prompt_hash').notNull(),
    modelId: text('model_id').notNull(),
    reveals: integer('reveals').notNull(),
    countedSinceReveal: integer('counted_since_reveal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.promptHash, t.modelId] })],
);

/**
 * The paid judge calls of the day as they stood when an hour began, for /api/status: a public figure that
 * moves with each battle would tell who judged it (issue 9). Taken by the hourly job (src/index.ts); GET
 * /api/status only reads it.
 */
export const paidCallSnapshots = sqliteTable('paid_call_snapshots', {
  hourStart: integer('hour_start').primaryKey(),
  paidJudgeCalls: integer('paid_judge_calls').notNull(),
});

/** The style sums' value columns (src/ranking/style-sums.ts names them): Σx per feature, Σx·x per feature pair. */
const styleMomentColumns = Object.fromEntries(
  [...STYLE_SUM_COLUMNS, ...STYLE_PRODUCT_COLUMNS].map((name) => [name, real(name).notNull().default(0)]),
) as Record<string, ReturnType<typeof real<string>>>;

/**
 * Style control's running moments of counted votes: per unordered pair (lo < hi as in
 * pair_counts) and outcome (`lo` won, `hi` won, `draw` = tie or both-bad), the votes and the sums and
 * cross-products of the battles' style features oriented lo − hi. At most judges² × 3 rows, written with
 * pair_counts in the ledger's atomic vote batch, so the hourly job never scans the votes.
 */
export const pairStyleSums = sqliteTable(
  'pair_style_sums',
  {
    modelLo: text('model_lo').notNull(),
    modelHi: text('model_hi').notNull(),
    outcome: text('outcome', { enum: ['lo', 'hi', 'draw'] }).notNull(),
    votes: integer('votes').notNull().default(0),
    ...styleMomentColumns,
  },
  (t) => [primaryKey({ columns: [t.modelLo, t.modelHi, t.outcome] })],
);
