// The shape of one registry entry, validated with zod (built-ins at load time, EXTRA_JUDGES at runtime).
import * as z from '../shared/zod';
import { LLM_PROVIDERS } from './providers';

/** A price must be a plain number of dollars: finite, not negative, and below an implausible $10,000 per million tokens. */
const pricePerMTok = z.number().check(z.minimum(0), z.maximum(10_000));

const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const llmFields = {
  /** Stable id used in battles, votes and the leaderboard; never change it once votes exist. */
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id must be 1-64 chars of a-z, 0-9, ".", "_" or "-", starting with a letter or digit')),
  /** Display name, revealed only after the vote. */
  name: trimmed(80),
  organization: trimmed(80),
  license: trimmed(80),
  provider: z.enum(LLM_PROVIDERS),
  /** The model name the provider's API expects, e.g. "gpt-4o" or "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo". */
  providerModel: trimmed(200),
  active: z._default(z.boolean(), true),
  /** Whether the provider accepts response_format: { type: "json_object" } for this model. */
  supportsJsonMode: z._default(z.boolean(), false),
  /**
   * Whether the provider accepts stream_options: { include_usage: true } (a final chunk with the token usage).
   * Off by default: a strict server may refuse an option it does not know. Usage a provider sends unasked is read either way.
   */
  supportsStreamUsage: z._default(z.boolean(), false),
  /** List prices in USD per million tokens; both or neither (a judge without a price has no cost on the leaderboard). */
  inputPricePerMTok: z.optional(pricePerMTok),
  outputPricePerMTok: z.optional(pricePerMTok),
  /** When the prices were read from the provider's price page: YYYY-MM or YYYY-MM-DD. */
  pricesReadOn: z.optional(
    z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'pricesReadOn must be a date, YYYY-MM or YYYY-MM-DD')),
  ),
  /**
   * Most tokens the judge may write (default JUDGE_MAX_TOKENS, 800). Reasoning models spend thousands of tokens
   * thinking before they answer, and an answer cut off by the limit is a judge error, so give them more.
   */
  maxTokens: z.optional(z.number().check(z.int(), z.minimum(64), z.maximum(64_000))),
  /** Whether the weights can be downloaded; false (proprietary) unless said. */
  openWeights: z._default(z.boolean(), false),
  /** Parameters in billions; null when undisclosed. */
  parametersB: z._default(z.nullable(z.number().check(z.positive(), z.maximum(100_000))), null),
};

function pricesPaired(entry: { inputPricePerMTok?: number; outputPricePerMTok?: number }): boolean {
  return (entry.inputPricePerMTok === undefined) === (entry.outputPricePerMTok === undefined);
}
const PRICES_PAIRED = { message: 'give both inputPricePerMTok and outputPricePerMTok, or neither', path: ['outputPricePerMTok'] };

/** An LLM judge entry as an operator writes it in EXTRA_JUDGES (unknown keys are refused, to catch typos). */
export const LlmJudgeEntrySchema = z.strictObject(llmFields).check(z.refine(pricesPaired, PRICES_PAIRED));

/** Any registry entry after validation. Offline baselines are code, so they only come from the built-in list. */
export const JudgeModelSchema = z.strictObject({
  ...llmFields,
  provider: z.enum([...LLM_PROVIDERS, 'offline']),
  kind: z.enum(['llm', 'offline']),
}).check(z.refine(pricesPaired, PRICES_PAIRED));

export type JudgeModel = z.output<typeof JudgeModelSchema>;
