// Judgments reused instead of paid for again. Judges run at temperature 0, so the same judge on the same
// prompt (the exact messages it would receive) gives the same judgment; the key hashes both.
import type { Database } from '../db/client';
import { judgmentCache } from '../db/schema';
import { eq, inArray, sql } from 'drizzle-orm';
import type { JudgeModel } from './registry';
import { buildJudgeMessages } from './prompt';
import type { JudgeTask, Judgment } from './types';

export async function judgmentCacheKey(model: JudgeModel, task: JudgeTask): Promise<string> {
  const material = JSON.stringify([model.id, model.provider, model.providerModel, model.supportsJsonMode, buildJudgeMessages(task)]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The cached judgment for `key`, counting the hit in the same round trip; null on a miss. */
export async function readCachedJudgment(db: Database, key: string): Promise<Omit<Judgment, 'latencyMs'> | null> {
  const row = await db
    .update(judgmentCache)
    .set({ hits: sql`${judgmentCache.hits} + 1` })
    .where(eq(judgmentCache.key, key))
    .returning({ text: judgmentCache.text, score: judgmentCache.score, critique: judgmentCache.critique })
    .get();
  return row ?? null;
}

/** Which of `keys` have a cached judgment (no hit counted: nothing is served). */
export async function cachedKeysAmong(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: judgmentCache.key }).from(judgmentCache).where(inArray(judgmentCache.key, [...keys])).all();
  return new Set(rows.map((row) => row.key));
}

export async function storeCachedJudgment(db: Database, key: string, modelId: string, judgment: Judgment, now: number) {
  await db
    .insert(judgmentCache)
    .values({ key, modelId, text: judgment.text, score: judgment.score, critique: judgment.critique, createdAt: now })
    .onConflictDoNothing()
    .run();
}

/** Splits stored text into word-boundary chunks so a cached judgment still streams like a live one. */
export function streamChunks(text: string, size = 48): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf(' ', size - 1);
    const at = cut > 0 ? cut + 1 : size;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) chunks.push(rest);
  return chunks;
}
