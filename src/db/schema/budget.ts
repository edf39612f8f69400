// The paid-call budget: calls per UTC day, per visitor per day, and the hourly snapshot /api/status shows.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Paid judge calls per UTC day, for the daily ceiling. */
export const dailyUsage = sqliteTable('daily_usage', {
  day: text('day').primaryKey(),
  paidJudgeCalls: integer('paid_judge_calls').notNull().default(0),
});

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
 * The paid judge calls of the day as they stood when an hour began, for /api/status: a public figure that
 * moves with each battle would tell who judged it (issue 9). Taken by the hourly job (src/index.ts); GET
 * /api/status only reads it.
 */
export const paidCallSnapshots = sqliteTable('paid_call_snapshots', {
  hourStart: integer('hour_start').primaryKey(),
  paidJudgeCalls: integer('paid_judge_calls').notNull(),
});
