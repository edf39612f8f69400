// Judgments reused instead of paid for again. Judges run at temperature 0, so the same judge on the same
// prompt (the exact messages it would receive, built by the task's format from the task as the judge is shown it)
// gives the same judgment; the key hashes both. A likert key is the same as before formats existed.
import { sha256Hex } from '../crypto/sha256';
import type { Database } from '../db/client';
import { judgmentCache } from '../db/schema';
import { eq, inArray, sql } from 'drizzle-orm';
import type { JudgeModel } from './registry';
import { buildFormatMessages } from './format-prompt';
import { verdictColumns, type FormatVerdict } from './judge-formats';
import type { JudgeTask, Judgment } from './types';

export async function judgmentCacheKey(model: JudgeModel, task: JudgeTask): Promise<string> {
  const material = JSON.stringify([model.id, model.provider, model.providerModel, model.supportsJsonMode, buildFormatMessages(task)]);
  return sha256Hex(material);
}

type CachedRow = Pick<typeof judgmentCache.$inferSelect, 'score' | 'verdict'>;

/** A cached row's verdict in the task's format; undefined when the row does not hold one of that format. */
function cachedVerdict(task: JudgeTask, row: CachedRow): FormatVerdict | undefined {
  switch (task.format) {
    case 'likert':
      return row.score === null ? undefined : { format: 'likert', score: row.score };
    case 'binary':
      return row.verdict === 'pass' || row.verdict === 'fail' ? { format: 'binary', verdict: row.verdict } : undefined;
    case 'pairwise':
      return row.verdict === 'first' || row.verdict === 'second' || row.verdict === 'tie' ? { format: 'pairwise', verdict: row.verdict } : undefined;
  }
}

/** The cached judgment of `task` under `key`, counting the hit in the same round trip; null on a miss. */
export async function readCachedJudgment(db: Database, key: string, task: JudgeTask): Promise<Omit<Judgment, 'latencyMs'> | null> {
  const row = await db
    .update(judgmentCache)
    .set({ hits: sql`${judgmentCache.hits} + 1` })
    .where(eq(judgmentCache.key, key))
    .returning({
      text: judgmentCache.text,
      score: judgmentCache.score,
      verdict: judgmentCache.verdict,
      critique: judgmentCache.critique,
      reasoning: judgmentCache.reasoning,
    })
    .get();
  const verdict = row && cachedVerdict(task, row);
  if (!row || !verdict) return null;
  return { text: row.text, verdict, critique: row.critique, reasoning: row.reasoning ?? '' };
}

/** Which of `keys` have a cached judgment (no hit counted: nothing is served). */
export async function cachedKeysAmong(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: judgmentCache.key }).from(judgmentCache).where(inArray(judgmentCache.key, [...keys])).all();
  return new Set(rows.map((row) => row.key));
}

/** `judgment` as the judge gave it for the task under `key` (pairwise: relative to the order it was shown). */
export async function storeCachedJudgment(db: Database, key: string, modelId: string, judgment: Judgment, now: number) {
  await db
    .insert(judgmentCache)
    .values({
      key,
      modelId,
      text: judgment.text,
      ...verdictColumns(judgment.verdict),
      critique: judgment.critique,
      reasoning: judgment.reasoning || null,
      createdAt: now,
    })
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
