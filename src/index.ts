// The worker: the HTTP app, the hourly leaderboard refresh, and its Durable Objects (vote ledger, battle runs).
import { createApp } from './app';
import { refreshLeaderboard } from './leaderboard/refresh-leaderboard';
import { pruneStorage } from './battles/prune-storage';
import { runHourlyBudgetJob } from './judges/hourly-budget-job';

export { VoteLedger } from './votes/vote-ledger';
export { BattleRun } from './battles/battle-run';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(refreshLeaderboard(env));
    ctx.waitUntil(pruneStorage(env));
    ctx.waitUntil(runHourlyBudgetJob(env));
  },
} satisfies ExportedHandler<Env>;
