// What the sample generator (SAMPLE_GENERATOR) is asked for binary and pairwise samples, and how its answer is read.
// Pairwise: one input and two responses of deliberately different quality; binary: an input and a response written
// to pass or to fail a criterion (the caller gives the criteria: the binary presets that need no reference). The generator says which response is better (or
// whether the response passes): kept as the sample's expected verdict, internal like the bank's. Pure: the random
// source is injected. The likert prompt stays in generators.ts (SAMPLE_PROMPT).
import * as z from '../shared/zod';
import type { BinaryRubric } from '../shared/request-schemas';
import { SAMPLE_CATEGORIES } from '../shared/leaderboard-slices';
import { LIMITS } from '../shared/limits';
import { jsonObjectsIn } from './json-objects';
import type { RandomSource } from './pairwise-order';

// Built on first use, so that the worker bundle leaves all this out until something calls it.
function buildSchemas() {
  const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxTextChars));
  const category = z.enum(SAMPLE_CATEGORIES);
  return {
    pairwise: z.object({
      input: text,
      responses: z.tuple([text, text]).check(z.refine(([a, b]) => a !== b, 'the two responses must differ')),
      better: z.enum(['first', 'second']),
      category,
    }),
    binary: z.object({ input: text, response: text, verdict: z.enum(['pass', 'fail']), category }),
  };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;
const generatedSampleSchemas = () => (schemas ??= buildSchemas());

export type GeneratedPairwiseSample = z.output<ReturnType<typeof buildSchemas>['pairwise']>;
/** A generated binary sample carries the preset criterion it was written for. */
export type GeneratedBinarySample = z.output<ReturnType<typeof buildSchemas>['binary']> & { rubric: BinaryRubric };

/** "one of reasoning, coding, …, advice or safety": the bank's categories (a function, like the prompts, for the bundle). */
function categoryList(): string {
  return `one of ${SAMPLE_CATEGORIES.slice(0, -1).join(', ')} or ${SAMPLE_CATEGORIES.at(-1)}`;
}

/** The pairwise prompt (a function, so that the worker bundle leaves it out until it is used). */
export function pairwiseSamplePrompt(): string {
  return (
    'Write one realistic test case for comparing AI assistants. Invent a question or task a real user might ask, and two ' +
    'responses to it of deliberately different quality: one clearly better, the other with a real flaw (a factual or ' +
    'logical error, a missed part of the request, unsafe advice, or padding). The worse one may be the longer or more ' +
    'confident one. Reply with a JSON object only: {"input": "<the user request>", "responses": ["<response>", ' +
    `"<response>"], "better": "first" or "second", "category": ${categoryList()}}`
  );
}

/** The binary prompt for one criterion, and whether the response is to pass or fail it. */
export function binarySamplePrompt(rubric: BinaryRubric, verdict: 'pass' | 'fail'): string {
  const aim = verdict === 'pass' ? 'passes the criterion, possibly narrowly' : 'fails the criterion, subtly rather than blatantly';
  return (
    'Write one realistic test case for checking AI assistants against a pass/fail criterion. Invent a question or ' +
    `task a real user might ask, and an AI response to it that ${aim}.\n` +
    `Criterion: ${rubric.criteria}\nPass: ${rubric.pass}\nFail: ${rubric.fail}\n` +
    'Reply with a JSON object only: {"input": "<the user request>", "response": "<the AI response>", ' +
    `"verdict": "pass" or "fail", "category": ${categoryList()}}`
  );
}

/**
 * What to ask for a binary sample: one of `criteria` and an aim (pass or fail), both drawn at random. The criteria
 * come from the caller (e.g. the binary presets that need no reference: the generator writes none), so that the
 * presets' text reaches the worker only with the code that serves binary samples.
 */
export function drawBinaryRequest(criteria: readonly BinaryRubric[], random: RandomSource): { rubric: BinaryRubric; verdict: 'pass' | 'fail'; prompt: string } {
  const rubric = criteria[Math.min(criteria.length - 1, Math.floor(random() * criteria.length))];
  const verdict = random() < 0.5 ? 'pass' : 'fail';
  return { rubric, verdict, prompt: binarySamplePrompt(rubric, verdict) };
}

function firstValid<T>(output: string, schema: z.ZodMiniType<T>): T | undefined {
  for (const object of jsonObjectsIn(output)) {
    const parsed = schema.safeParse(object);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/**
 * Reads a pairwise sample out of generator output, and stores its responses in an order drawn at random: models
 * tend to write the better response first, which would teach nothing about position.
 */
export function pairwiseSampleFromText(output: string, random: RandomSource): GeneratedPairwiseSample | undefined {
  const sample = firstValid(output, generatedSampleSchemas().pairwise);
  // Below one half: swapped, like drawShownOrder's 'swapped'.
  if (!sample || random() >= 0.5) return sample;
  const [first, second] = sample.responses;
  return { ...sample, responses: [second, first], better: sample.better === 'first' ? 'second' : 'first' };
}

/** Reads a binary sample written for `rubric` out of generator output; the verdict is the generator's own claim. */
export function binarySampleFromText(output: string, rubric: BinaryRubric): GeneratedBinarySample | undefined {
  const sample = firstValid(output, generatedSampleSchemas().binary);
  return sample && { ...sample, rubric };
}
