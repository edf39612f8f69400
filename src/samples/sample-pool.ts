// The pool of generated random samples in D1, one per format: written by the hourly job, read by GET
// /api/samples/random. Generated samples have no reference answer, so the pool only serves requests that do not ask
// for one. A pairwise sample's two responses are `response` and `second_response`; a binary one carries the criterion
// it was written for. The verdict the generator aimed at is stored but never read back into a public sample.
import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { samplePool } from '../db/schema';
import type { GeneratedFormatSample } from '../judges/generators';
import type { PublicSample } from '../shared/api-types';
import type { JudgeFormat } from '../shared/request-schemas';

/** Ids of generated samples; a battle started from one carries it as its sampleId. */
export const POOLED_SAMPLE_ID_PREFIX = 'generated-';

/** The row's format-specific columns for a generated sample. */
function formatColumns(generated: GeneratedFormatSample) {
  switch (generated.format) {
    case 'likert':
      return { response: generated.sample.response };
    case 'binary':
      return { response: generated.sample.response, rubricJson: generated.sample.rubric, expectedVerdict: generated.sample.verdict };
    case 'pairwise':
      return { response: generated.sample.responses[0], secondResponse: generated.sample.responses[1], expectedVerdict: generated.sample.better };
  }
}

export async function addPooledSample(db: Database, generated: GeneratedFormatSample, now: number): Promise<string> {
  const id = `${POOLED_SAMPLE_ID_PREFIX}${crypto.randomUUID()}`;
  const { input, category } = generated.sample;
  await db.insert(samplePool).values({ id, format: generated.format, input, category, ...formatColumns(generated), createdAt: now }).run();
  return id;
}

/** Keeps the newest `maxSize` samples of `format` and deletes the rest of that format (oldest out). */
export async function trimSamplePool(db: Database, format: JudgeFormat, maxSize: number): Promise<void> {
  const newest = db
    .select({ id: samplePool.id })
    .from(samplePool)
    .where(eq(samplePool.format, format))
    .orderBy(desc(samplePool.createdAt), desc(samplePool.id))
    .limit(maxSize);
  await db.delete(samplePool).where(and(eq(samplePool.format, format), notInArray(samplePool.id, newest))).run();
}

/** The public columns only: the expected verdict is never selected. */
const publicColumns = {
  id: samplePool.id,
  format: samplePool.format,
  input: samplePool.input,
  response: samplePool.response,
  secondResponse: samplePool.secondResponse,
  rubricJson: samplePool.rubricJson,
  category: samplePool.category,
};
type PooledRow = Pick<typeof samplePool.$inferSelect, keyof typeof publicColumns>;

/** A row as the API shows it, or undefined for a row its format's columns do not fit (never written so). */
function pooledSample({ id, format, input, response, secondResponse, rubricJson: rubric, category }: PooledRow): PublicSample | undefined {
  switch (format) {
    case 'likert':
      return { id, format, input, response, category };
    case 'binary':
      return rubric ? { id, format, input, response, category, rubric } : undefined;
    case 'pairwise':
      return secondResponse !== null ? { id, format, input, responses: [response, secondResponse], category } : undefined;
  }
}

/** One pooled sample of `format` chosen uniformly at random, or undefined while that pool is empty. Each pool is bounded, so this stays cheap. */
export async function randomPooledSample(db: Database, format: JudgeFormat): Promise<PublicSample | undefined> {
  const row = await db.select(publicColumns).from(samplePool).where(eq(samplePool.format, format)).orderBy(sql`random()`).limit(1).get();
  return row && pooledSample(row);
}

/** The pooled sample with this id, of whatever format, or undefined (never generated, or trimmed out of the pool since). */
export async function findPooledSample(db: Database, id: string): Promise<PublicSample | undefined> {
  const row = await db.select(publicColumns).from(samplePool).where(eq(samplePool.id, id)).get();
  return row && pooledSample(row);
}
