// The zod schemas of every JSON answer of the API (README "HTTP API"), from which api-types.ts infers the types
// that the worker and the website share. The worker does not validate its own answers with them at run time
// (only types are imported from here, so nothing of this file is bundled); they describe the API, e.g. for an
// OpenAPI document generated from them (z.toJSONSchema).
import * as z from './zod';
import { SLICE_CATEGORIES, SLICE_FORMATS } from './leaderboard-slices';
import { binaryRubricSchema, pairwiseRubricSchema, rubricSchema, voteChoiceSchema } from './request-schemas';

/** The two anonymous seats of a battle. */
export const positionSchema = z.enum(['A', 'B']);
export const judgeKindSchema = z.enum(['llm', 'offline']);
export const voteOutcomeSchema = z.enum(['favourite', 'underdog', 'tie']);

/** Who a judge is, as /api/models and the leaderboard's entries name it. */
export const judgeIdentitySchema = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string(),
  license: z.string(),
  kind: judgeKindSchema,
});

/** GET /api/models */
export const modelInfoSchema = z.extend(judgeIdentitySchema, {
  /** Can be paired right now (provider configured, not disabled). */
  active: z.boolean(),
});

/** The texts and rubric of each format, as a sample or a battle shows them: likert and binary grade one response, pairwise compares two. */
const likertTexts = { format: z.literal('likert'), response: z.string() };
const binaryTexts = { format: z.literal('binary'), response: z.string() };
/** [first, second], in the order the visitor sees them. */
const pairwiseTexts = { format: z.literal('pairwise'), responses: z.tuple([z.string(), z.string()]) };

const sampleFields = { id: z.string(), input: z.string(), reference: z.optional(z.string()), category: z.string() };

/**
 * GET /api/samples/random → { sample }: a sample of the format asked for, with its own rubric when it has one
 * (every binary sample does); a battle started with its id and no rubric uses it.
 */
export const publicSampleSchema = z.discriminatedUnion('format', [
  z.object({ ...sampleFields, ...likertTexts, rubric: z.optional(rubricSchema) }),
  z.object({ ...sampleFields, ...binaryTexts, rubric: binaryRubricSchema }),
  z.object({ ...sampleFields, ...pairwiseTexts, rubric: z.optional(pairwiseRubricSchema) }),
]);

/** The arena has spent today's paid-call budget: no battles until `until` (ISO time). */
export const restingSchema = z.object({ until: z.string(), message: z.string() });

/** GET /api/config */
export const siteConfigSchema = z.object({
  responseGenerator: z.boolean(),
  turnstileSiteKey: z.nullable(z.string()),
  limits: z.object({ maxTextChars: z.number(), maxRubricChars: z.number() }),
  /** Judges with fewer counted votes are marked preliminary (setting PRELIMINARY_VOTES). */
  preliminaryVotes: z.number(),
  resting: z.nullable(restingSchema),
});

const battleFields = { id: z.string(), input: z.string(), reference: z.optional(z.string()) };

/**
 * pairwise: the order one judge read the two responses in, drawn at random for it alone (position bias):
 * `as_shown` the visitor's (first, then second), `swapped` the visitor's second first. A judge's critique says
 * "first" and "second" in its own order; its verdict is always in the visitor's.
 */
export const shownOrderSchema = z.enum(['as_shown', 'swapped']);

/** A battle as clients see it before the vote: no judge identities. */
export const publicBattleSchema = z.discriminatedUnion('format', [
  z.object({ ...battleFields, ...likertTexts, rubric: rubricSchema }),
  z.object({ ...battleFields, ...binaryTexts, rubric: binaryRubricSchema }),
  z.object({
    ...battleFields,
    ...pairwiseTexts,
    rubric: pairwiseRubricSchema,
    /** The order each judge reads the responses in, fixed when the battle is created (also after a failover). */
    shownOrders: z.object({ A: shownOrderSchema, B: shownOrderSchema }),
  }),
]);

/** binary: pass or fail. */
export const binaryVerdictSchema = z.enum(['pass', 'fail']);
/** pairwise: which response is better, relative to the order the visitor sees (whatever order the judge saw). */
export const pairwiseVerdictSchema = z.enum(['first', 'second', 'tie']);

/** One judge's result in GET /api/battles/:id: `score` (likert) or `verdict` (binary, pairwise) once complete. */
export const publicJudgmentSchema = z.object({
  status: z.enum(['pending', 'complete', 'error']),
  score: z.optional(z.number()),
  verdict: z.optional(z.union([binaryVerdictSchema, pairwiseVerdictSchema])),
  /** The answer part of what the judge wrote (redacted). */
  critique: z.optional(z.string()),
  /** A reasoning model's thinking before its answer (redacted), shown apart from the critique. */
  reasoning: z.optional(z.string()),
  error: z.optional(z.string()),
});

export const revealedModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string(),
  kind: judgeKindSchema,
});

/** POST /api/battles/:id/vote */
export const voteAnswerSchema = z.object({
  choice: voteChoiceSchema,
  models: z.object({ A: revealedModelSchema, B: revealedModelSchema }),
  outcome: voteOutcomeSchema,
});

/** GET /api/battles/:id → { battle } */
export const battleDetailsSchema = z.intersection(
  publicBattleSchema,
  z.object({
    status: z.enum(['pending', 'running', 'judged', 'failed', 'voted']),
    judgments: z.object({ A: publicJudgmentSchema, B: publicJudgmentSchema }),
    /** Present only once voted. */
    vote: z.optional(voteAnswerSchema),
  }),
);

