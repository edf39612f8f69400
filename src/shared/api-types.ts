// The types of the public JSON API (README "HTTP API"), inferred from its zod schemas and shared by the worker
// and the website. Types only (`import type`), so importing this file brings no zod into a bundle.
import type * as z from './zod';
import type * as leaderboard from './leaderboard-schemas';
import type * as responses from './response-schemas';

export type { BattleRequest, BinaryRubric, CreateBattleInput, JudgeFormat, PairwiseRubric, Rubric, VoteChoice, VoteRequest } from './request-schemas';

/** The two anonymous seats of a battle. */
export type Position = z.infer<typeof responses.positionSchema>;
export type JudgeKind = z.infer<typeof responses.judgeKindSchema>;
export type VoteOutcome = z.infer<typeof responses.voteOutcomeSchema>;
export type ModelInfo = z.infer<typeof responses.modelInfoSchema>;
export type PublicSample = z.infer<typeof responses.publicSampleSchema>;
export type Resting = z.infer<typeof responses.restingSchema>;
export type SiteConfig = z.infer<typeof responses.siteConfigSchema>;
/** A battle as clients see it before the vote: no judge identities. */
export type PublicBattle = z.infer<typeof responses.publicBattleSchema>;
export type PublicJudgment = z.infer<typeof responses.publicJudgmentSchema>;
export type BinaryVerdict = z.infer<typeof responses.binaryVerdictSchema>;
export type PairwiseVerdict = z.infer<typeof responses.pairwiseVerdictSchema>;
export type ShownOrder = z.infer<typeof responses.shownOrderSchema>;
export type RevealedModel = z.infer<typeof responses.revealedModelSchema>;
export type VoteAnswer = z.infer<typeof responses.voteAnswerSchema>;
export type BattleDetails = z.infer<typeof responses.battleDetailsSchema>;
/** The events of GET /api/battles/:id/stream. */
export type BattleEvent = z.infer<typeof responses.battleEventSchema>;
export type RankingPrior = z.infer<typeof leaderboard.rankingPriorSchema>;
export type RankingMethod = z.infer<typeof leaderboard.rankingMethodSchema>;
export type CiMethod = z.infer<typeof leaderboard.ciMethodSchema>;
export type PairSummary = z.infer<typeof leaderboard.pairSummarySchema>;
export type LeaderboardEntry = z.infer<typeof leaderboard.leaderboardEntrySchema>;
export type Leaderboard = z.infer<typeof leaderboard.leaderboardSchema>;
export type PairsDocument = z.infer<typeof leaderboard.pairsDocumentSchema>;
export type JudgePerformance = z.infer<typeof leaderboard.judgePerformanceSchema>;
export type PerformanceWindow = z.infer<typeof leaderboard.performanceWindowSchema>;
export type HistoryPoint = z.infer<typeof leaderboard.historyPointSchema>;
export type LeaderboardHistory = z.infer<typeof leaderboard.leaderboardHistorySchema>;
export type ApiErrorBody = z.infer<typeof responses.apiErrorBodySchema>;
export type ExportedVote = z.infer<typeof responses.exportedVoteSchema>;
export type AdminExportedVote = z.infer<typeof responses.adminExportedVoteSchema>;
