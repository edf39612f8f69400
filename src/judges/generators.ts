// LLM helpers outside judging: writing a response to a visitor's input (POST /api/responses) and writing a random
// sample of any format (the binary and pairwise prompts and readers are in format-sample-prompts.ts). Configured as
// "provider:model" (RESPONSE_GENERATOR, SAMPLE_GENERATOR); failures come back as values.
import * as z from '../shared/zod';
import { LIMITS } from '../shared/limits';
import { streamChat } from './chat-stream';
import { judgeFailure } from './failures';
import {
  binarySampleFromText,
  drawBinaryRequest,
  pairwiseSamplePrompt,
  pairwiseSampleFromText,
  type GeneratedBinarySample,
  type GeneratedPairwiseSample,
} from './format-sample-prompts';
import { jsonObjectsIn } from './json-objects';
import type { RandomSource } from './pairwise-order';
import type { BinaryRubric } from '../shared/request-schemas';
import type { ChatMessage } from './prompt';
import { LLM_PROVIDERS, providerConfig, type LlmProvider, type ProviderConfig } from './providers';
import { callTimeouts } from './timeouts';
import type { JudgeFailure } from './types';

export interface GeneratorSpec {
  provider: LlmProvider;
  model: string;
}

/** "openai:gpt-4o-mini" -> { provider, model }. Splits on the first ':' only, so "local:llama3:8b" works. */
export function parseGeneratorSpec(value: string | undefined): GeneratorSpec | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const provider = text.slice(0, colon).trim();
  const model = text.slice(colon + 1).trim();
  if (!model || !(LLM_PROVIDERS as readonly string[]).includes(provider)) return undefined;
  return { provider: provider as LlmProvider, model };
}

function resolve(env: Env, value: string | undefined): { spec: GeneratorSpec; provider: ProviderConfig } | undefined {
  const spec = parseGeneratorSpec(value);
  const provider = spec && providerConfig(env, spec.provider);
  return spec && provider ? { spec, provider } : undefined;
}

function notConfigured(setting: string): JudgeFailure {
  return judgeFailure('not_configured', `${setting} is unset, malformed (want "provider:model") or names an unconfigured provider`, {
    beforeFirstToken: true,
  });
}

export function isResponseGeneratorConfigured(env: Env): boolean {
  return resolve(env, env.RESPONSE_GENERATOR) !== undefined;
}

export function isSampleGeneratorConfigured(env: Env): boolean {
  return resolve(env, env.SAMPLE_GENERATOR) !== undefined;
}

export const RESPONSE_MAX_TOKENS = 1024;

/** Answers the visitor's input like an ordinary assistant would. */
export async function generateResponse(
  env: Env,
  input: string,
  signal?: AbortSignal,
): Promise<{ ok: true; response: string } | { ok: false; failure: JudgeFailure }> {
  const target = resolve(env, env.RESPONSE_GENERATOR);
  if (!target) return { ok: false, failure: notConfigured('RESPONSE_GENERATOR') };
  const messages: ChatMessage[] = [
    { role: 'system', content: 'You are a helpful assistant. Answer the user directly.' },
    { role: 'user', content: input },
  ];
  const result = await streamChat({
    provider: target.provider,
    model: target.spec.model,
    messages,
    jsonMode: false,
    maxTokens: RESPONSE_MAX_TOKENS,
    temperature: 0.7,
    timeouts: callTimeouts(env),
    signal,
  });
  if (!result.ok) return result;
  return { ok: true, response: result.text.trim().slice(0, LIMITS.maxTextChars) };
}

export const GeneratedSampleSchema = z.object({
  input: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxTextChars)),
  response: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.maxTextChars)),
  category: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
});
export type GeneratedSample = z.output<typeof GeneratedSampleSchema>;

export const SAMPLE_PROMPT =
  'Write one realistic test case for judging AI assistants. Invent a question or task a real user might ask ' +
  '(factual, reasoning, coding, writing or advice), and an AI response to it. The response may be excellent, ' +
  'mediocre or subtly flawed, so that it is worth judging. Reply with a JSON object only: ' +
  '{"input": "<the user request>", "response": "<the AI response>", "category": "<one word, e.g. coding>"}';

