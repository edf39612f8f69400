// The worker `npm run capacity` starts (wrangler.capacity.toml): the real app unchanged, plus GET /__capacity/size,
// the size of the D1 database in bytes as D1 reports it after a query (pages × page size, what D1's 10 GB limit counts).
import type { D1Database, ExecutionContext } from '@cloudflare/workers-types';
import app, { BattleRun, VoteLedger } from 'judge-arena-app';

export { BattleRun, VoteLedger };

interface CapacityEnv {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: CapacityEnv, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === '/__capacity/size') {
      const result = await env.DB.prepare('SELECT 1').run();
      return Response.json({ bytes: result.meta.size_after });
    }
    return app.fetch(request, env, ctx);
  },
  scheduled: app.scheduled,
};
