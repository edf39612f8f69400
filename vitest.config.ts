import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            // URL of the stub OpenAI-compatible server started in test/support/stub-openai/global-setup.ts
            STUB_OPENAI_URL: inject('stubOpenAIUrl'),
          },
        },
      })),
    ],
    test: {
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**'],
      globalSetup: ['./test/support/stub-openai/global-setup.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
    },
  };
});
