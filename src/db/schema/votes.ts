// The votes, every one ever cast.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { VoteAnswer } from '../../shared/api-types';

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
