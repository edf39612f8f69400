// The leaderboard's history of ratings.
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
