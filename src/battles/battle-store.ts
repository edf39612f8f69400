// D1 reads and writes of battles, their judgments and their prompts. The only module that knows their SQL.
// A battle's texts live once in `texts`/`prompts` (content-addressed, see src/db/schema/content.ts); loading joins them back
// (prompt-texts.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { battles, judgments, prompts, replacedFailures, samplePool, texts } from '../db/schema';
import { bankCategoryOfSampleId, SAMPLE_CATEGORIES, type SliceCategory, type SliceFormat } from '../shared/leaderboard-slices';
import { POOLED_SAMPLE_ID_PREFIX } from '../samples/sample-pool';
import { operatorReason } from '../judges/failures';
import type { JudgeFailure, Judgment } from '../judges/types';
import type { BinaryRubric, PairwiseRubric, Rubric } from '../shared/request-schemas';
import type { ShownOrder } from '../judges/pairwise-order';
import { columnAs, joinPromptTexts, promptTexts } from './prompt-texts';
import { verdictColumns } from '../judges/judge-formats';
import { addressPrompt, formatOf, pairwiseResponses, type AddressedPrompt, type PromptContent } from './prompt-content';

import type { Position } from '../shared/api-types';
export type { Position };
export const POSITIONS: readonly Position[] = ['A', 'B'];

export type BattleRow = typeof battles.$inferSelect;
export type JudgmentRow = typeof judgments.$inferSelect;
type LegacyTextColumns = 'legacyInput' | 'legacyResponse' | 'legacyReference' | 'legacyRubricJson';

/** What a battle grades that depends on its format: the texts and the rubric (pairwise: the visitor's order). */
export type FormatTexts =
  | { format: 'likert'; response: string; rubric: Rubric }
  | { format: 'binary'; response: string; rubric: BinaryRubric }
  | { format: 'pairwise'; responses: [string, string]; rubric: PairwiseRubric };

/** A battle's texts and rubric in its format. */
export type StoredContent = { input: string; reference: string | null } & FormatTexts;

/** A battle with its texts and rubric joined back, however they are stored. */
export type StoredBattle = Omit<BattleRow, LegacyTextColumns | 'format'> & StoredContent & { judgments: Record<Position, JudgmentRow> };

/**
 * A battle's prompt content with, for pairwise, the order each position's judge is shown the responses in: drawn
 * by the caller (create-battle.ts, from the same random source as the pair), never by the store.
 */
type JudgedContent =
  | (Exclude<PromptContent, { format: 'pairwise' }> & { shownOrders?: undefined })
  | (Extract<PromptContent, { format: 'pairwise' }> & { shownOrders: Record<Position, ShownOrder> });

/** A battle to store: its prompt content (no format: likert) and who judges it. */
export type NewBattle = JudgedContent & {
  id: string;
  sampleId?: string;
  models: [a: string, b: string];
  parentId?: string;
  visitorId?: string;
  now: number;
};

/**
 * The battle's category: the bank category its sample id names, a pooled sample's (read in the insert itself,
 * no extra round trip), else custom (the visitor's own sample).
 */
function categoryOf(sampleId: string | undefined) {
  const bank = bankCategoryOfSampleId(sampleId);
  if (bank) return bank;
  if (!sampleId?.startsWith(POOLED_SAMPLE_ID_PREFIX)) return 'custom';
  const known = sql.join(SAMPLE_CATEGORIES.map((c) => sql`${c}`), sql`, `);
  const pooled = sql`lower(trim(${samplePool.category}))`;
  return sql<SliceCategory>`coalesce((select ${pooled} from ${samplePool} where ${samplePool.id} = ${sampleId} and ${pooled} in (${known})), 'custom')`;
}

/** Stores the prompt's texts (each at most once) and the battle pointing at it, in one atomic batch. */
export async function insertBattle(db: Database, b: NewBattle): Promise<void> {
  const prompt = await addressPrompt(b);
  const format: SliceFormat = formatOf(b);
  const shown = b.format === 'pairwise' ? b.shownOrders : null;
  await db.batch([
    ...promptWrites(db, prompt),
    db.insert(battles).values({
      id: b.id,
      sampleId: b.sampleId ?? null,
      promptHash: prompt.hash,
      modelA: b.models[0],
      modelB: b.models[1],
      status: 'pending',
      parentId: b.parentId ?? null,
      visitorId: b.visitorId ?? null,
      format,
      category: categoryOf(b.sampleId),
      createdAt: b.now,
    }),
    db.insert(judgments).values([
      { battleId: b.id, position: 'A', modelId: b.models[0], status: 'pending', shownOrder: shown?.A ?? null },
      { battleId: b.id, position: 'B', modelId: b.models[1], status: 'pending', shownOrder: shown?.B ?? null },
    ]),
  ]);
}

/** The writes that make a prompt and its texts exist; a no-op for what is already stored. */
export function promptWrites(db: Database, prompt: AddressedPrompt) {
  return [
    db.insert(texts).values(prompt.texts).onConflictDoNothing(),
    db
      .insert(prompts)
      .values({
        hash: prompt.hash,
        inputHash: prompt.inputHash,
        responseHash: prompt.responseHash,
        referenceHash: prompt.referenceHash,
        rubricHash: prompt.rubricHash,
      })
      .onConflictDoNothing(),
  ] as const;
}

