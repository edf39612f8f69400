// The worker's JSON API shapes (README "HTTP API"), taken from the modules the worker itself uses (src/shared/),
// so the site and the worker cannot drift apart. `import type` only: no zod, nothing of the worker, in the bundle.
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
} from '@shared/api-types';
export type { RankingMethod, RankingPrior } from '@shared/ranking-types';
