// The generated-sample pool.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BinaryRubric } from '../../shared/request-schemas';
import { SLICE_FORMATS } from '../../shared/leaderboard-slices';

/**
 * Random samples written by SAMPLE_GENERATOR in the hourly job (src/samples/fill-sample-pool.ts) and served to
 * every visitor by GET /api/samples/random, so that what the generator costs does not grow with requests. One
 * pool per format (migration 0012 made the earlier rows likert), each bounded by SAMPLE_POOL_SIZE: the oldest are
 * deleted first. A battle keeps its own copy of the texts.
 */
export const samplePool = sqliteTable(
  'sample_pool',
  {
    id: text('id').primaryKey(),
    format: text('format', { enum: SLICE_FORMATS }).notNull().default('likert'),
    input: text('input').notNull(),
    /** likert and binary: the response; pairwise: the first of the two. */
    response: text('response').notNull(),
    /** pairwise: the second response; null for the other formats. */
    secondResponse: text('second_response'),
    /** binary: the criterion the sample was written for, `{ criteria, pass, fail }`; null for the other formats. */
    rubricJson: text('rubric_json', { mode: 'json' }).$type<BinaryRubric>(),
    /**
     * The verdict the generator wrote the sample to get (binary pass | fail; pairwise first | second, in the stored
     * order). Internal, like the bank's quality labels: never sent to the browser.
     */
    expectedVerdict: text('expected_verdict', { enum: ['pass', 'fail', 'first', 'second'] }),
    category: text('category').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  // Drawing (format = ?) and trimming (per format, newest first) both read it.
  (t) => [index('sample_pool_format_created_at').on(t.format, t.createdAt)],
);
