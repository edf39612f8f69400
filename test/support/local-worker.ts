// Starts a worker the way a developer does (`wrangler dev`, local D1/KV/DO, offline judges): a free port, a fresh
// state directory, migrations applied first, an empty env file so no developer keys are loaded, and the whole
// wrangler process group stopped at the end. Shared by the end-to-end tests and the load test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  CI: '1',
  NO_COLOR: '1',
};
const STARTUP_TIMEOUT_MS = 90_000;
/** How long wrangler gets to exit after SIGTERM before its process group is killed. */
const STOP_GRACE_MS = 10_000;

export interface LocalWorkerOptions {
  /** wrangler config file, absolute or relative to the repository root. */
  config: string;
  /** `NAME:value` pairs passed as `--var`. */
  vars?: string[];
  /** Further `wrangler dev` arguments (e.g. `--test-scheduled`). */
  extraArgs?: string[];
  /** Names the state directory and env file (e.g. `e2e`, `load`). */
  label: string;
}

export interface LocalWorker {
  baseUrl: string;
  logFile: string;
  stateDir: string;
  /** Stops wrangler and its workerd processes (SIGTERM, then SIGKILL if it lingers); safe to call twice. */
  stop(): Promise<void>;
  /** Rows of one SELECT, read from the local D1 files (call after stop() for what was really persisted). */
  queryD1<T>(sql: string): T[];
  /** Removes the state directory. */
  remove(): void;
}

export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  const config = resolve(ROOT, options.config);
  const stateDir = mkdtempSync(join(tmpdir(), `judge-arena-${options.label}-`));
  const logFile = join(stateDir, 'wrangler.log');
  // An explicit, empty env file stops wrangler from loading a developer's .dev.vars (real API keys).
  const envFile = join(stateDir, `${options.label}.env`);
  writeFileSync(envFile, '# no secrets: offline judges only\n');
  const wranglerSync = (args: string[]) =>
    spawnSync('npx', ['wrangler', ...args, '--local', '--persist-to', stateDir, '--config', config], {
      cwd: ROOT,
      env: WRANGLER_ENV,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });

  const migrate = wranglerSync(['d1', 'migrations', 'apply', 'DB']);
  if (migrate.status !== 0) {
    rmSync(stateDir, { recursive: true, force: true });
    throw new Error(`Applying migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }

  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(
    'npx',
    [
      'wrangler', 'dev',
      '--config', config,
      '--port', String(port),
      '--ip', '127.0.0.1',
      '--persist-to', stateDir,
      '--env-file', envFile,
      '--show-interactive-dev-session=false',
      ...(options.extraArgs ?? []),
      ...(options.vars ?? []).flatMap((v) => ['--var', v]),
    ],
    // detached: wrangler leads its own process group, so stop() reaches its workerd children and nothing else.
    { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', log, log], detached: true },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const worker: LocalWorker = {
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    stateDir,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const ended = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
      if (!ended) {
        signalGroup(child, 'SIGKILL');
        await exited;
      }
    },
    queryD1<T>(sql: string): T[] {
      const result = wranglerSync(['d1', 'execute', 'DB', '--command', sql, '--json']);
      if (result.status !== 0) throw new Error(`D1 query failed (${sql}):\n${result.stdout}\n${result.stderr}`);
      const parsed = JSON.parse(result.stdout) as { results: T[] }[];
      return parsed[0]?.results ?? [];
    },
    remove() {
      rmSync(stateDir, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilServing(`${worker.baseUrl}/api/health`, child, logFile);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  return worker;
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`wrangler dev did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${readFileSync(logFile, 'utf8')}`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number) {
  return new Promise((done) => setTimeout(done, ms));
}
