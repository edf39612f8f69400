// A battle's prompt texts joined back onto a query over battles (content-addressed, see src/db/schema/content.ts): the one
// place that spells the five joins, for loading a battle and for the vote export. Left joins: a battle from before
// migration 0002 that the hourly backfill has not reached has no prompt and keeps its texts inline.
import { eq, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { battles, prompts, texts } from '../db/schema';

/** The four joined texts, each under a table alias of its own. */
export const promptTexts = {
  input: alias(texts, 'input_text'),
  response: alias(texts, 'response_text'),
  reference: alias(texts, 'reference_text'),
  rubric: alias(texts, 'rubric_text'),
};

/** `query` (over battles, made `$dynamic()`) with the battle's prompt and its four texts left-joined. */
export function joinPromptTexts<Q extends SQLiteSelect>(query: Q) {
  const { input, response, reference, rubric } = promptTexts;
  return query
    .leftJoin(prompts, eq(prompts.hash, battles.promptHash))
    .leftJoin(input, eq(input.hash, prompts.inputHash))
    .leftJoin(response, eq(response.hash, prompts.responseHash))
    .leftJoin(reference, eq(reference.hash, prompts.referenceHash))
    .leftJoin(rubric, eq(rubric.hash, prompts.rubricHash));
}

/** A joined column under a name of its own: D1 batches return rows keyed by column name, so four `body`s would collide. */
export const columnAs = <T>(column: SQLiteColumn, name: string) => sql<T>`${column}`.as(name);
