// The worker `npm run loadtest` starts (wrangler.loadtest.toml): the real app unchanged, plus two load-test-only
// routes. POST /__baseline is the reference the vote path is measured against: a request through a Durable
// Object that does one D1 insert, nothing else. GET /__loadtest/pending asks the vote ledger how many
// acknowledged votes are still waiting for D1, so the final count does not mistake "pending" for "lost".
import { DurableObject } from 'cloudflare:workers';
import type { D1Database, DurableObjectNamespace, DurableObjectState, ExecutionContext } from '@cloudflare/workers-types';
import app, { BattleRun, VoteLedger } from 'judge-arena-app';

export { BattleRun, VoteLedger };

interface LoadTestEnv {
  DB: D1Database;
  VOTE_LEDGER: DurableObjectNamespace;
  BASELINE_LEDGER: DurableObjectNamespace;
}

/** What the runner needs from the vote ledger (its real class is src/votes/vote-ledger.ts). */
interface PendingVotes {
  pendingCount(): Promise<number>;
}

export class BaselineLedger extends DurableObject<LoadTestEnv> {
  private ready: Promise<unknown>;

  constructor(ctx: DurableObjectState, env: LoadTestEnv) {
    super(ctx, env);
    // Its own table, so the baseline never touches the arena's data.
    this.ready = env.DB.prepare(
      'CREATE TABLE IF NOT EXISTS loadtest_baseline (id TEXT PRIMARY KEY NOT NULL, client TEXT, created_at INTEGER NOT NULL)',
    ).run();
  }

  /** One D1 insert, called over RPC like VoteLedger.recordVote. */
  async insert(id: string, client: string | null): Promise<{ ok: true; id: string }> {
    await this.ready;
    await this.env.DB.prepare('INSERT INTO loadtest_baseline (id, client, created_at) VALUES (?, ?, ?)').bind(id, client, Date.now()).run();
    return { ok: true, id };
  }
}

export default {
  async fetch(request: Request, env: LoadTestEnv, ctx: ExecutionContext): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/__baseline' && request.method === 'POST') {
      const ledger = env.BASELINE_LEDGER.get(env.BASELINE_LEDGER.idFromName('global')) as unknown as BaselineLedger;
      const result = await ledger.insert(crypto.randomUUID(), request.headers.get('cf-connecting-ip'));
      return Response.json(result);
    }
    if (pathname === '/__loadtest/pending' && request.method === 'GET') {
      const ledger = env.VOTE_LEDGER.get(env.VOTE_LEDGER.idFromName('global')) as unknown as PendingVotes;
      return Response.json({ pending: await ledger.pendingCount() });
    }
    return app.fetch(request, env, ctx);
  },
  scheduled: app.scheduled,
};
