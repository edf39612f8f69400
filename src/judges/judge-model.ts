// The shape of one registry entry, validated with zod (built-ins at load time, EXTRA_JUDGES at runtime).
import * as z from 'zod';
import { LLM_PROVIDERS } from './providers';

/** A price must be a plain number of dollars: finite, not negative, and below an implausible $10,000 per million tokens. */
const pricePerMTok = z.number().nonnegative().max(10_000);

const llmFields = {
  /** Stable id used in battles, votes and the leaderboard; never change it once votes exist. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id must be 1-64 chars of a-z, 0-9, ".", "_" or "-", starting with a letter or digit'),
  /** Display name, revealed only after the vote. */
  name: z.string().trim().min(1).max(80),
  organization: z.string().trim().min(1).max(80),
  license: z.string().trim().min(1).max(80),
  provider: z.enum(LLM_PROVIDERS),
  /** The model name the provider's API expects, e.g. "gpt-4o" or "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo". */
  providerModel: z.string().trim().min(1).max(200),
  active: z.boolean().default(true),
  /** Whether the provider accepts response_format: { type: "json_object" } for this model. */
  supportsJsonMode: z.boolean().default(false),
  /**
   * Whether the provider accepts stream_options: { include_usage: true } (a final chunk with the token usage).
   * Off by default: a strict server may refuse an option it does not know. Usage a provider sends unasked is read either way.
   */
  supportsStreamUsage: z.boolean().default(false),
  /** List prices in USD per million tokens; both or neither (a judge without a price has no cost on the leaderboard). */
  inputPricePerMTok: pricePerMTok.optional(),
  outputPricePerMTok: pricePerMTok.optional(),
  /** When the prices were read from the provider's price page: YYYY-MM or YYYY-MM-DD. */
  pricesReadOn: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'pricesReadOn must be a date, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /**
   * Most tokens the judge may write (default JUDGE_MAX_TOKENS, 800). Reasoning models spend thousands of tokens
   * thinking before they answer, and an answer cut off by the limit is a judge error, so give them more.
   */
  maxTokens: z.number().int().min(64).max(64_000).optional(),
  /** Whether the weights can be downloaded; false (proprietary) unless said. */
  openWeights: z.boolean().default(false),
  /** Parameters in billions; null when undisclosed. */
  parametersB: z.number().positive().max(100_000).nullable().default(null),
};

function pricesPaired(entry: { inputPricePerMTok?: number; outputPricePerMTok?: number }): boolean {
  return (entry.inputPricePerMTok === undefined) === (entry.outputPricePerMTok === undefined);
}
const PRICES_PAIRED = { message: 'give both inputPricePerMTok and outputPricePerMTok, or neither', path: ['outputPricePerMTok'] };

/** An LLM judge entry as an operator writes it in EXTRA_JUDGES (unknown keys are refused, to catch typos). */
export const LlmJudgeEntrySchema = z.strictObject(llmFields).refine(pricesPaired, PRICES_PAIRED);

/** Any registry entry after validation. Offline baselines are code, so they only come from the built-in list. */
export const JudgeModelSchema = z.strictObject({
  ...llmFields,
  provider: z.enum([...LLM_PROVIDERS, 'offline']),
  kind: z.enum(['llm', 'offline']),
}).refine(pricesPaired, PRICES_PAIRED);

export type JudgeModel = z.output<typeof JudgeModelSchema>;
