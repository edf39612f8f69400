// The generated-sample pool.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Random samples written by SAMPLE_GENERATOR in the hourly job (src/samples/fill-sample-pool.ts) and served to
 * every visitor by GET /api/samples/random, so that what the generator costs does not grow with requests.
 * Bounded (SAMPLE_POOL_SIZE): the oldest are deleted first. A battle keeps its own copy of the texts.
 */
export const samplePool = sqliteTable(
  'sample_pool',
  {
    id: text('id').primaryKey(),
    input: text('input').notNull(),
    response: text('response').notNull(),
    category: text('category').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sample_pool_created_at').on(t.createdAt)],
);
