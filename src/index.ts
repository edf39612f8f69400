// The worker: the HTTP app, the hourly job (leaderboard refresh, pruning, the status page's hourly figures), and its Durable Objects (vote ledger, battle runs).
import { createApp } from './app';
import { refreshLeaderboard } from './leaderboard/refresh-leaderboard';
import { pruneStorage } from './battles/prune-storage';
import { database } from './db/client';
import { prunePastVisitorPaidCalls } from './judges/visitor-budget';
import { fillSamplePool } from './samples/fill-sample-pool';
import { snapshotStatusOfHour } from './battles/arena-status';

export { VoteLedger } from './votes/vote-ledger';
export { BattleRun } from './battles/battle-run';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(refreshLeaderboard(env));
    ctx.waitUntil(pruneStorage(env));
    ctx.waitUntil(snapshotStatusOfHour(env, Date.now()));
    // The budget's part: forget the per-visitor counts of past days, refill the random-sample pool.
    ctx.waitUntil(prunePastVisitorPaidCalls(database(env.DB), Date.now()).then(() => fillSamplePool(env)));
  },
} satisfies ExportedHandler<Env>;
