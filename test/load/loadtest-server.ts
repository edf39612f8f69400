// Starts the load-test worker (wrangler.loadtest.toml) the way the end-to-end tests start the arena: a free port,
// a fresh state directory, migrations applied first, an empty env file so no developer keys are loaded (offline
// judges only), and the whole wrangler process group stopped at the end.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = fileURLToPath(new URL('./wrangler.loadtest.toml', import.meta.url));
const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  CI: '1',
  NO_COLOR: '1',
};

/** Votes may come instantly, judges stream without pauses, and every load vote may count. */
const LOAD_VARS = ['MIN_VOTE_DELAY_MS:0', 'OFFLINE_JUDGE_CHUNK_DELAY_MS:0', 'VISITOR_DAILY_COUNTED_VOTES:1000000'];

export interface LoadTestServer {
  baseUrl: string;
  logFile: string;
  /** Stops wrangler and its workerd processes; safe to call twice. */
  stop(): Promise<void>;
  /** Rows of one SELECT, read from the local D1 files (call after stop() for what was really persisted). */
  queryD1<T>(sql: string): T[];
  /** Removes the state directory. */
  remove(): void;
}

export async function startLoadTestServer(): Promise<LoadTestServer> {
  const stateDir = mkdtempSync(join(tmpdir(), 'judge-arena-load-'));
  const logFile = join(stateDir, 'wrangler.log');
  const envFile = join(stateDir, 'load.env');
  writeFileSync(envFile, '# no secrets: offline judges only\n');
  const wranglerSync = (args: string[]) =>
    spawnSync('npx', ['wrangler', ...args, '--local', '--persist-to', stateDir, '--config', CONFIG], {
      cwd: ROOT,
      env: WRANGLER_ENV,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });

  const migrate = wranglerSync(['d1', 'migrations', 'apply', 'DB']);
  if (migrate.status !== 0) throw new Error(`Applying migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(
    'npx',
    [
      'wrangler', 'dev',
      '--config', CONFIG,
      '--port', String(port),
      '--ip', '127.0.0.1',
      '--persist-to', stateDir,
      '--env-file', envFile,
      '--show-interactive-dev-session=false',
      // Per-request log lines would cost the same CPU in every phase, but they are noise on 2 cores.
      '--log-level', 'warn',
      ...LOAD_VARS.flatMap((v) => ['--var', v]),
    ],
    { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', log, log], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: LoadTestServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!killed) {
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
    await waitUntilServing(`${server.baseUrl}/api/health`, child, logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`wrangler dev did not answer ${url} within 90 s:\n${readFileSync(logFile, 'utf8')}`);
}

/** wrangler runs in its own process group (detached), so this reaches its workerd children and nothing else. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
