// Starts the worker the way a developer does (`wrangler dev`, local D1/KV/DO, offline judges) on a free
// port with a fresh state directory, applies the migrations, and stops it all when the tests end.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startLocalWorker } from '../support/local-worker';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wranglerLog: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the end-to-end tests.');
  }
  const worker = await startLocalWorker({
    config: 'wrangler.toml',
    label: 'e2e',
    // `/__scheduled` lets the tests trigger the hourly Cron (wrangler.toml routes it to the worker first).
    extraArgs: ['--test-scheduled'],
    // Votes cast straight after the judgments are normally not counted; the test does not wait to read.
    vars: ['MIN_VOTE_DELAY_MS:0', 'OFFLINE_JUDGE_CHUNK_DELAY_MS:8'],
  });
  project.provide('baseUrl', worker.baseUrl);
  project.provide('wranglerLog', worker.logFile);

  return async () => {
    await worker.stop();
    worker.remove();
  };
}
