// Content addressing (migration 0002). A battle's sample texts and rubric are stored once, not per battle:
// - `texts`: every distinct body (an input, a response, a reference, a rubric's canonical JSON), keyed by the
//   SHA-256 hex of the body, so the same text is stored once however many battles or prompts use it.
// - `prompts`: what a judge is asked to grade, i.e. sample text + rubric, keyed by the *prompt hash*: the
//   SHA-256 hex of the JSON array of its texts' hashes (src/battles/prompt-content.ts). Its columns are those
//   text hashes. A battle points at one prompt (`battles.prompt_hash`); a regenerated battle, or a bank sample
//   played again, reuses the same prompt row and the same texts.
// The prompt hash is the one identity of "this sample with this rubric": the judgment cache key can be
// (judge, prompt hash, prompt template) and the known-answer rules of issue 9 ("no counted vote on a prompt
// already revealed to this visitor") key on it too. The battle's format (battles.format) joins the prompt
// and its hash: a likert prompt's hash is as before; a binary or pairwise one hashes its format too, and a
// pairwise prompt's "response" text is the JSON array [first, second] (one text, so pruning needs no new column).
// Battles from before 0002 keep their texts inline (`input`, `response`, `reference`, `rubric_json`, now
// nullable) with `prompt_hash` null: SQLite cannot compute SHA-256, so the hourly job moves them into
// `texts`/`prompts` a batch at a time (backfillPromptHashes in src/battles/prune-store.ts) and the loader reads
// either form meanwhile. New battles never write the inline columns; a later migration can drop them.
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
