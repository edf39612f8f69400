// The site's first load ships at most 35 KB of gzipped JavaScript (measured on the built web/dist).
import { describe, expect, it } from 'vitest';
import { JS_BUDGET_GZIP_BYTES, measureBundle } from '../../web/scripts/report-bundle-size.mjs';

describe('JavaScript budget', () => {
  it('keeps first-load JS within 35 KB gzipped', () => {
    const report = measureBundle();
    expect(report.files.some((f) => f.firstLoad), 'index.html loads at least one script').toBe(true);
    expect(JS_BUDGET_GZIP_BYTES).toBe(35 * 1024);
    console.log(`first-load JS: ${(report.firstLoadGzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(report.firstLoadGzipBytes).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });
});
