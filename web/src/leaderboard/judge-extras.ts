// The leaderboard fields of issue 11 (cost and speed, open weights and size, history) as the site reads them.
// MERGE: the perf branch defines these in src/shared/response-schemas.ts; once it lands, replace these
// declarations with the types inferred there (@shared/api-types) and drop this file. Every field is optional
// here because documents written before that branch lack them; the pages say "not recorded" then.
import type { Leaderboard, LeaderboardEntry, PairsDocument } from '../api/types';

/** How a judge performed over the hourly job's window of stored judgments. */
export interface JudgePerformance {
  judgments: number;
  medianTtftMs: number | null;
  medianLatencyMs: number | null;
  p90LatencyMs: number | null;
  failureRate: number | null;
  /** Null when the judge's registry entry carries no price. */
  costPer1kJudgmentsUsd: number | null;
}

export type RankedJudge = LeaderboardEntry & {
  performance?: JudgePerformance;
  openWeights?: boolean;
  /** Billions of parameters; null when undisclosed. */
  parametersB?: number | null;
};

export type LeaderboardDocument = Omit<Leaderboard, 'models'> & { schemaVersion?: number; models: RankedJudge[] };

export type PairRecord = PairsDocument['pairs'][number];

/** GET /api/leaderboard/history?judge=<id> */
export interface HistoryPoint {
  at: string;
  rating: number;
  ci: [number, number] | null;
  votes: number;
}

export interface RatingHistory {
  schemaVersion: number;
  judge: string;
  points: HistoryPoint[];
}
