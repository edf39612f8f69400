// The types of the public JSON API (README "HTTP API"), inferred from its zod schemas and shared by the worker
// and the website. Types only (`import type`), so importing this file brings no zod into a bundle.
import type { z } from 'zod';
import type * as responses from './response-schemas';

export type { BattleRequest, CreateBattleInput, Rubric, VoteChoice, VoteRequest } from './request-schemas';

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
export type RevealedModel = z.infer<typeof responses.revealedModelSchema>;
export type VoteAnswer = z.infer<typeof responses.voteAnswerSchema>;
export type BattleDetails = z.infer<typeof responses.battleDetailsSchema>;
/** The events of GET /api/battles/:id/stream. */
export type BattleEvent = z.infer<typeof responses.battleEventSchema>;
export type RankingPrior = z.infer<typeof responses.rankingPriorSchema>;
export type RankingMethod = z.infer<typeof responses.rankingMethodSchema>;
export type CiMethod = z.infer<typeof responses.ciMethodSchema>;
export type PairSummary = z.infer<typeof responses.pairSummarySchema>;
export type LeaderboardEntry = z.infer<typeof responses.leaderboardEntrySchema>;
export type Leaderboard = z.infer<typeof responses.leaderboardSchema>;
export type PairsDocument = z.infer<typeof responses.pairsDocumentSchema>;
export type JudgePerformance = z.infer<typeof responses.judgePerformanceSchema>;
export type PerformanceWindow = z.infer<typeof responses.performanceWindowSchema>;
export type HistoryPoint = z.infer<typeof responses.historyPointSchema>;
export type LeaderboardHistory = z.infer<typeof responses.leaderboardHistorySchema>;
export type ApiErrorBody = z.infer<typeof responses.apiErrorBodySchema>;
export type ExportedVote = z.infer<typeof responses.exportedVoteSchema>;
export type AdminExportedVote = z.infer<typeof responses.adminExportedVoteSchema>;
