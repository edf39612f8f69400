// The 18 LLM judges of the announcement, with the model names their providers' APIs expect.
import * as z from '../shared/zod';
import { LlmJudgeEntrySchema, type JudgeModel } from './judge-model';

const PROPRIETARY = 'Proprietary';
const LLAMA = 'Llama 3.1 Community License';
const QWEN = 'Qwen License';
const APACHE = 'Apache 2.0';
const GEMMA = 'Gemma Terms of Use';

/**
 * When the list prices below were read from the providers' published price pages (OpenAI, Anthropic, Together:
 * USD per million input / output tokens). Prices change: an operator must check them (README "Cost and speed").
 */
export const BUILTIN_PRICES_READ_ON = '2024-12';

const listPrices = (inputPricePerMTok: number, outputPricePerMTok: number) => ({
  inputPricePerMTok,
  outputPricePerMTok,
  pricesReadOn: BUILTIN_PRICES_READ_ON,
});
/** Sizes are the nominal ones in the model's name (Qwen 2.5 7B has 7.6 B parameters, say); proprietary vendors do not disclose theirs. */
const openModel = (parametersB: number) => ({ openWeights: true, parametersB });
const proprietaryModel = () => ({ openWeights: false, parametersB: null });

const entries: z.input<typeof LlmJudgeEntrySchema>[] = [
  // OpenAI
  { id: 'gpt-4o', name: 'GPT-4o', organization: 'OpenAI', license: PROPRIETARY, provider: 'openai', providerModel: 'gpt-4o', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(2.5, 10), ...proprietaryModel() },
  { id: 'gpt-4-turbo', name: 'GPT-4 Turbo', organization: 'OpenAI', license: PROPRIETARY, provider: 'openai', providerModel: 'gpt-4-turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(10, 30), ...proprietaryModel() },
  { id: 'gpt-3.5-turbo', name: 'GPT-3.5 Turbo', organization: 'OpenAI', license: PROPRIETARY, provider: 'openai', providerModel: 'gpt-3.5-turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(0.5, 1.5), ...proprietaryModel() },
  // Anthropic, through its OpenAI-compatible endpoint (which does not honour response_format)
  { id: 'claude-3.5-sonnet', name: 'Claude 3.5 Sonnet', organization: 'Anthropic', license: PROPRIETARY, provider: 'anthropic', providerModel: 'claude-3-5-sonnet-20241022', supportsStreamUsage: true, ...listPrices(3, 15), ...proprietaryModel() },
  { id: 'claude-3.5-haiku', name: 'Claude 3.5 Haiku', organization: 'Anthropic', license: PROPRIETARY, provider: 'anthropic', providerModel: 'claude-3-5-haiku-20241022', supportsStreamUsage: true, ...listPrices(0.8, 4), ...proprietaryModel() },
  { id: 'claude-3-opus', name: 'Claude 3 Opus', organization: 'Anthropic', license: PROPRIETARY, provider: 'anthropic', providerModel: 'claude-3-opus-20240229', supportsStreamUsage: true, ...listPrices(15, 75), ...proprietaryModel() },
  { id: 'claude-3-sonnet', name: 'Claude 3 Sonnet', organization: 'Anthropic', license: PROPRIETARY, provider: 'anthropic', providerModel: 'claude-3-sonnet-20240229', supportsStreamUsage: true, ...listPrices(3, 15), ...proprietaryModel() },
  { id: 'claude-3-haiku', name: 'Claude 3 Haiku', organization: 'Anthropic', license: PROPRIETARY, provider: 'anthropic', providerModel: 'claude-3-haiku-20240307', supportsStreamUsage: true, ...listPrices(0.25, 1.25), ...proprietaryModel() },
  // Open models on Together (JSON mode only where Together documents it)
  { id: 'llama-3.1-405b-instruct', name: 'Llama 3.1 405B Instruct', organization: 'Meta', license: LLAMA, provider: 'together', providerModel: 'meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(3.5, 3.5), ...openModel(405) },
  { id: 'llama-3.1-70b-instruct', name: 'Llama 3.1 70B Instruct', organization: 'Meta', license: LLAMA, provider: 'together', providerModel: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(0.88, 0.88), ...openModel(70) },
  { id: 'llama-3.1-8b-instruct', name: 'Llama 3.1 8B Instruct', organization: 'Meta', license: LLAMA, provider: 'together', providerModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(0.18, 0.18), ...openModel(8) },
  { id: 'qwen-2.5-72b-instruct', name: 'Qwen 2.5 72B Instruct', organization: 'Alibaba (Qwen)', license: QWEN, provider: 'together', providerModel: 'Qwen/Qwen2.5-72B-Instruct-Turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(1.2, 1.2), ...openModel(72) },
  { id: 'qwen-2.5-7b-instruct', name: 'Qwen 2.5 7B Instruct', organization: 'Alibaba (Qwen)', license: APACHE, provider: 'together', providerModel: 'Qwen/Qwen2.5-7B-Instruct-Turbo', supportsJsonMode: true, supportsStreamUsage: true, ...listPrices(0.3, 0.3), ...openModel(7) },
  { id: 'qwen-2-72b-instruct', name: 'Qwen 2 72B Instruct', organization: 'Alibaba (Qwen)', license: QWEN, provider: 'together', providerModel: 'Qwen/Qwen2-72B-Instruct', supportsStreamUsage: true, ...listPrices(0.9, 0.9), ...openModel(72) },
  { id: 'gemma-2-27b-it', name: 'Gemma 2 27B', organization: 'Google', license: GEMMA, provider: 'together', providerModel: 'google/gemma-2-27b-it', supportsStreamUsage: true, ...listPrices(0.8, 0.8), ...openModel(27) },
  { id: 'gemma-2-9b-it', name: 'Gemma 2 9B', organization: 'Google', license: GEMMA, provider: 'together', providerModel: 'google/gemma-2-9b-it', supportsStreamUsage: true, ...listPrices(0.3, 0.3), ...openModel(9) },
  { id: 'mistral-7b-instruct-v0.3', name: 'Mistral 7B Instruct v0.3', organization: 'Mistral AI', license: APACHE, provider: 'together', providerModel: 'mistralai/Mistral-7B-Instruct-v0.3', supportsStreamUsage: true, ...listPrices(0.2, 0.2), ...openModel(7) },
  { id: 'mistral-7b-instruct-v0.1', name: 'Mistral 7B Instruct v0.1', organization: 'Mistral AI', license: APACHE, provider: 'together', providerModel: 'mistralai/Mistral-7B-Instruct-v0.1', supportsStreamUsage: true, ...listPrices(0.2, 0.2), ...openModel(7) },
];

/** Validated at module load: a typo here fails every test run, not a battle in production. */
export const BUILTIN_JUDGES: readonly JudgeModel[] = Object.freeze(
  entries.map((entry) => ({ ...LlmJudgeEntrySchema.parse(entry), kind: 'llm' as const })),
);
