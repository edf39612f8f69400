// The shapes of every request the API accepts. Strict objects: an unknown field is a 400 that names it.
import * as z from 'zod';
import { LIMITS } from '../limits';

/** Lone UTF-16 surrogates cannot be stored as UTF-8; refuse them rather than store mangled text. */
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
const unicodeMessage = 'contains invalid Unicode (a lone surrogate)';

const text = (what: string) =>
  z.string({ error: `${what} must be a string` }).trim().min(1).max(LIMITS.maxTextChars).refine(wellFormed, unicodeMessage);
const rubricText = z.string().trim().min(1).max(LIMITS.maxRubricChars).refine(wellFormed, unicodeMessage);

export const rubricSchema = z.strictObject({
  criteria: rubricText,
  scores: z.tuple([rubricText, rubricText, rubricText, rubricText, rubricText]),
});

export const createBattleSchema = z.strictObject({
  sampleId: z.string().max(100).optional(),
  input: text('input'),
  response: text('response'),
  // An empty reference field in a form means "no reference".
  reference: z
    .string()
    .max(LIMITS.maxTextChars)
    .refine(wellFormed, unicodeMessage)
    .nullish()
    .transform((r) => (r && r.trim() ? r.trim() : undefined)),
  rubric: rubricSchema.optional(),
  turnstileToken: z.string().max(4096).optional(),
});
export type CreateBattleInput = z.output<typeof createBattleSchema>;

export const voteSchema = z.strictObject({
  choice: z.enum(['A', 'B', 'tie', 'both_bad']),
});

export const generateResponseSchema = z.strictObject({
  input: text('input'),
});

export const randomSampleQuery = z.object({
  reference: z.enum(['true', 'false']).optional(),
});

/** Battle ids are UUIDs; anything else cannot name a battle. */
export const battleIdSchema = z.uuid();
