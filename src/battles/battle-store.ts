// D1 reads and writes of battles and their judgments. The only module that knows their SQL.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { battles, judgments } from '../db/schema';
import type { JudgeFailure, Judgment, Rubric } from '../judges/types';

import type { Position } from '../shared/api-types';
export type { Position };
export const POSITIONS: readonly Position[] = ['A', 'B'];

export type BattleRow = typeof battles.$inferSelect;
export type JudgmentRow = typeof judgments.$inferSelect;

export interface StoredBattle extends BattleRow {
  rubric: Rubric;
  judgments: Record<Position, JudgmentRow>;
}

export interface NewBattle {
  id: string;
  sampleId?: string;
  input: string;
  response: string;
  reference?: string;
  rubric: Rubric;
  models: [a: string, b: string];
  parentId?: string;
  visitorId?: string;
  now: number;
}

export async function insertBattle(db: Database, b: NewBattle): Promise<void> {
  await db.batch([
    db.insert(battles).values({
      id: b.id,
      sampleId: b.sampleId ?? null,
      input: b.input,
      response: b.response,
      reference: b.reference ?? null,
      rubricJson: JSON.stringify(b.rubric),
      modelA: b.models[0],
      modelB: b.models[1],
      status: 'pending',
      parentId: b.parentId ?? null,
      visitorId: b.visitorId ?? null,
      createdAt: b.now,
    }),
    db.insert(judgments).values([
      { battleId: b.id, position: 'A', modelId: b.models[0], status: 'pending' },
      { battleId: b.id, position: 'B', modelId: b.models[1], status: 'pending' },
    ]),
  ]);
}

export async function loadBattle(db: Database, id: string): Promise<StoredBattle | null> {
  const [row, rows] = await db.batch([
    db.select().from(battles).where(eq(battles.id, id)),
    db.select().from(judgments).where(eq(judgments.battleId, id)),
  ]);
  if (!row[0]) return null;
  const byPosition = Object.fromEntries(rows.map((j) => [j.position, j])) as Record<Position, JudgmentRow>;
  return { ...row[0], rubric: JSON.parse(row[0].rubricJson) as Rubric, judgments: byPosition };
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

/** Puts another judge in a position (failover before anything was shown); positions never change. */
export async function replaceJudge(db: Database, id: string, position: Position, modelId: string): Promise<void> {
  await db.batch([
    db.update(battles).set(position === 'A' ? { modelA: modelId } : { modelB: modelId }).where(eq(battles.id, id)),
    db
      .update(judgments)
      .set({ modelId })
      .where(and(eq(judgments.battleId, id), eq(judgments.position, position))),
  ]);
}

export type JudgmentOutcome =
  | { ok: true; judgment: Judgment; cached: boolean }
  | { ok: false; failure: JudgeFailure; text: string; latencyMs: number };

export async function saveJudgment(db: Database, id: string, position: Position, outcome: JudgmentOutcome, now: number) {
  const values = outcome.ok
    ? {
        status: 'complete' as const,
        text: outcome.judgment.text,
        score: outcome.judgment.score,
        critique: outcome.judgment.critique,
        latencyMs: outcome.judgment.latencyMs,
        cached: outcome.cached,
        finishedAt: now,
      }
    : {
        status: 'error' as const,
        text: outcome.text,
        errorMessage: outcome.failure.message,
        errorDetail: operatorReason(outcome.failure),
        latencyMs: outcome.latencyMs,
        finishedAt: now,
      };
  await db
    .update(judgments)
    .set(values)
    .where(and(eq(judgments.battleId, id), eq(judgments.position, position)));
}

/** A failure as operators read it: kind, provider status, short reason. Never shown to visitors. */
export function operatorReason(failure: JudgeFailure): string {
  return `${failure.kind}${failure.status ? ` ${failure.status}` : ''}: ${failure.detail}`.slice(0, 300);
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
      .set({ status: 'error', errorMessage: message, errorDetail: 'abandoned run', finishedAt: now })
      .where(and(eq(judgments.battleId, id), eq(judgments.status, 'pending'))),
    db.update(battles).set({ status: 'failed', judgedAt: now }).where(and(eq(battles.id, id), eq(battles.status, 'running'))),
  ]);
}
