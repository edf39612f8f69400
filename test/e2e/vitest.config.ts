// End-to-end tests in headless Chromium against the real worker under `wrangler dev` (offline judges, no keys).
// Runs in Node, not in the Workers pool. Needs a built site first: `npm run build:web`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import '../support/node20-map-groupby.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One worker and one browser at a time: the machine has two cores and the tests share one database.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
