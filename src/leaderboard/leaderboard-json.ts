// The public leaderboard documents (what GET /api/leaderboard and /api/leaderboard/pairs serve), built from
// a ranking result and the judge registry. Pure.
import type { JudgeModel } from '../judges/registry';
import type { Leaderboard, LeaderboardEntry, PairsDocument } from '../shared/api-types';
import type { RankingResult } from '../ranking/types';
import { judgeDetailsLookup } from './judge-details';
import type { PerformanceReport } from './judge-performance-report';
import { LEADERBOARD_SCHEMA_VERSION } from './schema-version';

export const LEADERBOARD_KEY = 'leaderboard:v1';
export const PAIRS_KEY = 'leaderboard-pairs:v1';

/** What the API serves before the cron has ever run. */
export const EMPTY_LEADERBOARD: Leaderboard = { schemaVersion: LEADERBOARD_SCHEMA_VERSION, updatedAt: null, totalVotes: 0, models: [] };
export const EMPTY_PAIRS_DOCUMENT: PairsDocument = { schemaVersion: LEADERBOARD_SCHEMA_VERSION, updatedAt: null, pairs: [] };

export function buildLeaderboard(
  ranking: RankingResult,
  models: readonly JudgeModel[],
  totalVotes: number,
  updatedAt: Date,
  computeMs: number,
  performance?: PerformanceReport,
): Leaderboard {
  const byId = new Map(models.map((m) => [m.id, m]));
  const detailsOf = performance?.detailsOf ?? judgeDetailsLookup(models, new Map());
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    schemaVersion: LEADERBOARD_SCHEMA_VERSION,
    updatedAt: updatedAt.toISOString(),
    totalVotes,
    computeMs: Math.round(computeMs * 10) / 10,
    method: ranking.method,
    components: ranking.components,
    ...(performance ? { performanceWindow: performance.window } : {}),
    // Judges without a counted vote have nothing to show yet (and are the only ones without a rating).
    models: ranking.judges
      .filter((j): j is typeof j & { rating: number; rank: number } => j.votes > 0 && j.rating !== null && j.rank !== null)
      .map((j): LeaderboardEntry => {
        const m = byId.get(j.id);
        return {
          id: j.id,
          name: m?.name ?? j.id,
          organization: m?.organization ?? '',
          license: m?.license ?? '',
          kind: m?.kind ?? 'llm',
          rating: round1(j.rating),
          ci: j.ci ? [round1(j.ci[0]), round1(j.ci[1])] : null,
          rank: j.rank,
          rankUpperBound: j.rankUpperBound,
          elo: j.elo === null ? null : round1(j.elo),
          votes: j.votes,
          wins: j.wins,
          losses: j.losses,
          ties: j.ties,
          bothBad: j.bothBad,
          preliminary: j.preliminary,
          ...detailsOf(j.id),
        };
      }),
  };
}

export function buildPairsDocument(ranking: RankingResult, models: readonly JudgeModel[], updatedAt: Date): PairsDocument {
  const names = new Map(models.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    schemaVersion: LEADERBOARD_SCHEMA_VERSION,
    updatedAt: updatedAt.toISOString(),
    pairs: ranking.pairs.map((p) => ({ ...p, nameA: name(p.a), nameB: name(p.b) })),
  };
}
