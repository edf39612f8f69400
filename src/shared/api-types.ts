// The shapes of the public JSON API's answers, shared by the worker and the website (README "HTTP API").
// Types only: request types are inferred from the zod schemas in api-schemas.ts, answers are declared here.
import type { Rubric, VoteChoice } from './api-schemas';
import type { PairSummary, RankingMethod } from './ranking-types';

export type { BattleRequest, Rubric, VoteChoice, VoteRequest } from './api-schemas';
/** The two anonymous seats of a battle. */
export type Position = 'A' | 'B';
export type VoteOutcome = 'favourite' | 'underdog' | 'tie';
export type JudgeKind = 'llm' | 'offline';

export interface ModelInfo {
  id: string;
  name: string;
  organization: string;
  license: string;
  kind: JudgeKind;
  /** Can be paired right now (provider configured, not disabled). */
  active: boolean;
}

export interface PublicSample {
  id: string;
  input: string;
  response: string;
  reference?: string;
  category: string;
}

export interface SiteConfig {
  responseGenerator: boolean;
  turnstileSiteKey: string | null;
  limits: { maxTextChars: number; maxRubricChars: number };
  resting: Resting | null;
}

/** The arena has spent today's paid-call budget: no battles until `until` (ISO time). */
export interface Resting {
  until: string;
  message: string;
}

/** A battle as clients see it before the vote: no judge identities. */
export interface PublicBattle {
  id: string;
  input: string;
  response: string;
  reference?: string;
  rubric: Rubric;
}

export interface PublicJudgment {
  status: 'pending' | 'complete' | 'error';
  score?: number;
  critique?: string;
  error?: string;
}

export interface RevealedModel {
  id: string;
  name: string;
  organization: string;
  kind: JudgeKind;
}

export interface VoteAnswer {
  choice: VoteChoice;
  models: Record<Position, RevealedModel>;
  outcome: VoteOutcome;
}

export interface BattleDetails extends PublicBattle {
  status: 'pending' | 'running' | 'judged' | 'failed' | 'voted';
  judgments: Record<Position, PublicJudgment>;
  /** Present only once voted. */
  vote?: VoteAnswer;
}

/** The events of GET /api/battles/:id/stream. */
export type BattleEvent =
  | { type: 'delta'; judge: Position; text: string }
  | { type: 'judgment'; judge: Position; score: number; critique: string }
  | { type: 'judge_error'; judge: Position; message: string }
  | { type: 'done' };

export interface LeaderboardEntry {
  id: string;
  name: string;
  organization: string;
  license: string;
  kind: JudgeKind;
  /** Bradley–Terry rating on the Elo scale. */
  rating: number;
  /** 95% bootstrap interval; null without a bootstrap, or when resampling cannot vary the rating (e.g. one vote). */
  ci: [number, number] | null;
  rank: number;
  /** 1 + judges whose interval lies entirely above this one's ("Rank (UB)"); null without an interval. */
  rankUpperBound: number | null;
  /** Online Elo, updated with every counted vote. */
  elo: number | null;
  votes: number;
  wins: number;
  losses: number;
  ties: number;
  bothBad: number;
  preliminary: boolean;
}

export interface Leaderboard {
  updatedAt: string | null;
  totalVotes: number;
  computeMs?: number;
  method?: RankingMethod;
  /** Groups of judges never compared with each other; ratings are only comparable within a group. */
  components?: string[][];
  models: LeaderboardEntry[];
}

export interface PairsDocument {
  updatedAt: string | null;
  pairs: (PairSummary & { nameA: string; nameB: string })[];
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
