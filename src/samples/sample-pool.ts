// The pool of generated random samples in D1: written by the hourly job, read by GET /api/samples/random.
// Generated samples have no reference answer, so the pool only serves requests that do not ask for one. They are
// likert samples (a user input and one response, graded against the visitor's rubric).
import { desc, eq, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { samplePool } from '../db/schema';
import type { GeneratedSample } from '../judges/generators';
import type { PublicSample } from '../shared/api-types';

/** Ids of generated samples; a battle started from one carries it as its sampleId. */
export const POOLED_SAMPLE_ID_PREFIX = 'generated-';

export async function addPooledSample(db: Database, sample: GeneratedSample, now: number): Promise<string> {
  const id = `${POOLED_SAMPLE_ID_PREFIX}${crypto.randomUUID()}`;
  await db.insert(samplePool).values({ id, input: sample.input, response: sample.response, category: sample.category, createdAt: now }).run();
  return id;
}

/** Keeps the newest `maxSize` samples and deletes the rest (oldest out). */
export async function trimSamplePool(db: Database, maxSize: number): Promise<void> {
  const newest = db.select({ id: samplePool.id }).from(samplePool).orderBy(desc(samplePool.createdAt), desc(samplePool.id)).limit(maxSize);
  await db.delete(samplePool).where(notInArray(samplePool.id, newest)).run();
}

/** One pooled sample chosen uniformly at random, or undefined while the pool is empty. The pool is bounded, so this stays cheap. */
export async function randomPooledSample(db: Database): Promise<PublicSample | undefined> {
  const row = await db
    .select({ id: samplePool.id, input: samplePool.input, response: samplePool.response, category: samplePool.category })
    .from(samplePool)
    .orderBy(sql`random()`)
    .limit(1)
    .get();
  return row && { format: 'likert', ...row };
}

/** The pooled sample with this id, or undefined (never generated, or trimmed out of the pool since). */
export async function findPooledSample(db: Database, id: string): Promise<PublicSample | undefined> {
  const row = await db
    .select({ id: samplePool.id, input: samplePool.input, response: samplePool.response, category: samplePool.category })
    .from(samplePool)
    .where(eq(samplePool.id, id))
    .get();
  return row && { format: 'likert', ...row };
}
