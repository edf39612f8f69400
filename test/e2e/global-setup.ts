// Starts the worker the way a developer does (`wrangler dev`, local D1/KV/DO, offline judges) on a free
// port with a fresh state directory, applies the migrations, and stops it all when the tests end.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wranglerLog: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  CI: '1',
  NO_COLOR: '1',
};

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the end-to-end tests.');
  }
  const stateDir = mkdtempSync(join(tmpdir(), 'judge-arena-e2e-'));
  const config = configWithScheduledRoute(stateDir);
  const port = await freePort();
  const logFile = join(stateDir, 'wrangler.log');
  // An explicit, empty env file stops wrangler from loading a developer's .dev.vars (real API keys):
  // the end-to-end tests only ever use the offline judges.
  const envFile = join(stateDir, 'e2e.env');
  writeFileSync(envFile, '# no secrets: offline judges only\n');

  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', stateDir, '--config', config],
    { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8', timeout: 120_000 },
  );
  if (migrate.status !== 0) throw new Error(`Applying migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const log = openSync(logFile, 'a');
  const wrangler = spawn(
    'npx',
    [
      'wrangler', 'dev',
      '--config', config,
      '--port', String(port),
      '--ip', '127.0.0.1',
      '--persist-to', stateDir,
      '--env-file', envFile,
      '--test-scheduled',
      '--show-interactive-dev-session=false',
      // Votes cast straight after the judgments are normally not counted; the test does not wait to read.
      '--var', 'MIN_VOTE_DELAY_MS:0',
    ],
    { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', log, log], detached: true },
  );

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${baseUrl}/api/health`, wrangler, logFile);
  } catch (error) {
    stop(wrangler);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('wranglerLog', logFile);

  return async () => {
    stop(wrangler);
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(stateDir, { recursive: true, force: true });
  };
}

/**
 * `/__scheduled` (wrangler's --test-scheduled trigger) must reach the worker, not the SPA fallback.
 * If wrangler.toml does not route it to the worker first, run from a copy that does (paths made absolute).
 */
function configWithScheduledRoute(stateDir: string): string {
  const original = join(ROOT, 'wrangler.toml');
  const toml = readFileSync(original, 'utf8');
  const workerFirst = toml.match(/^run_worker_first\s*=\s*\[([^\]]*)\]/m);
  if (!workerFirst || workerFirst[1].includes('/__scheduled')) return original;
  const absolute = (key: string) => (text: string) =>
    text.replace(new RegExp(`^(${key}\\s*=\\s*")\\.?/?([^"]+)"`, 'm'), (_m, head: string, path: string) => `${head}${join(ROOT, path)}"`);
  let copy = toml.replace(workerFirst[0], `run_worker_first = [${workerFirst[1].trim()}, "/__scheduled"]`);
  for (const key of ['main', 'directory', 'migrations_dir']) copy = absolute(key)(copy);
  const path = join(stateDir, 'wrangler.toml');
  writeFileSync(path, copy);
  return path;
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${readFileSync(logFile, 'utf8')}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`wrangler dev did not answer ${url} within 90 s:\n${readFileSync(logFile, 'utf8')}`);
}

/** Stops wrangler and the workerd processes it started (its own process group, nothing else). */
function stop(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
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
