// Size budgets: the site's first load ships at most 35 KB of gzipped JavaScript (measured on the built web/dist),
// and the worker at most 150 KB gzipped (measured on the output of `wrangler deploy --dry-run --outdir`).
import { describe, expect, it } from 'vitest';
import { JS_BUDGET_GZIP_BYTES, measureBundle } from '../../web/scripts/report-bundle-size.mjs';
import { WORKER_BUDGET_GZIP_BYTES, buildWorker, measureWorker } from '../../scripts/report-worker-size.mjs';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('JavaScript budget', () => {
  it('keeps first-load JS within 35 KB gzipped', () => {
    const report = measureBundle();
    expect(report.files.some((f) => f.firstLoad), 'index.html loads at least one script').toBe(true);
    expect(JS_BUDGET_GZIP_BYTES).toBe(35 * 1024);
    console.log(`site first-load JS: ${kb(report.firstLoadGzipBytes)} gzip (budget ${kb(JS_BUDGET_GZIP_BYTES)})`);
    expect(report.firstLoadGzipBytes).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });

  it('keeps the worker within 150 KB gzipped', () => {
    const report = measureWorker(buildWorker());
    expect(report.files.map((f) => f.file), 'the dry run writes the worker bundle').toContain('index.js');
    expect(WORKER_BUDGET_GZIP_BYTES).toBe(150 * 1024);
    console.log(`worker: ${kb(report.gzipBytes)} gzip (budget ${kb(WORKER_BUDGET_GZIP_BYTES)})`);
    expect(report.gzipBytes).toBeLessThanOrEqual(WORKER_BUDGET_GZIP_BYTES);
  });
});
