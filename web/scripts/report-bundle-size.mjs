#!/usr/bin/env node
// Prints the gzipped size of the JavaScript in web/dist (the budget is 35 KB for the first load).
// Usage: node web/scripts/report-bundle-size.mjs [distDir]      (after `npm run build:web`)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET_GZIP_BYTES = 35 * 1024;

const DEFAULT_DIST = fileURLToPath(new URL('../dist', import.meta.url));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Sizes every .js file in the build. `firstLoad` is what index.html pulls in (its module scripts and
 * modulepreloads); `total` is all JavaScript, which is the same unless a page is split out.
 */
export function measureBundle(distDir = DEFAULT_DIST) {
  const dist = resolve(distDir);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]),
  );
  const files = walk(dist)
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const bytes = readFileSync(path);
      const file = relative(dist, path).split('\\').join('/');
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, firstLoad: referenced.has(file) };
    });
  const sum = (list) => list.reduce((total, f) => total + f.gzipBytes, 0);
  return {
    files,
    firstLoadGzipBytes: sum(files.filter((f) => f.firstLoad)),
    totalGzipBytes: sum(files),
    budgetGzipBytes: JS_BUDGET_GZIP_BYTES,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = measureBundle(process.argv[2] ?? DEFAULT_DIST);
  for (const f of report.files) {
    console.log(`${f.firstLoad ? '*' : ' '} ${f.file}  ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzip`);
  }
  console.log(`First-load JS: ${kb(report.firstLoadGzipBytes)} gzip (budget ${kb(report.budgetGzipBytes)})`);
  console.log(`All JS:        ${kb(report.totalGzipBytes)} gzip`);
  if (report.firstLoadGzipBytes > report.budgetGzipBytes) {
    console.error('Over budget.');
    process.exitCode = 1;
  }
}
