// Three test projects. "node": pure modules and code that only needs HTTP (the stub provider), under plain
// Node, which starts in a fraction of the Workers pool's time. "workers": tests that need the Workers runtime
// (D1, KV, Durable Objects, rate limiters, the worker's own fetch handler), in @cloudflare/vitest-plugin.
// "web": the site's units (test/web/vitest.config.ts). The browser tests have their own config (test/e2e).
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { unstable_readConfig } from 'wrangler';
import { defineConfig } from 'vitest/config';
import './test/support/node20-map-groupby.ts';

/**
 * Tests of pure modules, or of code that only needs HTTP: these run under plain Node. Every other test under test/
 * (but e2e and web) runs in the Workers runtime, so a new test file is in the Workers pool unless it is in one of
 * these folders. fuzz-requests stays in the Workers pool: it checks that workerd's Request accepts every
 * generated request (Node's rejects TRACE).
 */
const NODE_TESTS = [
  'test/judges/**/*.test.ts',
  'test/load/**/*.test.ts',
  'test/ranking/**/*.test.ts',
  'test/rubrics/**/*.test.ts',
  'test/samples/**/*.test.ts',
  'test/unit/**/*.test.ts',
  'test/votes/**/*.test.ts',
  'test/fuzz/response-problems.test.ts',
];
const STUB_SETUP = './test/support/stub-openai/global-setup.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  const wrangler = unstable_readConfig({ config: './wrangler.toml' });
  const workerVars = wrangler.vars as Record<string, string>;
  const workerBindings = [
    ...wrangler.d1_databases.map((b: { binding: string }) => b.binding),
    ...wrangler.kv_namespaces.map((b: { binding: string }) => b.binding),
    ...wrangler.durable_objects.bindings.map((b: { name: string }) => b.name),
    ...wrangler.ratelimits.map((b: { name: string }) => b.name),
    ...(wrangler.assets?.binding ? [wrangler.assets.binding] : []),
  ];
  return {
    test: {
      // Vitest's default on two cores is one file at a time; most files wait on I/O (workerd, the stub server,
      // timeouts), so three at a time is much faster (41 s → 23 s in back-to-back runs on this machine).
      maxWorkers: 3,
      projects: [
        {
          test: {
            name: 'node',
            environment: 'node',
            // One worker process serves many files instead of a new one per file (21 s → 14 s of CPU for the
            // project); fresh-module-state.ts gives each file its own modules, so a vi.mock cannot leak.
            isolate: false,
            include: NODE_TESTS,
            globalSetup: [STUB_SETUP],
            setupFiles: ['./test/support/fresh-module-state.ts'],
            provide: { workerVars, workerBindings },
            alias: {
              'cloudflare:workers': fileURLToPath(new URL('./test/support/node-worker-env.ts', import.meta.url)),
              'cloudflare:test': fileURLToPath(new URL('./test/support/node-cloudflare-test.ts', import.meta.url)),
            },
          },
        },
        {
          plugins: [
            cloudflareTest(({ inject }) => ({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  // Offline judges stream without pauses in tests.
                  OFFLINE_JUDGE_CHUNK_DELAY_MS: '0',
                  // URL of the stub OpenAI-compatible server started in test/support/stub-openai/global-setup.ts
                  STUB_OPENAI_URL: inject('stubOpenAIUrl'),
                },
              },
            })),
          ],
          test: {
            name: 'workers',
            // One workerd serves many files instead of a new one per file (a workerd costs ~1.7 s of CPU: 112 s → 41–45 s
            // of CPU for the project); fresh-worker-state.ts gives each file what a new one would: stopped Durable
            // Objects, empty storage, a migrated D1 and fresh modules, so one file's leftover work or caches cannot
            // reach the next (the rate limiters' counts do: each file's default visitors are its own, fileIp in
            // test/support/api.ts). Checked with the files in shuffled orders (--sequence.shuffle.files).
            isolate: false,
            // Some files write hundreds of D1 rows in one test (exports, history, the fuzz): ~1 s on a quiet machine,
            // over the 5 s default when five other test runs share its two cores. A bound, not a timing assert.
            testTimeout: 20_000,
            include: ['test/**/*.test.ts'],
            exclude: ['test/e2e/**', 'test/web/**', ...NODE_TESTS],
            globalSetup: [STUB_SETUP],
            setupFiles: ['./test/support/fresh-worker-state.ts'],
          },
        },
        './test/web/vitest.config.ts',
      ],
    },
  };
});
