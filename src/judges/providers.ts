// Where each provider lives and which secret unlocks it. All are OpenAI-compatible endpoints.

export const LLM_PROVIDERS = ['openai', 'anthropic', 'together', 'local'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export type Provider = LlmProvider | 'offline';

/** What a client needs to call a provider. */
export interface ProviderConfig {
  baseURL: string;
  apiKey: string;
}

const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1/',
  together: 'https://api.together.xyz/v1',
} as const;

/** Local servers (Ollama, llama.cpp) usually ignore the key, but the client needs a non-empty one. */
const LOCAL_PLACEHOLDER_KEY = 'local-no-key';

/** Blank settings count as unset: a `.dev.vars` line like `OPENAI_API_KEY=` must not enable a provider. */
function setting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The provider's base URL and key, or undefined when the provider is not configured on this server. */
export function providerConfig(env: Env, provider: Provider): ProviderConfig | undefined {
  switch (provider) {
    case 'openai': {
      const apiKey = setting(env.OPENAI_API_KEY);
      return apiKey ? { apiKey, baseURL: setting(env.OPENAI_BASE_URL) ?? DEFAULT_BASE_URLS.openai } : undefined;
    }
    case 'anthropic': {
      const apiKey = setting(env.ANTHROPIC_API_KEY);
      return apiKey ? { apiKey, baseURL: setting(env.ANTHROPIC_BASE_URL) ?? DEFAULT_BASE_URLS.anthropic } : undefined;
    }
    case 'together': {
      const apiKey = setting(env.TOGETHER_API_KEY);
      return apiKey ? { apiKey, baseURL: setting(env.TOGETHER_BASE_URL) ?? DEFAULT_BASE_URLS.together } : undefined;
    }
    case 'local': {
      const baseURL = setting(env.LOCAL_LLM_BASE_URL);
      return baseURL ? { baseURL, apiKey: setting(env.LOCAL_LLM_API_KEY) ?? LOCAL_PLACEHOLDER_KEY } : undefined;
    }
    case 'offline':
      return undefined;
  }
}

export function isProviderConfigured(env: Env, provider: Provider): boolean {
  return provider === 'offline' || providerConfig(env, provider) !== undefined;
}
