// The SQL of the hourly clean-up: deleting battles no vote refers to (with their judgments, then the prompts and
// texts nothing else uses), moving the inline texts of battles from before migration 0002 into `texts`, and
// deleting the rows of tables that only matter for a while (pruneExpiredRows).
// Every step is bounded (a LIMIT per run) and re-checks, inside its atomic batch, that nothing still refers to
// what it deletes, so a vote or a battle that arrives meanwhile keeps what it needs.
import { and, asc, eq, inArray, isNull, lt, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { battles, judgmentCache, judgments, paidCallSnapshots, prompts, texts, votes } from '../db/schema';
import type { Rubric } from '../judges/types';
import { promptWrites } from './battle-store';
import { addressPrompt } from './prompt-content';

/** D1 allows 100 bound parameters per statement; lists of ids are cut into pieces below that. */
const PARAMS_PER_STATEMENT = 90;

export interface PruneCounts {
  battles: number;
  judgments: number;
  prompts: number;
  texts: number;
}

/**
 * Deletes up to `limit` battles created before `cutoff` that no vote refers to (never voted on), their
 * judgments, and the prompts and texts no remaining battle uses. Oldest first.
 */
export async function pruneUnvotedBattles(db: Database, cutoff: number, limit: number): Promise<PruneCounts> {
  const victims = await db
    .select({ id: battles.id, promptHash: battles.promptHash })
    .from(battles)
    .where(and(lt(battles.createdAt, cutoff), ne(battles.status, 'voted'), noVoteOn(db, battles.id)))
    .orderBy(asc(battles.createdAt))
    .limit(limit);
  if (victims.length === 0) return { battles: 0, judgments: 0, prompts: 0, texts: 0 };

  const promptHashes = [...new Set(victims.flatMap((v) => (v.promptHash === null ? [] : [v.promptHash])))];
  const textHashes = new Set<string>();
  for (const piece of pieces(promptHashes)) {
    const rows = await db.select().from(prompts).where(inArray(prompts.hash, piece));
    for (const p of rows) [p.inputHash, p.responseHash, p.referenceHash, p.rubricHash].forEach((h) => h && textHashes.add(h));
  }

  // Order matters: a prompt is free once its battles are gone, a text once its prompts are.
  const deletes = [
    ...pieces(victims.map((v) => v.id)).flatMap((piece) => [
      {
        table: 'judgments' as const,
        query: db
          .delete(judgments)
          .where(and(inArray(judgments.battleId, piece), noVoteOn(db, judgments.battleId)))
          .returning({ key: judgments.battleId }),
      },
      {
        table: 'battles' as const,
        query: db
          .delete(battles)
          .where(and(inArray(battles.id, piece), ne(battles.status, 'voted'), noVoteOn(db, battles.id)))
          .returning({ key: battles.id }),
      },
    ]),
    ...pieces(promptHashes).map((piece) => ({
      table: 'prompts' as const,
      query: db
        .delete(prompts)
        .where(and(inArray(prompts.hash, piece), notExists(db.select({ one: sql`1` }).from(battles).where(usesPrompt(prompts.hash)))))
        .returning({ key: prompts.hash }),
    })),
    ...pieces([...textHashes]).map((piece) => ({
      table: 'texts' as const,
      query: db
        .delete(texts)
        .where(and(inArray(texts.hash, piece), notExists(db.select({ one: sql`1` }).from(prompts).where(usesText(texts.hash)))))
        .returning({ key: texts.hash }),
    })),
  ];
  const [first, ...rest] = deletes.map((d) => d.query);
  const results = first ? await db.batch([first, ...rest]) : [];
  const counts: PruneCounts = { battles: 0, judgments: 0, prompts: 0, texts: 0 };
  results.forEach((rows, i) => (counts[deletes[i]!.table] += rows.length));
  return counts;
}

/**
 * Moves the inline texts of up to `limit` battles from before migration 0002 into `texts`/`prompts` and points
 * the battles at them (SQLite cannot compute the SHA-256 in the migration). Returns how many it moved.
 */
export async function backfillPromptHashes(db: Database, limit: number): Promise<number> {
  const legacy = await db
    .select({
      id: battles.id,
      input: battles.legacyInput,
      response: battles.legacyResponse,
      reference: battles.legacyReference,
      rubricJson: battles.legacyRubricJson,
    })
    .from(battles)
    .where(isNull(battles.promptHash))
    .limit(limit);
  let moved = 0;
  for (const row of legacy) {
    const { input, response, reference, rubricJson } = row;
    if (input === null || response === null || rubricJson === null) {
      console.error('battle without texts left as it is', { battleId: row.id });
      continue;
    }
    const prompt = await addressPrompt({ input, response, reference, rubric: JSON.parse(rubricJson) as Rubric });
    // One battle per batch keeps every statement small; the guard makes a second run a no-op.
    const [, , updated] = await db.batch([
      ...promptWrites(db, prompt),
      db
        .update(battles)
        .set({ promptHash: prompt.hash, legacyInput: null, legacyResponse: null, legacyReference: null, legacyRubricJson: null })
        .where(and(eq(battles.id, row.id), isNull(battles.promptHash)))
        .returning({ id: battles.id }),
    ]);
    moved += updated.length;
  }
  return moved;
}

/** Where each table's rows stop being needed (ms since the epoch; see prune-storage.ts for why each is safe). */
export interface ExpiryCutoffs {
  /** paid_call_snapshots of hours starting before this. */
  paidCallSnapshots: number;
  /** judgment_cache entries created before this and never reused. */
  unusedCache: number;
}

export interface ExpiredCounts {
  paidCallSnapshots: number;
  cache: number;
}

/** Deletes up to `limit` rows of each table past its cutoff, oldest first (each by an index on its time). */
export async function pruneExpiredRows(db: Database, cutoffs: ExpiryCutoffs, limit: number): Promise<ExpiredCounts> {
  const [snapshots, cache] = await db.batch([
    deleteOldest(db, paidCallSnapshots, paidCallSnapshots.hourStart, lt(paidCallSnapshots.hourStart, cutoffs.paidCallSnapshots), limit),
    deleteOldest(db, judgmentCache, judgmentCache.createdAt, and(lt(judgmentCache.createdAt, cutoffs.unusedCache), eq(judgmentCache.hits, 0))!, limit),
  ]);
  return { paidCallSnapshots: snapshots.meta.changes ?? 0, cache: cache.meta.changes ?? 0 };
}

/** DELETE of at most `limit` rows matching `where`, oldest by `time` first (SQLite's rowid picks them). */
function deleteOldest(db: Database, table: SQLiteTable, time: SQLiteColumn, where: SQL, limit: number) {
  const oldest = db.select({ rowid: sql`rowid` }).from(table).where(where).orderBy(asc(time)).limit(limit);
  return db.delete(table).where(inArray(sql`rowid`, oldest));
}

/** No vote (stored, counted or not) refers to the battle `battleId`. */
function noVoteOn(db: Database, battleId: SQLiteColumn) {
  return notExists(db.select({ one: sql`1` }).from(votes).where(eq(votes.battleId, battleId)));
}

/** Some battle points at the prompt `hash`. */
function usesPrompt(hash: SQLiteColumn) {
  return eq(battles.promptHash, hash);
}

/** Some prompt uses the text `hash`, as any of its parts. */
function usesText(hash: SQLiteColumn) {
  return or(eq(prompts.inputHash, hash), eq(prompts.responseHash, hash), eq(prompts.referenceHash, hash), eq(prompts.rubricHash, hash));
}

function pieces<T>(items: T[], size = PARAMS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
