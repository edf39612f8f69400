// The hourly job's one document per judge (GET /api/leaderboard/judges/:id): the judge's overall entry, its
// standing on every slice board it is on and its record against each opponent, taken from the boards and the
// pairs document just built, so the three can never disagree. Pure.
import type { Leaderboard, PairsDocument } from '../shared/api-types';
import type { JudgeDocument, JudgeMatchup, JudgeSliceStanding } from '../shared/judge-document-schemas';
import { matchupOf } from '../shared/judge-matchup';
import type { SliceDocuments } from './slice-boards';

type PairRecord = PairsDocument['pairs'][number];

/** Every opponent `judge` has met, most battles first. */
export function recordOf(pairs: readonly PairRecord[], judge: string): JudgeMatchup[] {
  return pairs
    .filter((p) => p.a === judge || p.b === judge)
    .map((p) => matchupOf(p, judge))
    .sort((x, y) => y.battles - x.battles || x.opponentName.localeCompare(y.opponentName));
}

/** One document per judge on the overall board; `slices` in the order the job wrote them. */
export function buildJudgeDocuments(overall: Leaderboard, pairs: PairsDocument, slices: readonly SliceDocuments[]): JudgeDocument[] {
  const updatedAt = overall.updatedAt ?? new Date(0).toISOString();
  const standings = new Map<string, JudgeSliceStanding[]>();
  for (const { leaderboard: board } of slices) {
    if (!board.slice) continue;
    for (const m of board.models) {
      const standing: JudgeSliceStanding = {
        slice: board.slice,
        sliceVotes: board.totalVotes,
        sliceJudges: board.models.length,
        rating: m.rating,
        ci: m.ci,
        rank: m.rank,
        rankUpperBound: m.rankUpperBound,
        votes: m.votes,
        wins: m.wins,
        losses: m.losses,
        ties: m.ties,
        bothBad: m.bothBad,
        preliminary: m.preliminary,
        ...(m.positionBias !== undefined ? { positionBias: m.positionBias } : {}),
      };
      standings.set(m.id, [...(standings.get(m.id) ?? []), standing]);
    }
  }
  return overall.models.map((judge) => ({
    schemaVersion: overall.schemaVersion,
    updatedAt,
    totalVotes: overall.totalVotes,
    judge,
    slices: standings.get(judge.id) ?? [],
    record: recordOf(pairs.pairs, judge.id),
  }));
}
