// The zod schemas of the leaderboard's JSON documents (README "Leaderboard statistics"): the overall board and
// its slices, the pairs document and a judge's rating history. Like response-schemas.ts, they describe the API and
// give the shared types; nothing of this file is bundled into the worker.
import * as z from './zod';
import { SLICE_CATEGORIES, SLICE_FORMATS } from './leaderboard-slices';
import { judgeIdentitySchema } from './response-schemas';

/**
 * L2 prior on log10-strengths w (rating = centre + 400·w): adds (strength/2)·Σ w² to the negative
 * log-likelihood in which every vote counts once (a win 1, a tie or both-bad ½ for each side).
 * In prior terms each judge's w ~ Normal(0, 1/strength).
 * scikit-learn's LogisticRegression(C) on battles duplicated the Chatbot Arena way is strength = 1/(2C).
 */
export const rankingPriorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('l2'), strength: z.number() }),
]);

export const ciMethodSchema = z.enum(['sandwich', 'bootstrap']);

/** How the leaderboard was computed. */
export const rankingMethodSchema = z.object({
  model: z.literal('bradley-terry'),
  /** How ties and both-bad votes enter the fit. */
  ties: z.literal('half-win-each'),
  scale: z.literal(400),
  base: z.literal(10),
  /** Mean rating of each connected group when there is no anchor. */
  center: z.literal(1000),
  /**
   * How `ci` was computed: 'sandwich', the robust (Huber–White) covariance of the fit with normal quantiles
   * (arena-rank's and LMArena's default), or 'bootstrap', percentile intervals from resampled refits.
   * Absent in documents written before the sandwich existed (they were all 'bootstrap').
   */
  ci: z.optional(ciMethodSchema),
  /** Bootstrap rounds behind `ci`: 0 unless ci is 'bootstrap'. */
  bootstrapRounds: z.number(),
  /** Interval level of `ci`. */
  ciLevel: z.literal(0.95),
  prior: rankingPriorSchema,
  seed: z.number(),
  anchor: z.optional(z.object({ id: z.string(), rating: z.number() })),
  preliminaryThreshold: z.number(),
});

/** One pair with votes. Ties and both-bad count half in win rates. */
export const pairSummarySchema = z.object({
  a: z.string(),
  b: z.string(),
  battles: z.number(),
  winsA: z.number(),
  winsB: z.number(),
  ties: z.number(),
  bothBad: z.number(),
  /** (winsA + ½·(ties + bothBad)) / battles. */
  observedWinRateA: z.number(),
  /** The fitted model's P(a beats b) = 1 / (1 + 10^((rating_b − rating_a)/400)). */
  predictedWinRateA: z.number(),
});

/**
 * A judge's speed, reliability and cost over the leaderboard's performance window (README "Cost and speed"):
 * provider calls that finished more than an hour before the refresh, within the last 7 days. Cached
 * judgments (no provider call) and calls ended by the visitor or by the arena (cancelled, budget, abandoned
 * run) are left out. A figure is null when nothing in the window measures it.
 */
export const judgePerformanceSchema = z.object({
  /** Provider calls in the window: the denominator of `failureRate`. */
  judgments: z.number(),
  /** Median time from the request to the first streamed token, over successful calls. */
  medianTtftMs: z.nullable(z.number()),
  /** Median total time of a successful call (retries included). */
  medianLatencyMs: z.nullable(z.number()),
  p90LatencyMs: z.nullable(z.number()),
  /** Failed calls / `judgments`; null when `judgments` is 0. */
  failureRate: z.nullable(z.number()),
  /** Mean token cost of a successful call × 1,000, at the registry's list prices; null without a price. 0 for offline baselines. */
  costPer1kJudgmentsUsd: z.nullable(z.number()),
  /** Share of the calls priced in `costPer1kJudgmentsUsd` whose token usage was estimated from text length (the provider sent none). */
  estimatedUsageShare: z.nullable(z.number()),
  /** When the prices used were read from the provider's price page (YYYY-MM or YYYY-MM-DD); null without a price. */
  pricesReadOn: z.nullable(z.string()),
});

/**
 * Position bias (issue 10): of a judge's pairwise verdicts, the share that chose the response it was shown first.
 * Each judge is shown the two responses in an order drawn for it alone, so an unbiased judge sits near 0.5 of its
 * decisive verdicts. From the stored judgments (not the votes), voted or not.
 */
const positionBiasSchema = z.object({
  /** Pairwise verdicts counted. */
  verdicts: z.number(),
  /** Verdicts that chose the response shown first. */
  firstShown: z.number(),
  ties: z.number(),
  /** firstShown / verdicts; null with no verdicts. */
  firstShownShare: z.nullable(z.number()),
  /** firstShown / (verdicts − ties): 0.5 is no position bias; null with no decisive verdicts. */
  firstShownShareOfDecisive: z.nullable(z.number()),
});

