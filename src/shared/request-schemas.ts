// The zod schemas of every request the API accepts, shared by the worker (which validates with them) and the
// website (which imports the inferred types only, `import type`, so zod never reaches the browser bundle).
// Strict objects: an unknown field is a 400 that names it.
import * as z from 'zod';
import { LIMITS } from './limits';
import { SLICE_CATEGORIES, SLICE_FORMATS } from './leaderboard-slices';

/** Lone UTF-16 surrogates cannot be stored as UTF-8; refuse them rather than store mangled text. */
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
const unicodeMessage = 'contains invalid Unicode (a lone surrogate)';

const text = (what: string) =>
  z.string({ error: `${what} must be a string` }).trim().min(1).max(LIMITS.maxTextChars).refine(wellFormed, unicodeMessage);
const rubricText = z.string().trim().min(1).max(LIMITS.maxRubricChars).refine(wellFormed, unicodeMessage);

/** The judging formats: a 1–5 score, pass/fail, or which of two responses is better (README "Judging formats"). */
export const judgeFormatSchema = z.enum(SLICE_FORMATS);
export type JudgeFormat = z.output<typeof judgeFormatSchema>;

/** likert: criteria plus one description per score 1..5. */
export const rubricSchema = z.strictObject({
  criteria: rubricText,
  scores: z.tuple([rubricText, rubricText, rubricText, rubricText, rubricText]),
});
export type Rubric = z.output<typeof rubricSchema>;
/** binary: what is checked, and what a pass and a fail look like. */
export const binaryRubricSchema = z.strictObject({ criteria: rubricText, pass: rubricText, fail: rubricText });
export type BinaryRubric = z.output<typeof binaryRubricSchema>;
/** pairwise: what makes one of two responses better than the other. */
export const pairwiseRubricSchema = z.strictObject({ criteria: rubricText });
export type PairwiseRubric = z.output<typeof pairwiseRubricSchema>;

// An empty reference field in a form means "no reference".
const reference = z
  .string()
  .max(LIMITS.maxTextChars)
  .refine(wellFormed, unicodeMessage)
  .nullish()
  .transform((r) => (r && r.trim() ? r.trim() : undefined));

/** The fields every format's battle request has. */
const battleFields = {
  sampleId: z.string().max(100).optional(),
  input: text('input'),
  reference,
  turnstileToken: z.string().max(4096).optional(),
};

/**
 * POST /api/battles, one strict object per format: a field of another format (`responses` in a likert battle,
 * `scores` in a binary rubric) is a 400 that names it. No rubric: the sample's own, else the format's default.
 */
export const createBattleSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('likert').default('likert'), ...battleFields, response: text('response'), rubric: rubricSchema.optional() }),
  z.strictObject({ format: z.literal('binary'), ...battleFields, response: text('response'), rubric: binaryRubricSchema.optional() }),
  z.strictObject({
    format: z.literal('pairwise'),
    ...battleFields,
    /** [first, second], in the order the visitor sees them. */
    responses: z.tuple([text('responses.0'), text('responses.1')], { error: 'responses must be [first, second]: two texts' }),
    rubric: pairwiseRubricSchema.optional(),
  }),
], {
  // zod's own message would list `undefined` among the formats; say what to send instead.
  error: (issue) =>
    issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
      ? `must be one of ${SLICE_FORMATS.map((f) => `"${f}"`).join(', ')} (or left out for likert)`
      : undefined,
});
/** What a client sends to start a battle (`format` may be left out for likert). */
export type BattleRequest = z.input<typeof createBattleSchema>;
/** The same request once validated (format set, texts trimmed, empty reference dropped). */
export type CreateBattleInput = z.output<typeof createBattleSchema>;

export const voteChoiceSchema = z.enum(['A', 'B', 'tie', 'both_bad']);
export type VoteChoice = z.output<typeof voteChoiceSchema>;

/** POST /api/battles/:id/vote */
export const voteSchema = z.strictObject({ choice: voteChoiceSchema });
export type VoteRequest = z.output<typeof voteSchema>;

/** POST /api/responses */
export const generateResponseSchema = z.strictObject({ input: text('input') });

/** GET /api/samples/random */
export const randomSampleQuery = z.object({
  format: judgeFormatSchema.default('likert'),
  reference: z.enum(['true', 'false']).optional(),
});

/** GET /api/leaderboard and /api/leaderboard/pairs: a slice by format, category or both; neither is the overall board. */
export const leaderboardSliceQuery = z.object({
  format: z.enum(SLICE_FORMATS).optional(),
  category: z.enum(SLICE_CATEGORIES).optional(),
});

/** GET /api/leaderboard/history?judge=<id>: an id not naming a judge is a 404, not a 400. */
export const leaderboardHistoryQuery = z.object({
  judge: z.string({ error: 'judge must be a judge id' }).min(1).max(100),
});

/** Battle ids are UUIDs; anything else cannot name a battle. */
export const battleIdSchema = z.uuid();
export const battleIdParam = z.object({ id: battleIdSchema });

/** POST /api/admin/judges/:id/bench */
export const benchSchema = z.strictObject({
  /** 0 un-benches the judge. */
  minutes: z.number().int().min(0).max(7 * 24 * 60),
  reason: z.string().max(200).optional(),
});

/** GET /api/votes/export and GET /api/admin/votes/export */
export const voteExportQuery = z.strictObject({
  /** Where this response starts: the `X-Next-Cursor` of the previous one. */
  cursor: z.string().max(500).optional(),
  /** Votes per response (the public export sends the exported share of them). */
  limit: z.coerce.number().int().min(1).max(20_000).optional(),
});
