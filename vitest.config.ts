import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import './test/support/node20-map-groupby.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
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
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'test/web/**'],
      globalSetup: ['./test/support/stub-openai/global-setup.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
    },
  };
});
