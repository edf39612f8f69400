// The worker's JSON API shapes (README "HTTP API"), taken from the one module the worker itself uses,
// so the site and the worker cannot drift apart. Types only: nothing of the worker ends up in the bundle.
export type {
  ApiErrorBody,
  BattleDetails,
  BattleEvent,
  BattleRequest,
  JudgeKind,
  Leaderboard,
  LeaderboardEntry,
  PairsDocument,
  Position,
  PublicBattle,
  PublicJudgment,
  PublicSample,
  RevealedModel,
  Rubric,
  SiteConfig,
  VoteAnswer,
  VoteChoice,
  VoteOutcome,
} from '../../../src/api-types';
export type { RankingMethod, RankingPrior } from '../../../src/ranking/types';
