// D1 reads and writes of votes and the running counts (votes, pair_counts, judge_stats, and a battle's voted
// state). With vote-write-statements.ts (the vote's batch), the only module that knows their SQL. Writes come from
// the vote ledger alone.
import { and, asc, count, eq, gte, inArray } from 'drizzle-orm';
import type { VoteAnswer } from '../shared/api-types';
import { database } from '../db/client';
import { battles, judgeStats, judgments, pairCounts, pairStyleSums, votes } from '../db/schema';
import { STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS, type PairStyleSums } from '../ranking/style-sums';
import type { PairCount } from '../ranking/types';
import type { BattleSlice } from '../shared/leaderboard-slices';
import type { BattleRecord, RecordedVote } from './vote-decision';
import { voteStatements } from './vote-write-statements';

/**
 * Writes votes in one atomic D1 batch, in the order given (the statements are in vote-write-statements.ts).
 * votes.battle_id is unique: a vote already in D1 makes the whole batch fail, and nothing of it lands.
 */
export async function writeVotes(d1: D1Database, group: readonly RecordedVote[]): Promise<void> {
  const statements = group.flatMap((vote) => voteStatements(d1, vote));
  if (statements.length > 0) await d1.batch(statements);
}

/** What style control reads: every (pair, outcome) row of style moments (at most judges² × 3). */
export async function readStyleSums(d1: D1Database): Promise<PairStyleSums[]> {
  const rows = (await database(d1).select().from(pairStyleSums).all()) as Record<string, unknown>[];
  return rows.map((row) => ({
    lo: row.modelLo as string,
    hi: row.modelHi as string,
    outcome: row.outcome as PairStyleSums['outcome'],
    votes: row.votes as number,
    sums: STYLE_SUM_COLUMNS.map((name) => row[name] as number),
    products: STYLE_PRODUCT_COLUMNS.map((name) => row[name] as number),
  }));
}

/** Which of these battles have their vote in D1 (to tell a batch that failed from one that only looked failed). */
export async function battlesWithVotes(d1: D1Database, battleIds: readonly string[]): Promise<Set<string>> {
  if (battleIds.length === 0) return new Set();
  const rows = await database(d1)
    .select({ battleId: votes.battleId })
    .from(votes)
    .where(inArray(votes.battleId, [...battleIds]))
    .all();
  return new Set(rows.map((r) => r.battleId));
}

/** A battle, its judgments and its vote, in one round trip: what a vote on a battle the ledger was not handed needs. */
export async function readBattleRecord(d1: D1Database, battleId: string): Promise<BattleRecord | null> {
  const db = database(d1);
  const [battle, judged, vote] = await db.batch([
    db
      .select({
        modelA: battles.modelA,
        modelB: battles.modelB,
        status: battles.status,
        createdAt: battles.createdAt,
        judgedAt: battles.judgedAt,
        promptHash: battles.promptHash,
        format: battles.format,
        category: battles.category,
      })
      .from(battles)
      .where(eq(battles.id, battleId)),
    db
      .select({ status: judgments.status, critique: judgments.critique, reasoning: judgments.reasoning, score: judgments.score })
      .from(judgments)
      .where(eq(judgments.battleId, battleId))
      .orderBy(asc(judgments.position)),
    db
      .select({ choice: votes.choice, idempotencyKey: votes.idempotencyKey, answer: votes.responseJson })
      .from(votes)
      .where(eq(votes.battleId, battleId)),
  ]);
  if (!battle[0]) return null;
  return { ...battle[0], judgments: judged, vote: vote[0] ?? null };
}

/** The answer a battle's vote got, as sent to the voter. */
export async function readVoteAnswer(d1: D1Database, battleId: string): Promise<VoteAnswer | null> {
  const row = await database(d1).select({ answer: votes.responseJson }).from(votes).where(eq(votes.battleId, battleId)).get();
  return row?.answer ?? null;
}

/** What the ledger's state starts from: every judge's online Elo, and these visitors' counted votes since `dayStart`. */
export async function readLedgerSeed(
  d1: D1Database,
  visitorIds: readonly string[],
  dayStart: number,
): Promise<{ elo: { modelId: string; elo: number }[]; visitorsToday: Map<string, number> }> {
  const db = database(d1);
  const [elo, visitorsToday] = await Promise.all([
    db.select({ modelId: judgeStats.modelId, elo: judgeStats.elo }).from(judgeStats).all(),
    readCountedVotes(d1, visitorIds, dayStart),
  ]);
  return { elo, visitorsToday };
}

/** Counted votes since `dayStart` of each of these visitors (0 for one with none). */
export async function readCountedVotes(d1: D1Database, visitorIds: readonly string[], dayStart: number): Promise<Map<string, number>> {
  const counts = new Map(visitorIds.map((id) => [id, 0]));
  if (visitorIds.length === 0) return counts;
  const rows = await database(d1)
    .select({ visitorId: votes.visitorId, counted: count() })
    .from(votes)
    .where(and(inArray(votes.visitorId, [...visitorIds]), gte(votes.createdAt, dayStart), eq(votes.counted, true)))
    .groupBy(votes.visitorId)
    .all();
  for (const row of rows) if (row.visitorId) counts.set(row.visitorId, row.counted);
  return counts;
}

/** Every judge's counted votes (judge_stats), for pairing less-voted judges more often. */
export async function readJudgeVoteCounts(d1: D1Database): Promise<Map<string, number>> {
  const rows = await database(d1).select({ id: judgeStats.modelId, votes: judgeStats.votes }).from(judgeStats);
  return new Map(rows.map((row) => [row.id, row.votes]));
}

/** Pair counts of one leaderboard slice. */
export interface SlicePairCount extends PairCount, BattleSlice {}

/** What the hourly ranking reads: the running pair counts per slice (at most slices × judges² rows) and every judge's online Elo. */
export async function readRankingCounts(d1: D1Database): Promise<{ pairCounts: SlicePairCount[]; onlineElo: Record<string, number> }> {
  const db = database(d1);
  const [pairs, stats] = await db.batch([
    db
      .select({
        format: pairCounts.format,
        category: pairCounts.category,
        lo: pairCounts.modelLo,
        hi: pairCounts.modelHi,
        winsLo: pairCounts.winsLo,
        winsHi: pairCounts.winsHi,
        ties: pairCounts.ties,
        bothBad: pairCounts.bothBad,
      })
      .from(pairCounts),
    db.select({ id: judgeStats.modelId, elo: judgeStats.elo }).from(judgeStats),
  ]);
  return { pairCounts: pairs, onlineElo: Object.fromEntries(stats.map((s) => [s.id, s.elo])) };
}
