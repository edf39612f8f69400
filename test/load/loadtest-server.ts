// Starts the load-test worker (wrangler.loadtest.toml) through the shared local-worker launcher: a free port,
// a fresh state directory, migrations applied first, offline judges only, the process group stopped at the end.
import { fileURLToPath } from 'node:url';
import { startLocalWorker, type LocalWorker } from '../support/local-worker';

const CONFIG = fileURLToPath(new URL('./wrangler.loadtest.toml', import.meta.url));

/** Votes may come instantly, judges stream without pauses, and every load vote may count. */
const LOAD_VARS = ['MIN_VOTE_DELAY_MS:0', 'OFFLINE_JUDGE_CHUNK_DELAY_MS:0', 'VISITOR_DAILY_COUNTED_VOTES:1000000'];

export type LoadTestServer = LocalWorker;

export function startLoadTestServer(): Promise<LoadTestServer> {
  return startLocalWorker({
    config: CONFIG,
    label: 'load',
    vars: LOAD_VARS,
    // Per-request log lines would cost the same CPU in every phase, but they are noise on 2 cores.
    extraArgs: ['--log-level', 'warn'],
  });
}
