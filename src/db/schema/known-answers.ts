// Known answers (issue 9): which prompts' judgments were revealed, to whom and how often.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Known answers (src/votes/known-answers.ts): the prompts each visitor id has been answered a vote on. Visitor
 * ids rotate daily, so a row matters on its day only (the hourly job deletes older days'). Written by the vote
 * ledger in the vote's batch.
 */
export const visitorPromptReveals = sqliteTable(
  'visitor_prompt_reveals',
  {
    visitorId: text('visitor_id').notNull(),
    promptHash: text('prompt_hash').notNull(),
    revealedAt: integer('revealed_at').notNull(),
  },
  // The hourly prune deletes past days' rows by revealed_at (src/battles/prune-store.ts).
  (t) => [primaryKey({ columns: [t.visitorId, t.promptHash] }), index('visitor_prompt_reveals_revealed').on(t.revealedAt)],
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