/** Reads a sample out of generator output: the first JSON object (bare, fenced or in prose) that fits the schema. */
export function sampleFromText(text: string): GeneratedSample | undefined {
  for (const object of jsonObjectsIn(text)) {
    const parsed = GeneratedSampleSchema.safeParse(object);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** One call to SAMPLE_GENERATOR with `prompt`: its whole output, or the failure. */
async function generatorOutput(env: Env, prompt: string, signal?: AbortSignal): Promise<{ ok: true; text: string } | { ok: false; failure: JudgeFailure }> {
  const target = resolve(env, env.SAMPLE_GENERATOR);
  if (!target) return { ok: false, failure: notConfigured('SAMPLE_GENERATOR') };
  const result = await streamChat({
    provider: target.provider,
    model: target.spec.model,
    messages: [{ role: 'user', content: prompt }],
    // OpenAI honours JSON mode; elsewhere support varies, and the parser copes with prose around the JSON.
    jsonMode: target.spec.provider === 'openai',
    maxTokens: 1500,
    temperature: 1,
    timeouts: callTimeouts(env),
    signal,
  });
  return result.ok ? { ok: true, text: result.text } : result;
}

function unreadable(shape: string, output: string): { ok: false; failure: JudgeFailure } {
  return {
    ok: false,
    failure: judgeFailure('unparseable', `sample generator output is not a valid ${shape} object: ${JSON.stringify(output.slice(0, 120))}`, {
      beforeFirstToken: true,
    }),
  };
}

/** A fresh random sample from SAMPLE_GENERATOR; the caller falls back to the bank on failure. */
export async function generateSample(
  env: Env,
  signal?: AbortSignal,
): Promise<{ ok: true; sample: GeneratedSample } | { ok: false; failure: JudgeFailure }> {
  const output = await generatorOutput(env, SAMPLE_PROMPT, signal);
  if (!output.ok) return output;
  const sample = sampleFromText(output.text);
  return sample ? { ok: true, sample } : unreadable('{input, response, category}', output.text);
}

/** A generated sample of any format, tagged with it. */
export type GeneratedFormatSample =
  | { format: 'likert'; sample: GeneratedSample }
  | { format: 'binary'; sample: GeneratedBinarySample }
  | { format: 'pairwise'; sample: GeneratedPairwiseSample };

export interface FormatSampleOptions {
  /** Draws the binary criterion and aim, and the pairwise order (default Math.random). */
  random?: RandomSource;
  /** The criteria binary samples are written for, one drawn per sample; needed for binary. */
  criteria?: readonly BinaryRubric[];
  signal?: AbortSignal;
}

/**
 * A fresh sample of `format` from SAMPLE_GENERATOR (one paid call, like generateSample): pairwise with two responses
 * of different quality in a random order, binary written to pass or fail one of `criteria` drawn at random.
 */
export async function generateFormatSample(
  env: Env,
  format: GeneratedFormatSample['format'],
  { random = Math.random, criteria = [], signal }: FormatSampleOptions = {},
): Promise<{ ok: true; generated: GeneratedFormatSample } | { ok: false; failure: JudgeFailure }> {
  if (format === 'likert') {
    const result = await generateSample(env, signal);
    return result.ok ? { ok: true, generated: { format, sample: result.sample } } : result;
  }
  if (format === 'pairwise') {
    const output = await generatorOutput(env, pairwiseSamplePrompt(), signal);
    if (!output.ok) return output;
    const sample = pairwiseSampleFromText(output.text, random);
    return sample ? { ok: true, generated: { format, sample } } : unreadable('{input, responses, better, category}', output.text);
  }
  if (criteria.length === 0) {
    return { ok: false, failure: judgeFailure('not_configured', 'no criteria given to write binary samples for', { beforeFirstToken: true }) };
  }
  const request = drawBinaryRequest(criteria, random);
  const output = await generatorOutput(env, request.prompt, signal);
  if (!output.ok) return output;
  const sample = binarySampleFromText(output.text, request.rubric);
  return sample ? { ok: true, generated: { format, sample } } : unreadable('{input, response, verdict, category}', output.text);
}
