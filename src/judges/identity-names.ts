// The names that tell which judge wrote a critique: every registry entry's name, model family, organization and
// provider (derived from the entry, so an EXTRA_JUDGES judge is covered without a code change), plus a maintained
// list of products, vendors and their Chinese names that the registry fields do not spell out.
//
// Case rules, so that ordinary words stay ordinary text:
// - `any`:      any case ("claude", "GPT", "qwen"), for words that are names only.
// - `capital`:  names that are also common words ("Meta", "Opus", "Haiku", "Sonnet", "Llama", "Mistral",
//               "Anthropic", "Google"): only when capitalised, or in any case when a version follows ("llama3",
//               "mistral-7b", "opus-20240229"). "metadata", "magnum opus", "a haiku about rain" stay.
// - `exact`:    spelt exactly so ("FAIR", "PaLM", "Le Chat", "ERNIE", "Bard"), or any case with a version ("palm-2").
// - `version`:  exact case and only with a version or a suffix ("Yi-34B", "GLM-4"): alone they are a surname and
//               a statistics term.
import { BUILTIN_JUDGES } from './builtin-judges';
import type { JudgeModel } from './judge-model';

export type NameCase = 'any' | 'capital' | 'exact' | 'version';

export interface IdentityName {
  /** As written in the list (before folding). */
  text: string;
  case: NameCase;
}

/** Products, vendors and hosts that registry fields do not spell out. */
export const MAINTAINED_NAMES: readonly IdentityName[] = [
  // OpenAI
  ...names('any', 'OpenAI', 'ChatGPT', 'GPT', 'InstructGPT', 'davinci'),
  ...names('capital', 'Codex'),
  // Anthropic
  ...names('any', 'Claude'),
  ...names('capital', 'Anthropic', 'Sonnet', 'Haiku', 'Opus'),
  // Meta
  ...names('any', 'Facebook', 'Meta AI', 'MetaAI', 'LLaMA'),
  ...names('capital', 'Meta', 'Llama'),
  ...names('exact', 'FAIR'),
  // Google
  ...names('any', 'DeepMind', 'Gemma', 'Google DeepMind', 'Google AI'),
  ...names('capital', 'Google', 'Gemini', 'Bard'),
  ...names('exact', 'PaLM', 'LaMDA'),
  // Mistral AI
  ...names('any', 'Mistral AI', 'MistralAI', 'Mixtral', 'Codestral', 'Ministral', 'Pixtral'),
  ...names('capital', 'Mistral'),
  ...names('exact', 'Le Chat'),
  // Alibaba
  ...names('any', 'Alibaba', 'Alibaba Cloud', 'Qwen', 'Tongyi', 'Qianwen', 'Tongyi Qianwen', 'QwQ', '阿里巴巴', '阿里云', '通义千问', '通义', '千问'),
  // Web and model-hub names of the vendors above
  ...names('any', 'anthropic.com', 'claude.ai', 'openai.com', 'meta-llama', 'meta.ai', 'ai.meta.com', 'google.com', 'mistral.ai'),
  // Hosts and providers of the registry
  ...names('any', 'Together AI', 'TogetherAI', 'together.ai', 'Ollama'),
  // Chinese vendors and their models
  ...names('any', 'DeepSeek', '深度求索', 'Zhipu', 'ChatGLM', '智谱', '智谱清言', 'Moonshot AI', '月之暗面', 'Baidu', '百度', '文心一言', '文心'),
  ...names('capital', 'Kimi', 'Moonshot'),
  ...names('exact', 'ERNIE'),
  ...names('version', 'GLM', 'Yi'),
  ...names('any', 'ByteDance', '字节跳动', 'Doubao', '豆包', '01.AI', '零一万物', 'Baichuan', '百川', 'Hunyuan', '混元', 'MiniMax'),
];

function names(rule: NameCase, ...texts: string[]): IdentityName[] {
  return texts.map((text) => ({ text, case: rule }));
}

/** Words in names that say nothing about who made a model (sizes, variants, licences). */
const GENERIC_WORDS = new Set(
  (
    'instruct instruction chat base large small medium tiny mini nano turbo preview latest vision local model models ' +
    'the and of for with it hf beta alpha pro plus ultra max flash lite code coder online offline baseline judge arena ' +
    'community license licence ai inc labs lab research cloud team open api v1 v2 v3 hub'
  ).split(' '),
);

/** Common English words that registry entries may use as names: matched only capitalised or with a version. */
const COMMON_WORDS = new Set(
  (
    'meta llama mistral google anthropic opus haiku sonnet gemini phi falcon orca vicuna alpaca command solar nova ' +
    'arctic granite spark jamba olmo dolly zephyr hermes kimi moonshot'
  ).split(' '),
);

/** Alphabetic tokens of a registry field: "meta-llama/Meta-Llama-3.1-8B" -> meta, llama, Meta, Llama. */
function fieldTokens(field: string): string[] {
  return field.split(/[^\p{L}]+/u).filter((t) => t.length >= 3 && !GENERIC_WORDS.has(t.toLowerCase()));
}

function ruleFor(token: string): NameCase {
  return COMMON_WORDS.has(token.toLowerCase()) ? 'capital' : 'any';
}

const PROVIDER_NAMES: Record<string, string[]> = {
  openai: ['OpenAI'],
  anthropic: ['Anthropic'],
  together: ['Together AI'],
};

/** Names one registry entry gives away: display name, organization, provider, provider model and their tokens. */
export function namesOfModel(model: JudgeModel): IdentityName[] {
  if (model.kind !== 'llm') return [];
  const out: IdentityName[] = [];
  const whole = (text: string) => {
    // A whole field is exact text, e.g. "claude-3-5-sonnet-20241022"; fields with brackets are covered by their tokens.
    // A single word is left to the token rules below (it may be a common word).
    const trimmed = text.trim();
    if (trimmed.length >= 3 && !/[()]/.test(trimmed) && !/^\p{L}+$/u.test(trimmed)) out.push({ text: trimmed, case: 'any' });
  };
  whole(model.name);
  whole(model.providerModel);
  whole(model.providerModel.split('/').at(-1) ?? '');
  for (const field of [model.name, model.organization, model.providerModel]) {
    for (const token of fieldTokens(field)) {
      const capitalised = token[0].toUpperCase() + token.slice(1);
      out.push({ text: ruleFor(token) === 'capital' ? capitalised : token, case: ruleFor(token) });
    }
  }
  for (const name of PROVIDER_NAMES[model.provider] ?? []) out.push({ text: name, case: 'any' });
  return out;
}

/**
 * The whole list for these judges, one entry per folded spelling (the maintained rule wins over a derived one, so
 * "Meta" stays `capital` even though a provider model spells it "meta").
 */
export function identityNames(models: readonly JudgeModel[] = BUILTIN_JUDGES): IdentityName[] {
  const byKey = new Map<string, IdentityName>();
  for (const name of MAINTAINED_NAMES) byKey.set(name.text.toLowerCase(), name);
  for (const model of models) {
    for (const name of namesOfModel(model)) {
      if (!byKey.has(name.text.toLowerCase())) byKey.set(name.text.toLowerCase(), name);
    }
  }
  return [...byKey.values()];
}
