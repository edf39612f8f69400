// Values the vitest configs and global setups provide to tests (read with `inject`).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** wrangler.toml's [vars], for the Node project's stand-in env (vitest.config.ts). */
    workerVars: Record<string, string>;
    /** Names of wrangler.toml's bindings, which the Node project does not have. */
    workerBindings: string[];
    /** Base URL (no /v1) of the stub OpenAI-compatible server (test/support/stub-openai/global-setup.ts). */
    stubOpenAIUrl: string;
  }
}
