// The first page (the arena) loads only the site's common styles: the leaderboard's and the judge page's come
// with their lazy chunks. Read from the built web/dist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** Selectors only the leaderboard and judge pages use (web/src/leaderboard/leaderboard-tables.css and leaderboard-views.css). */
const PAGE_ONLY = ['.leaderboard-table', '.data-table', '.rating-chart', '.sort-button', '.totals', '.leaderboard-filters'];

describe('first-load styles', () => {
  it("index.html links no leaderboard or judge-page rule; a lazily loaded stylesheet has them", () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
    expect(linked.length, 'index.html links the site stylesheet').toBeGreaterThan(0);
    const firstLoad = linked.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    expect(firstLoad).toContain('.judge-panel');
    expect(PAGE_ONLY.filter((selector) => firstLoad.includes(selector))).toEqual([]);

    const lazy = readdirSync(join(DIST, 'assets'))
      .filter((name) => name.endsWith('.css') && !linked.includes(`assets/${name}`))
      .map((name) => readFileSync(join(DIST, 'assets', name), 'utf8'))
      .join('\n');
    expect(PAGE_ONLY.filter((selector) => !lazy.includes(selector))).toEqual([]);
  });
});
