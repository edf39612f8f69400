// What the arena keeps per judge outside battles: its health (circuit breaker) and its reusable judgments.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
export const judgmentCache = sqliteTable(
  'judgment_cache',
  {
    key: text('key').primaryKey(),
    modelId: text('model_id').notNull(),
    text: text('text').notNull(),
    /** likert's score; null for the other formats. */
    score: integer('score'),
    /** binary/pairwise verdict as the judge gave it (pairwise: relative to the order in the cached prompt). */
    verdict: text('verdict', { enum: ['pass', 'fail', 'first', 'second', 'tie'] }),
    critique: text('critique').notNull(),
    reasoning: text('reasoning'),
    createdAt: integer('created_at').notNull(),
    hits: integer('hits').notNull().default(0),
  },
  // The hourly prune finds old entries no one reused by it (src/battles/prune-store.ts).
  (t) => [index('judgment_cache_created').on(t.createdAt)],
);
