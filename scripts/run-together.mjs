// Runs shell commands side by side and fails if any fails, for `npm test` (vitest, the checks and the browser tests at
// once): the lint and typechecks are CPU work
// that fits in the browser tests' waits (wrangler dev, Chromium, streamed judgments), so together they take little
// more than the browser tests alone. Each command's output is held and printed whole when it ends, so logs do not
// interleave. Usage: node scripts/run-together.mjs 'npm run lint && npm run typecheck' 'npm run test:e2e:built'
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/run-together.mjs <command> [<command> ...]');
  process.exit(2);
}

function run(command) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n── ${command}: ${status} in ${seconds} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(commands.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
