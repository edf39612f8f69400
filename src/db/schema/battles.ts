// Battles and what each judge said in them (and the failures a failover hid).
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SLICE_CATEGORIES, SLICE_FORMATS } from '../../shared/leaderboard-slices';

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
  // battles_format_category: the hourly position-bias read starts from the pairwise battles (format = ?) and groups
  // by category (src/leaderboard/position-bias-report.ts; its plan is checked in test/storage/position-bias-plan.test.ts).
  (t) => [
    index('battles_created_at').on(t.createdAt),
    index('battles_prompt_hash').on(t.promptHash),
    index('battles_format_category').on(t.format, t.category),
  ],
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
    /** likert: the 1–5 score. */
    score: integer('score'),
    /** binary: pass | fail; pairwise: first | second | tie, in the visitor's order (whatever order the judge saw). */
    verdict: text('verdict', { enum: ['pass', 'fail', 'first', 'second', 'tie'] }),
    critique: text('critique'),
    /** A reasoning model's thinking before its answer, redacted like the critique; null when it wrote none. */
    reasoning: text('reasoning'),
    /** pairwise: the order this position's judge is shown the responses, drawn at battle creation (position bias). */
    shownOrder: text('shown_order', { enum: ['as_shown', 'swapped'] }),
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
