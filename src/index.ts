import { createApp } from './app';

export { VoteLedger } from './votes/vote-ledger';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, _env, _ctx) {},
} satisfies ExportedHandler<Env>;
