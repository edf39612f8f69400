// D1 reads of the vote export: pages of votes in (created_at, vote id) order, each joined with its battle, the
// prompt's texts and both judgments. The only module that knows the export's SQL. A page is one bounded query
// on the votes_created_id index; nothing reads the whole table.
import { and, asc, eq, gt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import type { ShownOrder } from '../shared/api-types';
import { battles, judgments, prompts, votes } from '../db/schema';
import { columnAs, joinPromptTexts, promptTexts } from '../battles/prompt-texts';
import type { ExportJudgment, ExportRow } from './vote-export-line';

export interface VoteKey {
  createdAt: number;
  voteId: string;
}

export interface PageQuery {
  /** Votes cast at or before this time. */
  until: number;
  /** Start after this vote (exclusive). */
  after?: VoteKey;
  /** Stop at this vote (inclusive). */
  through?: VoteKey;
  /** Counted votes only (the public export). */
  countedOnly: boolean;
  limit: number;
}

const judgmentA = alias(judgments, 'judgment_a');
const judgmentB = alias(judgments, 'judgment_b');
const { input: inputText, response: responseText, reference: referenceText, rubric: rubricText } = promptTexts;
const as = columnAs;

function conditions(q: Omit<PageQuery, 'limit'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [lte(votes.createdAt, q.until)];
  if (q.countedOnly) parts.push(eq(votes.counted, true));
  if (q.after) {
    parts.push(or(gt(votes.createdAt, q.after.createdAt), and(eq(votes.createdAt, q.after.createdAt), gt(votes.id, q.after.voteId))));
  }
  if (q.through) {
    parts.push(
      or(sql`${votes.createdAt} < ${q.through.createdAt}`, and(eq(votes.createdAt, q.through.createdAt), lte(votes.id, q.through.voteId))),
    );
  }
  return and(...parts);
}

/**
 * The key of the `limit`-th vote after `after` (where a response of `limit` votes ends), and whether any vote
 * follows it. Reads index entries only.
 */
export async function pageEnd(db: Database, q: Omit<PageQuery, 'through'>): Promise<{ end: VoteKey | null; more: boolean }> {
  const rows = await db
    .select({ createdAt: votes.createdAt, voteId: votes.id })
    .from(votes)
    .where(conditions(q))
    .orderBy(asc(votes.createdAt), asc(votes.id))
    .limit(2)
    .offset(q.limit - 1);
  return { end: rows[0] ?? null, more: rows.length > 1 };
}

/** One page of votes with everything a line needs, in export order. */
export async function readExportRows(db: Database, q: PageQuery): Promise<ExportRow[]> {
  const query = db
    .select({
      voteId: votes.id,
      battleId: votes.battleId,
      choice: votes.choice,
      modelA: votes.modelA,
      modelB: votes.modelB,
      counted: votes.counted,
      excludedReason: votes.excludedReason,
      createdAt: votes.createdAt,
      format: battles.format,
      sampleId: battles.sampleId,
      category: battles.category,
      promptHash: battles.promptHash,
      input: sql<string | null>`coalesce(${inputText.body}, ${battles.legacyInput})`.as('input_body'),
      response: sql<string | null>`coalesce(${responseText.body}, ${battles.legacyResponse})`.as('response_body'),
      reference: sql<string | null>`coalesce(${referenceText.body}, ${battles.legacyReference})`.as('reference_body'),
      rubricJson: sql<string | null>`coalesce(${rubricText.body}, ${battles.legacyRubricJson})`.as('rubric_body'),
      rubricHash: prompts.rubricHash,
      scoreA: as<number | null>(judgmentA.score, 'score_a'),
      verdictA: as<ExportJudgment['verdict']>(judgmentA.verdict, 'verdict_a'),
      critiqueA: as<string | null>(judgmentA.critique, 'critique_a'),
      reasoningA: as<string | null>(judgmentA.reasoning, 'reasoning_a'),
      shownOrderA: as<ShownOrder | null>(judgmentA.shownOrder, 'shown_order_a'),
      scoreB: as<number | null>(judgmentB.score, 'score_b'),
      verdictB: as<ExportJudgment['verdict']>(judgmentB.verdict, 'verdict_b'),
      critiqueB: as<string | null>(judgmentB.critique, 'critique_b'),
      reasoningB: as<string | null>(judgmentB.reasoning, 'reasoning_b'),
      shownOrderB: as<ShownOrder | null>(judgmentB.shownOrder, 'shown_order_b'),
    })
    .from(votes)
    .innerJoin(battles, eq(battles.id, votes.battleId))
    .$dynamic();
  const rows = await joinPromptTexts(query)
    .leftJoin(judgmentA, and(eq(judgmentA.battleId, votes.battleId), eq(judgmentA.position, 'A')))
    .leftJoin(judgmentB, and(eq(judgmentB.battleId, votes.battleId), eq(judgmentB.position, 'B')))
    .where(conditions(q))
    .orderBy(asc(votes.createdAt), asc(votes.id))
    .limit(q.limit);
  return rows.map(({ scoreA, verdictA, critiqueA, reasoningA, shownOrderA, scoreB, verdictB, critiqueB, reasoningB, shownOrderB, ...r }) => ({
    ...r,
    judgeA: { score: scoreA, verdict: verdictA, critique: critiqueA, reasoning: reasoningA, shownOrder: shownOrderA },
    judgeB: { score: scoreB, verdict: verdictB, critique: critiqueB, reasoning: reasoningB, shownOrder: shownOrderB },
  }));
}
