// Known answers (issue 9): which prompts' judgments were revealed and how often. What each visitor id was shown
// is read from its votes and their battles (src/votes/known-answers-store.ts), not stored again.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