export const leaderboardEntrySchema = z.extend(judgeIdentitySchema, {
  /** Bradley–Terry rating on the Elo scale. */
  rating: z.number(),
  /** 95% interval by `method.ci` (sandwich or bootstrap); null, with either method, when the votes cannot bound the rating (README "Leaderboard statistics"). */
  ci: z.nullable(z.tuple([z.number(), z.number()])),
  rank: z.number(),
  /** 1 + judges whose interval lies entirely above this one's ("Rank (UB)"); null without an interval. */
  rankUpperBound: z.nullable(z.number()),
  /** Online Elo, updated with every counted vote. */
  elo: z.nullable(z.number()),
  votes: z.number(),
  wins: z.number(),
  losses: z.number(),
  ties: z.number(),
  bothBad: z.number(),
  preliminary: z.boolean(),
  performance: judgePerformanceSchema,
  /** Weights downloadable (an offline baseline, open source code with no weights, counts as open); false when unknown. */
  openWeights: z.boolean(),
  /** Parameters in billions; null when undisclosed (and for offline baselines). */
  parametersB: z.nullable(z.number()),
  /**
   * The judge's standing with critique style held fixed (style control, see `styleControl`); null when the
   * judge has no counted vote since style was recorded. Absent in documents written before style control.
   */
  styleControlled: z.optional(
    z.nullable(
      z.object({ rating: z.number(), ci: z.nullable(z.tuple([z.number(), z.number()])), rank: z.number(), rankUpperBound: z.nullable(z.number()) }),
    ),
  ),
  /**
   * On the overall board and the pairwise slices: the judge's position bias over its pairwise verdicts (in the
   * slice's category, if it has one); null when it has none. Absent on other slices and in older documents.
   */
  positionBias: z.optional(z.nullable(positionBiasSchema)),
});

/** One style feature's effect on the votes (README "Style control"). */
export const styleCoefficientSchema = z.object({
  /** length (words), headers, lists, bold (counts, each as (a − b)/(a + b + 1)), score (score difference). */
  name: z.enum(['length', 'headers', 'lists', 'bold', 'score']),
  /** Rating points the side whose feature is one `scale` higher gains; null when the feature never varied. */
  coefficient: z.nullable(z.number()),
  /** 95% sandwich interval of the coefficient. */
  ci: z.nullable(z.tuple([z.number(), z.number()])),
  /** Root mean square of the raw feature over the votes: the unit of `coefficient`. */
  scale: z.nullable(z.number()),
});

/**
 * Version of the leaderboard documents' shape (every document under /api/leaderboard carries it): 2 added
 * `performance`, `openWeights`, `parametersB`, `performanceWindow` and the history document. Fields keep
 * their meaning across versions; a change of meaning gets a new version.
 */
export const leaderboardSchemaVersionSchema = z.number().check(z.int(), z.positive());

/** The judgments the performance figures were computed from: finishedAt in [from, to). */
export const performanceWindowSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Judgments read; at most a fixed bound, past which `from` is the oldest one read rather than 7 days back. */
  judgments: z.number(),
});

/** Which board a document is: null sides mean "all" ({ format: null, category: null } is the overall board). */
export const leaderboardSliceSchema = z.object({
  format: z.nullable(z.enum(SLICE_FORMATS)),
  category: z.nullable(z.enum(SLICE_CATEGORIES)),
});

/** GET /api/leaderboard */
export const leaderboardSchema = z.object({
  schemaVersion: leaderboardSchemaVersionSchema,
  updatedAt: z.nullable(z.string()),
  totalVotes: z.number(),
  computeMs: z.optional(z.number()),
  method: z.optional(rankingMethodSchema),
  /** Groups of judges never compared with each other; ratings are only comparable within a group. */
  components: z.optional(z.array(z.array(z.string()))),
  /** Absent before the first refresh. */
  performanceWindow: z.optional(performanceWindowSchema),
  models: z.array(leaderboardEntrySchema),
  /** Style control's coefficients and the votes behind them; overall board only; absent in documents written before it. */
  styleControl: z.optional(z.object({ votes: z.number(), features: z.array(styleCoefficientSchema) })),
  /** The slice this board is; absent in documents written before slices. */
  slice: z.optional(leaderboardSliceSchema),
});

/** GET /api/leaderboard/pairs */
export const pairsDocumentSchema = z.object({
  schemaVersion: leaderboardSchemaVersionSchema,
  updatedAt: z.nullable(z.string()),
  pairs: z.array(z.extend(pairSummarySchema, { nameA: z.string(), nameB: z.string() })),
  /** The slice these pairs are from; absent in documents written before slices. */
  slice: z.optional(leaderboardSliceSchema),
});

/** One refresh's snapshot of a judge. */
export const historyPointSchema = z.object({
  /** ISO time of the refresh. */
  at: z.string(),
  rating: z.number(),
  ci: z.nullable(z.tuple([z.number(), z.number()])),
  votes: z.number(),
});

/** GET /api/leaderboard/history?judge=<id>: oldest first; hourly for the last 14 days, one a day before that (up to 2 years). */
export const leaderboardHistorySchema = z.object({
  schemaVersion: leaderboardSchemaVersionSchema,
  judge: z.string(),
  points: z.array(historyPointSchema),
});
