// Running counts of counted votes, written in the vote ledger's atomic vote batch, so the hourly ranking never reads
// the vote table: pair outcomes per slice, style control's moments, per-judge totals and the online Elo.
import { sql } from 'drizzle-orm';
import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS } from '../../ranking/style-sums';
import { SLICE_CATEGORIES, SLICE_FORMATS } from '../../shared/leaderboard-slices';

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
