// Bindings and settings of the worker; names match wrangler.toml. Secrets are optional: a fresh clone has none.
import type { BattleRun } from './battles/battle-run';
import type { VoteLedger } from './votes/vote-ledger';

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import('./index');
      durableNamespaces: 'VoteLedger' | 'BattleRun';
    }
    interface Env {
      DB: D1Database;
      LEADERBOARD_KV: KVNamespace;
      VOTE_LEDGER: DurableObjectNamespace<VoteLedger>;
      /** One BattleRun per battle (idFromName(battle id)): runs its judges and streams them to every viewer. */
      BATTLE_RUN: DurableObjectNamespace<BattleRun>;
      ASSETS?: Fetcher;
      /** Workers Rate Limiting bindings; absent bindings mean no limit. */
      BATTLE_RATE_LIMITER?: RateLimit;
      VOTE_RATE_LIMITER?: RateLimit;
      RESPONSE_RATE_LIMITER?: RateLimit;

      /** "auto" (only when fewer than two LLM judges are available), "on" or "off". */
      OFFLINE_JUDGES?: string;
      JUDGE_TIMEOUT_MS?: string;
      JUDGE_FIRST_TOKEN_TIMEOUT_MS?: string;
      PRELIMINARY_VOTES?: string;
      /** Comma-separated judge ids to keep out of pairing (e.g. a model its provider retired). */
      DISABLED_JUDGES?: string;
      /** Extra judges as a JSON array of registry entries (see README "Adding a judge"). */
      EXTRA_JUDGES?: string;

      OPENAI_API_KEY?: string;
      OPENAI_BASE_URL?: string;
      ANTHROPIC_API_KEY?: string;
      ANTHROPIC_BASE_URL?: string;
      TOGETHER_API_KEY?: string;
      TOGETHER_BASE_URL?: string;
      /** Any OpenAI-compatible local server (Ollama, vLLM, llama.cpp), e.g. http://localhost:11434/v1 */
      LOCAL_LLM_BASE_URL?: string;
      LOCAL_LLM_API_KEY?: string;

      /** "provider:model" used by POST /api/responses, e.g. "openai:gpt-4o-mini". */
      RESPONSE_GENERATOR?: string;
      /** "provider:model" that writes random samples; the bank is the fallback. */
      SAMPLE_GENERATOR?: string;

      /** Secret salt of the visitor id hash (rotated daily by mixing in the date). */
      VISITOR_SALT?: string;
      /** Secret bearer token for admin actions; admin routes answer 401 without it. */
      ADMIN_TOKEN?: string;
      /** Turnstile secret; when set, creating a battle requires a valid Turnstile token. */
      TURNSTILE_SECRET_KEY?: string;
      TURNSTILE_SITE_KEY?: string;
      /** Turnstile's siteverify endpoint; only tests change it. */
      TURNSTILE_VERIFY_URL?: string;
    }
  }
  interface Env extends Cloudflare.Env {}
}

export {};