const judgmentEventFields = {
  type: z.literal('judgment'),
  judge: positionSchema,
  critique: z.string(),
  reasoning: z.optional(z.string()),
};

/**
 * The events of GET /api/battles/:id/stream (the SSE event name is `type`, its data the rest). `delta` is the
 * answer as it is written, `reasoning` a reasoning model's thinking as it is written; the judgment event has the
 * battle's format's verdict: likert `score`, binary `verdict` pass/fail, pairwise `verdict` first/second/tie (in the
 * visitor's order) with the `shownOrder` its critique's "first" and "second" are in.
 */
export const battleEventSchema = z.union([
  z.object({ type: z.literal('delta'), judge: positionSchema, text: z.string() }),
  z.object({ type: z.literal('reasoning'), judge: positionSchema, text: z.string() }),
  z.object({ ...judgmentEventFields, score: z.number() }),
  z.object({ ...judgmentEventFields, verdict: binaryVerdictSchema }),
  z.object({ ...judgmentEventFields, verdict: pairwiseVerdictSchema, shownOrder: shownOrderSchema }),
  z.object({ type: z.literal('judge_error'), judge: positionSchema, message: z.string() }),
  z.object({ type: z.literal('done') }),
]);

/** Every error answer, whatever the status. */
export const apiErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// Answers of the remaining routes, for the OpenAPI document (src/openapi/).

/** GET /api/health */
export const healthSchema = z.object({ ok: z.literal(true) });

/** GET /api/samples/random */
export const randomSampleAnswerSchema = z.object({ sample: publicSampleSchema });
/** GET /api/models */
export const modelsAnswerSchema = z.object({ models: z.array(modelInfoSchema) });
/** POST /api/battles, POST /api/battles/:id/regenerate */
export const battleAnswerSchema = z.object({ battle: publicBattleSchema });
/** GET /api/battles/:id */
export const battleDetailsAnswerSchema = z.object({ battle: battleDetailsSchema });
/** POST /api/responses */
export const generatedResponseSchema = z.object({ response: z.string() });

/** GET /api/status */
export const statusDocumentSchema = z.object({
  judges: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: judgeKindSchema,
      state: z.enum(['ok', 'benched', 'unavailable']),
      benchedUntil: z.nullable(z.string()),
      recent: z.object({ judgments: z.number(), failureRate: z.nullable(z.number()), medianLatencyMs: z.nullable(z.number()) }),
    }),
  ),
  arena: z.object({
    resting: z.nullable(restingSchema),
    paidJudgeCallsToday: z.number(),
    dailyPaidJudgeCallLimit: z.nullable(z.number()),
    votesAwaitingStorage: z.number(),
  }),
});

/** POST /api/admin/leaderboard/refresh */
export const leaderboardRefreshAnswerSchema = z.object({ updatedAt: z.nullable(z.string()), totalVotes: z.number(), computeMs: z.optional(z.number()) });
/** POST /api/admin/judges/:id/bench */
export const benchAnswerSchema = z.object({ id: z.string(), benchedUntil: z.nullable(z.string()) });

/** likert: `score` (verdict null); binary/pairwise: `verdict` (score null; pairwise in the order of `responses`). */
const exportJudgmentSchema = z.object({
  score: z.nullable(z.number()),
  verdict: z.nullable(z.union([binaryVerdictSchema, pairwiseVerdictSchema])),
  critique: z.nullable(z.string()),
  /** A reasoning model's thinking before its answer; null when it wrote none, or withheld like the critique. */
  reasoning: z.nullable(z.string()),
  /** pairwise: the order the judge read the responses in, which its critique's "first" and "second" follow; else null. */
  shown_order: z.nullable(shownOrderSchema),
});

/**
 * One line of GET /api/votes/export (NDJSON): Chatbot Arena's battle-log fields, then the judge arena's.
 * The sample's texts and rubric only for the arena's own samples (bank, generator) and preset rubrics unless
 * EXPORT_CUSTOM_TEXT=on; without them the critiques (which quote them) are null.
 */
export const exportedVoteSchema = z.object({
  /** The prompt hash (sample texts + rubric); null only for a battle from before content addressing. */
  question_id: z.nullable(z.string()),
  model_a: z.string(),
  model_b: z.string(),
  winner: z.enum(['model_a', 'model_b', 'tie', 'tie (bothbad)']),
  /** When the vote was cast, unix seconds. */
  tstamp: z.number().check(z.int()),
  anony: z.literal(true),
  /** The battle's judging format. */
  format: z.enum(SLICE_FORMATS),
  /** The battle's category, the one its vote counts in on the leaderboard's slices (GET /api/leaderboard?category=). */
  category: z.enum(SLICE_CATEGORIES),
  /** Where the sample came from (by its verified sample id): the bank, the generator, or the visitor. */
  sample_origin: z.enum(['bank', 'generated', 'custom']),
  judge_a: exportJudgmentSchema,
  judge_b: exportJudgmentSchema,
  input: z.optional(z.string()),
  /** likert and binary. */
  response: z.optional(z.string()),
  /** pairwise: [first, second] as the visitor saw them. */
  responses: z.optional(z.tuple([z.string(), z.string()])),
  reference: z.optional(z.string()),
  rubric: z.optional(z.union([rubricSchema, binaryRubricSchema, pairwiseRubricSchema])),
});

/** One line of GET /api/admin/votes/export: every vote, with whether it counted and why not. */
export const adminExportedVoteSchema = z.extend(exportedVoteSchema, {
  counted: z.boolean(),
  excluded_reason: z.nullable(z.string()),
});
