// The zod schemas of every request the API accepts, shared by the worker (which validates with them) and the
// website (which imports the inferred types only, `import type`, so zod never reaches the browser bundle).
// Strict objects: an unknown field is a 400 that names it.
import * as z from './zod';
import { LIMITS } from './limits';
import { SLICE_CATEGORIES, SLICE_FORMATS } from './leaderboard-slices';

/** Lone UTF-16 surrogates cannot be stored as UTF-8; refuse them rather than store mangled text. */
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
const unicodeMessage = 'contains invalid Unicode (a lone surrogate)';

const wellFormedText = z.refine<string>(wellFormed, unicodeMessage);
const text = (what: string) =>
  z.string({ error: `${what} must be a string` }).check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxTextChars), wellFormedText);
const rubricText = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxRubricChars), wellFormedText);

/** The judging formats: a 1–5 score, pass/fail, or which of two responses is better (README "Judging formats"). */
const judgeFormatSchema = z.enum(SLICE_FORMATS);
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
const reference = z.pipe(
  z.nullish(z.string().check(z.maxLength(LIMITS.maxTextChars), wellFormedText)),
  z.transform((r) => (r && r.trim() ? r.trim() : undefined)),
);

/** The fields every format's battle request has. */
const battleFields = {
  sampleId: z.optional(z.string().check(z.maxLength(100))),
  input: text('input'),
  reference,
  turnstileToken: z.optional(z.string().check(z.maxLength(4096))),
};

/**
 * POST /api/battles, one strict object per format: a field of another format (`responses` in a likert battle,
 * `scores` in a binary rubric) is a 400 that names it. No rubric: the sample's own, else the format's default.
 */
export const createBattleSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z._default(z.literal('likert'), 'likert'), ...battleFields, response: text('response'), rubric: z.optional(rubricSchema) }),
  z.strictObject({ format: z.literal('binary'), ...battleFields, response: text('response'), rubric: z.optional(binaryRubricSchema) }),
  z.strictObject({
    format: z.literal('pairwise'),
    ...battleFields,
    /** [first, second], in the order the visitor sees them. */
    responses: z.tuple([text('responses.0'), text('responses.1')], { error: 'responses must be [first, second]: two texts' }),
    rubric: z.optional(pairwiseRubricSchema),
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
  format: z._default(judgeFormatSchema, 'likert'),
  reference: z.optional(z.enum(['true', 'false'])),
});

/** GET /api/leaderboard and /api/leaderboard/pairs: a slice by format, category or both; neither is the overall board. */
export const leaderboardSliceQuery = z.object({
  format: z.optional(z.enum(SLICE_FORMATS)),
  category: z.optional(z.enum(SLICE_CATEGORIES)),
});

/** GET /api/leaderboard/judges/:id: an id not naming a judge on the board is a 404, not a 400. */
export const leaderboardJudgeParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });

/** GET /api/leaderboard/history?judge=<id>: an id not naming a judge is a 404, not a 400. */
export const leaderboardHistoryQuery = z.object({
  judge: z.string({ error: 'judge must be a judge id' }).check(z.minLength(1), z.maxLength(100)),
});

/** Battle ids are UUIDs; anything else cannot name a battle. */
export const battleIdSchema = z.uuid();
export const battleIdParam = z.object({ id: battleIdSchema });

/** POST /api/admin/judges/:id/bench */
export const benchSchema = z.strictObject({
  /** 0 un-benches the judge. */
  minutes: z.number().check(z.int(), z.minimum(0), z.maximum(7 * 24 * 60)),
  reason: z.optional(z.string().check(z.maxLength(200))),
});

/** GET /api/votes/export and GET /api/admin/votes/export */
export const voteExportQuery = z.strictObject({
  /** Where this response starts: the `X-Next-Cursor` of the previous one. */
  cursor: z.optional(z.string().check(z.maxLength(500))),
  /** Votes per response (the public export sends the exported share of them). */
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20_000))),
});
