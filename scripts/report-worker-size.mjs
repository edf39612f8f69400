#!/usr/bin/env node
// Builds the worker the way `wrangler deploy` would (without uploading) and prints its gzipped size
// (the budget is 150 KB). Usage: node scripts/report-worker-size.mjs [outDir]   (needs web/dist: `npm run build:web`)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WORKER_BUDGET_GZIP_BYTES = 150 * 1024;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs `wrangler deploy --dry-run --outdir outDir`, which writes the bundle that would be uploaded. */
export function buildWorker(outDir = mkdtempSync(join(tmpdir(), 'worker-bundle-'))) {
  const wrangler = join(ROOT, 'node_modules/.bin/wrangler');
  execFileSync(wrangler, ['deploy', '--dry-run', '--outdir', outDir], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  return outDir;
}

/** Sizes the JavaScript modules in a dry-run output directory (source maps are not uploaded as code). */
export function measureWorker(outDir) {
  const files = readdirSync(outDir)
    .filter((name) => name.endsWith('.js') || name.endsWith('.mjs'))
    .map((name) => {
      const bytes = readFileSync(join(outDir, name));
      return { file: name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
  return {
    files,
    gzipBytes: files.reduce((total, f) => total + f.gzipBytes, 0),
    budgetGzipBytes: WORKER_BUDGET_GZIP_BYTES,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = buildWorker(process.argv[2] ? resolve(process.argv[2]) : undefined);
  const report = measureWorker(outDir);
  for (const f of report.files) console.log(`  ${f.file}  ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzip`);
  console.log(`Worker: ${kb(report.gzipBytes)} gzip (budget ${kb(report.budgetGzipBytes)})`);
  if (report.gzipBytes > report.budgetGzipBytes) {
    console.error('Over budget.');
    process.exitCode = 1;
  }
}