export async function loadBattle(db: Database, id: string): Promise<StoredBattle | null> {
  const [found, rows] = await db.batch([
    joinPromptTexts(
      db
        .select({
          battle: battles,
          input: columnAs<string | null>(promptTexts.input.body, 'input_body'),
          response: columnAs<string | null>(promptTexts.response.body, 'response_body'),
          reference: columnAs<string | null>(promptTexts.reference.body, 'reference_body'),
          rubricJson: columnAs<string | null>(promptTexts.rubric.body, 'rubric_body'),
        })
        .from(battles)
        .$dynamic(),
    ).where(eq(battles.id, id)),
    db.select().from(judgments).where(eq(judgments.battleId, id)),
  ]);
  const row = found[0];
  if (!row) return null;
  const { legacyInput, legacyResponse, legacyReference, legacyRubricJson, format, ...columns } = row.battle;
  // A battle from before migration 0002 that the hourly backfill has not reached keeps its texts inline.
  const inline = columns.promptHash === null;
  const input = inline ? legacyInput : row.input;
  const response = inline ? legacyResponse : row.response;
  const rubricJson = inline ? legacyRubricJson : row.rubricJson;
  if (input === null || response === null || rubricJson === null) throw new Error(`battle ${id}: its texts are missing`);
  const byPosition = Object.fromEntries(rows.map((j) => [j.position, j])) as Record<Position, JudgmentRow>;
  const shared = { ...columns, input, reference: inline ? legacyReference : row.reference, judgments: byPosition };
  switch (format) {
    case 'likert':
      return { ...shared, format, response, rubric: JSON.parse(rubricJson) as Rubric };
    case 'binary':
      return { ...shared, format, response, rubric: JSON.parse(rubricJson) as BinaryRubric };
    case 'pairwise':
      return { ...shared, format, responses: pairwiseResponses(response), rubric: JSON.parse(rubricJson) as PairwiseRubric };
  }
}

/** Atomically moves a pending battle to running; true for exactly one caller, so judges run once per battle. */
export async function claimRun(db: Database, id: string, now: number): Promise<boolean> {
  const res = await db
    .update(battles)
    .set({ status: 'running', runStartedAt: now })
    .where(and(eq(battles.id, id), eq(battles.status, 'pending')))
    .run();
  return (res.meta.changes ?? 0) === 1;
}

/** Why the judge being replaced gave up, for its failure rate (stored without the battle). */
export interface ReplacedFailure {
  modelId: string;
  failure: JudgeFailure;
  latencyMs: number;
  now: number;
}

/** Puts another judge in a position (failover before anything was shown); positions never change. */
export async function replaceJudge(db: Database, id: string, position: Position, modelId: string, replaced?: ReplacedFailure): Promise<void> {
  const writes = [
    db.update(battles).set(position === 'A' ? { modelA: modelId } : { modelB: modelId }).where(eq(battles.id, id)),
    db
      .update(judgments)
      .set({ modelId })
      .where(and(eq(judgments.battleId, id), eq(judgments.position, position))),
  ] as const;
  if (!replaced) {
    await db.batch(writes);
    return;
  }
  const { modelId: failedModelId, failure, latencyMs, now } = replaced;
  await db.batch([
    ...writes,
    db.insert(replacedFailures).values({ modelId: failedModelId, failureKind: failure.kind, latencyMs, finishedAt: now }),
  ]);
}

export type JudgmentOutcome =
  | { ok: true; judgment: Judgment; cached: boolean }
  | { ok: false; failure: JudgeFailure; text: string; reasoning?: string; latencyMs: number };

export async function saveJudgment(db: Database, id: string, position: Position, outcome: JudgmentOutcome, now: number) {
  const values = outcome.ok
    ? {
        status: 'complete' as const,
        text: outcome.judgment.text,
        // pairwise: in the visitor's order (run-battle.ts maps it back before saving).
        ...verdictColumns(outcome.judgment.verdict),
        critique: outcome.judgment.critique,
        reasoning: outcome.judgment.reasoning || null,
        latencyMs: outcome.judgment.latencyMs,
        cached: outcome.cached,
        finishedAt: now,
        ttftMs: outcome.judgment.ttftMs ?? null,
        inputTokens: outcome.judgment.usage?.inputTokens ?? null,
        outputTokens: outcome.judgment.usage?.outputTokens ?? null,
        usageEstimated: outcome.judgment.usage?.estimated ?? null,
      }
    : {
        status: 'error' as const,
        text: outcome.text,
        reasoning: outcome.reasoning || null,
        errorMessage: outcome.failure.message,
        errorDetail: operatorReason(outcome.failure),
        failureKind: outcome.failure.kind,
        latencyMs: outcome.latencyMs,
        finishedAt: now,
      };
  await db
    .update(judgments)
    .set(values)
    .where(and(eq(judgments.battleId, id), eq(judgments.position, position)));
}


/** Ends a run: judged when both judgments are complete, failed otherwise. */
export async function finishRun(db: Database, id: string, bothComplete: boolean, now: number): Promise<void> {
  await db
    .update(battles)
    .set({ status: bothComplete ? 'judged' : 'failed', judgedAt: now })
    .where(and(eq(battles.id, id), eq(battles.status, 'running')));
}

/** A run whose worker died (never finished) is closed as failed so clients stop waiting and can regenerate. */
export async function abandonRun(db: Database, id: string, now: number): Promise<void> {
  const message = 'This judge did not finish. Please regenerate the judges.';
  await db.batch([
    db
      .update(judgments)
      .set({ status: 'error', errorMessage: message, errorDetail: 'abandoned run', failureKind: 'abandoned', finishedAt: now })
      .where(and(eq(judgments.battleId, id), eq(judgments.status, 'pending'))),
    db.update(battles).set({ status: 'failed', judgedAt: now }).where(and(eq(battles.id, id), eq(battles.status, 'running'))),
  ]);
}
