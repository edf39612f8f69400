// Shapes of the worker's JSON API (see README "HTTP API"). Only what the site reads.
import type { LIMITS } from '../../../src/limits';

export type Position = 'A' | 'B';
export type VoteChoice = 'A' | 'B' | 'tie' | 'both_bad';
export type VoteOutcome = 'favourite' | 'underdog' | 'tie';

export interface Rubric {
  criteria: string;
  scores: [string, string, string, string, string];
}

export interface SiteConfig {
  responseGenerator: boolean;
  turnstileSiteKey: string | null;
  limits: Pick<typeof LIMITS, 'maxTextChars' | 'maxRubricChars'>;
  resting: null | { until: string; message: string };
}

export interface Sample {
  id: string;
  input: string;
  response: string;
  reference?: string;
  category: string;
}

export interface Battle {
  id: string;
  input: string;
  response: string;
  reference?: string;
  rubric: Rubric;
}

export interface RevealedModel {
  id: string;
  name: string;
  organization: string;
  kind: 'llm' | 'offline';
}

export interface VoteResult {
  choice: VoteChoice;
  models: { A: RevealedModel; B: RevealedModel };
  outcome: VoteOutcome;
}

export interface JudgmentSnapshot {
  status: 'pending' | 'complete' | 'error';
  score?: number;
  critique?: string;
  error?: string;
}

export interface BattleSnapshot extends Battle {
  status: string;
  judgments: { A: JudgmentSnapshot; B: JudgmentSnapshot };
  vote?: VoteResult;
}

export interface LeaderboardModel {
  id: string;
  name: string;
  organization: string;
  license: string;
  kind: 'llm' | 'offline';
  rating: number;
  ci: [number, number] | null;
  rankUpperBound: number;
  rank: number;
  elo: number;
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
  method?: { model: string; bootstrapRounds: number; prior: number; seed: number };
  components?: string[][];
  models: LeaderboardModel[];
}

export interface BattleRequest {
  sampleId?: string;
  input: string;
  response: string;
  reference?: string;
  rubric?: Rubric;
  turnstileToken?: string;
}
