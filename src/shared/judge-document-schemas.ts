// GET /api/leaderboard/judges/:id: everything the leaderboard says about one judge in one document, written by
// the hourly job (README "Leaderboard statistics"): its overall entry, its standing in every slice it has votes
// in, and its record against each opponent. Like leaderboard-schemas.ts, it describes the API and gives the
// shared types; nothing of this file is bundled into the worker (the id parameter is in request-schemas.ts).
import * as z from './zod';
import { leaderboardEntrySchema, leaderboardSchemaVersionSchema, leaderboardSliceSchema } from './leaderboard-schemas';

/** The judge's standing on one slice's board: that board's own figures for it (its entry's, without cost, speed and Elo). */
export const judgeSliceStandingSchema = z.extend(
  z.pick(leaderboardEntrySchema, {
    rating: true,
    ci: true,
    rank: true,
    rankUpperBound: true,
    votes: true,
    wins: true,
    losses: true,
    ties: true,
    bothBad: true,
    preliminary: true,
    /** On pairwise slices only: the judge's position bias there (in the slice's category, if it has one); null with no verdicts. */
    positionBias: true,
  }),
  {
    /** The slice (format, category, or both; never the overall board). */
    slice: leaderboardSliceSchema,
    /** Counted votes on the whole slice (every judge's). */
    sliceVotes: z.number(),
    /** Judges ranked on the slice: what `rank` is out of. */
    sliceJudges: z.number(),
  },
);

/** The judge's record against one opponent, from the judge's side (the pairs document's pair, turned round if need be). */
export const judgeMatchupSchema = z.object({
  opponent: z.string(),
  opponentName: z.string(),
  battles: z.number(),
  wins: z.number(),
  losses: z.number(),
  ties: z.number(),
  bothBad: z.number(),
  /** (wins + ½·(ties + bothBad)) / battles. */
  observedWinRate: z.number(),
  /** The fitted model's probability that this judge beats the opponent. */
  predictedWinRate: z.number(),
});

/** GET /api/leaderboard/judges/:id */
export const judgeDocumentSchema = z.object({
  schemaVersion: leaderboardSchemaVersionSchema,
  updatedAt: z.string(),
  /** Counted votes on the overall board. */
  totalVotes: z.number(),
  /** The judge's entry on the overall board, as GET /api/leaderboard has it (performance, position bias, style control). */
  judge: leaderboardEntrySchema,
  /** Every slice the judge has counted votes in: formats, then categories, then format × category. */
  slices: z.array(judgeSliceStandingSchema),
  /** Every opponent it has met in a counted battle (overall), most battles first. */
  record: z.array(judgeMatchupSchema),
});

export type JudgeSliceStanding = z.infer<typeof judgeSliceStandingSchema>;
export type JudgeMatchup = z.infer<typeof judgeMatchupSchema>;
export type JudgeDocument = z.infer<typeof judgeDocumentSchema>;
