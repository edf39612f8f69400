// Declarations that let tsconfig.node.json (which checks test/load) typecheck loadtest-worker.ts, a Workers file.
// A relative import of src/index.ts would pull the whole worker into the Node program, whose globals (Env,
// D1Database, ...) it does not have; so the worker is imported under an alias that wrangler.loadtest.toml
// resolves to ../../src/index.ts, and only the shape used here is declared.
// No top-level import: it would turn these declarations into augmentations of modules that do not exist.

declare module 'judge-arena-app' {
  import type { DurableObjectState, ExecutionContext } from '@cloudflare/workers-types';

  const worker: {
    fetch(request: Request, env: unknown, ctx: ExecutionContext): Response | Promise<Response>;
    scheduled(controller: unknown, env: unknown, ctx: ExecutionContext): Promise<void>;
  };
  export default worker;
  /** The vote ledger Durable Object class; only re-exported, so its shape does not matter here. */
  export const VoteLedger: abstract new (ctx: DurableObjectState, env: never) => object;
  /** The battle run Durable Object class; only re-exported, like VoteLedger. */
  export const BattleRun: abstract new (ctx: DurableObjectState, env: never) => object;
}

declare module 'cloudflare:workers' {
  import type { DurableObjectState } from '@cloudflare/workers-types';

  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}
