// Position bias for the leaderboard (issue 10): per judge, the share of its pairwise verdicts that chose the response
// it was shown first, read by the hourly job from the stored judgments (the order each judge was shown is on its
// judgment row; the verdict is stored in the visitor's order and mapped back here). Never the vote table. The read is
// grouped in D1, so it returns at most judges × categories × 2 orders × 3 verdicts rows.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { database } from '../db/client';
import { battles, judgments } from '../db/schema';
import { verdictInVisitorOrder, type ShownOrder } from '../judges/pairwise-order';
import { positionBias, type PairwiseRecord } from '../judges/position-bias';
import type { Leaderboard, PairwiseVerdict } from '../shared/api-types';
import type { SliceCategory } from '../shared/leaderboard-slices';

/** How many complete pairwise judgments of one judge, in one category, were shown one order and gave one verdict. */
export interface PairwiseVerdictCount {
  modelId: string;
  category: SliceCategory;
  shownOrder: ShownOrder;
  /** In the visitor's order, as stored. */
  verdict: PairwiseVerdict;
  judgments: number;
}

export async function readPairwiseVerdictCounts(d1: D1Database): Promise<PairwiseVerdictCount[]> {
  const rows = await database(d1)
    .select({
      modelId: judgments.modelId,
      category: battles.category,
      shownOrder: judgments.shownOrder,
      verdict: judgments.verdict,
      judgments: sql<number>`count(*)`,
    })
    .from(judgments)
    .innerJoin(battles, eq(battles.id, judgments.battleId))
    .where(and(eq(battles.format, 'pairwise'), eq(judgments.status, 'complete'), isNotNull(judgments.shownOrder), isNotNull(judgments.verdict)))
    .groupBy(judgments.modelId, battles.category, judgments.shownOrder, judgments.verdict)
    .all();
  return rows.filter((r): r is PairwiseVerdictCount => r.shownOrder !== null && (r.verdict === 'first' || r.verdict === 'second' || r.verdict === 'tie'));
}

/** A grouped row as its judge saw it: the verdict mapped back to the order shown, standing for its count of judgments. */
function asShown(c: PairwiseVerdictCount): PairwiseRecord {
  return { shownOrder: c.shownOrder, verdictAsShown: verdictInVisitorOrder(c.verdict, c.shownOrder), judgments: c.judgments };
}

/**
 * Each judge's position bias over its pairwise verdicts, in one category or (null) all of them. Pure, and counts the
 * grouped rows as they are: work grows with the rows (judges × categories × 6), not with the judgments they count.
 */
export function positionBiasByJudge(counts: readonly PairwiseVerdictCount[], category: SliceCategory | null) {
  const byJudge = new Map<string, PairwiseRecord[]>();
  for (const c of counts) {
    if (category && c.category !== category) continue;
    const list = byJudge.get(c.modelId) ?? [];
    list.push(asShown(c));
    byJudge.set(c.modelId, list);
  }
  return new Map([...byJudge].map(([modelId, list]) => [modelId, positionBias(list)]));
}

/** The board with each entry's position bias (null for a judge without pairwise verdicts). */
export function withPositionBias(board: Leaderboard, bias: ReadonlyMap<string, ReturnType<typeof positionBias>>): Leaderboard {
  return {
    ...board,
    models: board.models.map((entry) => {
      const b = bias.get(entry.id);
      const summary = b && { verdicts: b.verdicts, firstShown: b.firstShown, ties: b.ties, firstShownShare: b.firstShownShare, firstShownShareOfDecisive: b.firstShownShareOfDecisive };
      return { ...entry, positionBias: summary ?? null };
    }),
  };
}
