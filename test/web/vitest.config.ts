// Unit tests for the website's pure logic (stream parsing, panel state, validation, sorting, chart scale).
// Node environment: these modules have no I/O, so they need neither a browser nor the Workers runtime.
// A project of the root vitest.config.ts, so `vitest run` runs them too; alone: `vitest run --config test/web/vitest.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import '../support/node20-map-groupby.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../src/shared', import.meta.url)) } },
  test: {
    name: 'web',
    environment: 'node',
    // One worker serves many files (test/support/fresh-module-state.ts gives each its own modules); as many
    // workers as the root config's other projects, so that all run side by side (vitest requires the same number).
    isolate: false,
    maxWorkers: 3,
    setupFiles: ['test/support/fresh-module-state.ts'],
    include: ['test/web/**/*.test.ts'],
  },
});
