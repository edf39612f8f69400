// The shape of one registry entry, validated with zod (built-ins at load time, EXTRA_JUDGES at runtime).
import * as z from 'zod';
import { LLM_PROVIDERS } from './providers';

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
};

/** An LLM judge entry as an operator writes it in EXTRA_JUDGES (unknown keys are refused, to catch typos). */
export const LlmJudgeEntrySchema = z.strictObject(llmFields);

/** Any registry entry after validation. Offline baselines are code, so they only come from the built-in list. */
export const JudgeModelSchema = z.strictObject({
  ...llmFields,
  provider: z.enum([...LLM_PROVIDERS, 'offline']),
  kind: z.enum(['llm', 'offline']),
});

export type JudgeModel = z.output<typeof JudgeModelSchema>;
