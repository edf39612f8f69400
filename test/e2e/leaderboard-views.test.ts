// The leaderboard's head-to-head matrices and the judge page, in headless Chromium against `wrangler dev`
// (offline judges): rounds played through the API, the hourly job fired by hand, then the pages read as a
// visitor (and a screen reader, and a keyboard) reads them. A second part feeds the page stubbed documents
// with the fields the perf backend adds (cost, speed, open weights, size, history), to check how they are drawn.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ArenaClient, VOTE_CHOICES } from '../load/arena-client';
import { SAMPLE_CATEGORIES, SLICE_CATEGORIES, SLICE_FORMATS } from '../../src/shared/leaderboard-slices';
import { matchupOf } from '../../src/shared/judge-matchup';
import { horizontalOverflow, launchBrowser, openPage, resizeViewport, screenshotPath, type Session } from './browser';

const baseUrl = inject('baseUrl');

interface Pair {
  a: string;
  b: string;
  nameA: string;
  nameB: string;
  battles: number;
  winsA: number;
  winsB: number;
  ties: number;
  bothBad: number;
  observedWinRateA: number;
  predictedWinRateA: number;
}

interface Entry {
  id: string;
  name: string;
}

let session: Session;
let pairs: Pair[];
let models: Entry[];

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.ok, path).toBe(true);
  return (await response.json()) as T;
}

/** A few complete rounds (battle → stream to the end → vote), each from its own visitor address. */
async function playRounds(count: number) {
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = new ArenaClient(baseUrl, `198.51.100.${20 + i}`);
      const battle = await client.createBattle(await client.randomSample());
      expect(await client.streamToEnd(battle)).toBe(true);
      const vote = await client.vote(battle, VOTE_CHOICES[i % VOTE_CHOICES.length], `views-${i}-${battle}`);
      expect(vote.status).toBe(200);
    }),
  );
}

async function showPreliminary(page: Page) {
  await page.getByLabel(/^Show preliminary judges/).check();
}

beforeAll(async () => {
  session = await launchBrowser();
  await playRounds(8);
  const cron = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
  expect(cron.ok).toBe(true);
  // The refresh runs after the scheduled handler answers: wait for its documents (no fixed sleep).
  for (let attempt = 0; attempt < 300; attempt++) {
    pairs = (await getJson<{ pairs: Pair[] }>('/api/leaderboard/pairs')).pairs;
    if (pairs.length >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(pairs.length, 'the refresh wrote at least two pairs').toBeGreaterThanOrEqual(2);
  models = (await getJson<{ models: Entry[] }>('/api/leaderboard')).models;
});

afterAll(async () => {
  await session?.close();
});

describe('head to head on the leaderboard', () => {
  it('labels every heatmap cell with the observed rate, predicted rate and counts of the pairs document', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard`);
    await showPreliminary(page);
    const heatmap = page.locator('#win-rate-matrix');
    await heatmap.waitFor();
    const judgesShown = await page.locator('.leaderboard-table tbody tr[data-model-id]').count();
    expect(judgesShown).toBe(models.length);
    // Documents without the perf backend's fields say so rather than drawing empty charts.
    if (!('openWeights' in models[0])) {
      expect(await page.getByTestId('size-chart-empty').textContent()).toMatch(/does not say yet which judges have open weights/);
    }
    expect(await heatmap.locator('td.matrix-cell').count()).toBe(judgesShown * judgesShown);
    expect(await heatmap.getAttribute('role')).toBe('grid');

    for (const p of pairs) {
      const counts = `(${p.winsA} won, ${p.winsB} lost, ${p.ties} tied, ${p.bothBad} both bad)`;
      const fromA = heatmap.getByLabel(`${p.nameA} against ${p.nameB}:`, { exact: false });
      expect(await fromA.count(), `${p.a} v ${p.b}`).toBe(1);
      expect(await fromA.getAttribute('aria-label')).toBe(
        `${p.nameA} against ${p.nameB}: won ${percent(p.observedWinRateA)} of ${p.battles} battle${p.battles === 1 ? '' : 's'} ` +
          `${counts}; predicted ${percent(p.predictedWinRateA)}`,
      );
      expect(await fromA.textContent()).toBe(String(Math.round(p.observedWinRateA * 100)));
      // The same pair from the other side: wins swapped, rates complemented.
      const fromB = heatmap.getByLabel(`${p.nameB} against ${p.nameA}:`, { exact: false });
      expect(await fromB.getAttribute('aria-label')).toContain(`(${p.winsB} won, ${p.winsA} lost,`);
      expect(await fromB.textContent()).toBe(String(Math.round((1 - p.observedWinRateA) * 100)));

      const count = page.locator('#battle-count-matrix').getByLabel(`${p.nameA} and ${p.nameB}: `, { exact: false });
      expect(await count.textContent()).toBe(String(p.battles));
    }
    expect(problems).toEqual([]);
  });

  it('moves between cells with the arrow keys, one tab stop, and describes the focused cell', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard`);
    await showPreliminary(page);
    await page.locator('#win-rate-matrix').waitFor();
    const focusable = page.locator('#win-rate-matrix td[tabindex="0"]');
    expect(await focusable.count()).toBe(1);

    // Tab from the preliminary toggle until a heatmap cell has focus.
    await page.getByLabel(/^Show preliminary judges/).focus();
    let inGrid = false;
    for (let i = 0; i < 60 && !inGrid; i++) {
      await page.keyboard.press('Tab');
      inGrid = await page.evaluate(() => !!document.activeElement?.closest('#win-rate-matrix'));
    }
    expect(inGrid, 'Tab reaches the heatmap').toBe(true);
    const active = () =>
      page.evaluate(() => ({
        cell: document.activeElement?.getAttribute('data-cell'),
        label: document.activeElement?.getAttribute('aria-label'),
      }));
    expect((await active()).cell).toBe('0-1');
    await page.keyboard.press('ArrowDown');
    expect((await active()).cell).toBe('1-1');
    await page.keyboard.press('ArrowLeft');
    const focused = await active();
    expect(focused.cell).toBe('1-0');
    expect(focused.label).toMatch(/ against /);
    expect(await page.getByTestId('win-rate-matrix-detail').textContent()).toBe(focused.label);
    await page.keyboard.press('End');
    expect((await active()).cell).toBe(`1-${models.length - 1}`);
    // Still one tab stop: the cell last visited.
    expect(await page.locator('#win-rate-matrix td[tabindex="0"]').getAttribute('data-cell')).toBe(`1-${models.length - 1}`);
    expect(problems).toEqual([]);
  });
});

interface SliceBoard {
  updatedAt: string | null;
  totalVotes: number;
  models: Entry[];
  slice: { format: string | null; category: string | null };
}

/** The slice documents are written by the same refresh as the overall one: wait until this one is there. */
async function sliceBoard(query: string): Promise<SliceBoard> {
  let board = await getJson<SliceBoard>(`/api/leaderboard?${query}`);
  for (let attempt = 0; attempt < 100 && board.updatedAt === null; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    board = await getJson<SliceBoard>(`/api/leaderboard?${query}`);
  }
  return board;
}

describe('leaderboard slices', () => {
  it('selecting a category puts it in the URL and shows that slice of the votes', async () => {
    const overall = await getJson<SliceBoard>('/api/leaderboard');
    // The rounds played random bank samples: pick a category they reached (fewer votes than overall, if any is).
    const played: { category: string; board: SliceBoard }[] = [];
    for (const category of SAMPLE_CATEGORIES) {
      const board = await getJson<SliceBoard>(`/api/leaderboard?category=${category}`);
      if (board.totalVotes > 0) played.push({ category, board: await sliceBoard(`category=${category}`) });
    }
    expect(played.length).toBeGreaterThan(0);
    // Rounds of the other formats (arena-formats.test.ts) vote too: prefer a category only likert rounds reached.
    const likertOnly = async (p: (typeof played)[number]) => (await sliceBoard(`format=likert&category=${p.category}`)).totalVotes === p.board.totalVotes;
    const likertPlayed = (await Promise.all(played.map(async (p) => ((await likertOnly(p)) ? [p] : [])))).flat();
    const { category, board } = likertPlayed.find((p) => p.board.totalVotes < overall.totalVotes) ?? likertPlayed[0] ?? played[0];

    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard?weights=all`);
    await page.getByTestId('total-votes').waitFor();
    expect(await page.getByTestId('total-votes').textContent()).toBe(overall.totalVotes.toLocaleString('en'));
    await showPreliminary(page);
    await page.getByLabel('Category').selectOption(category);
    await page.waitForURL((url) => url.searchParams.get('category') === category);
    await page.getByText(board.totalVotes.toLocaleString('en'), { exact: true }).first().waitFor();
    expect(await page.getByTestId('total-votes').textContent()).toBe(board.totalVotes.toLocaleString('en'));
    // The preliminary toggle survives the change of slice.
    expect(await page.getByLabel(/^Show preliminary judges/).isChecked()).toBe(true);
    const rows = page.locator('.leaderboard-table tbody tr[data-model-id]');
    await rows.first().waitFor();
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model-id')))).sort()).toEqual(board.models.map((m) => m.id).sort());
    expect(new URL(page.url()).searchParams.get('weights')).toBe('all');

    // The URL can be shared: opened directly, it shows the same slice; a slice without votes says so.
    await page.goto(`${baseUrl}/leaderboard?format=pairwise&category=${category}`);
    await page.getByText('No votes in “Pairwise · ', { exact: false }).waitFor();
    expect(await page.getByLabel('Format').inputValue()).toBe('pairwise');
    expect(await page.getByLabel('Category').inputValue()).toBe(category);
    expect(await page.getByRole('option', { name: 'Score 1–5' }).count()).toBe(1);
    await page.getByLabel('Format').selectOption({ label: 'Score 1–5' });
    await page.waitForURL((url) => url.searchParams.get('format') === 'likert');
    await page.getByTestId('total-votes').waitFor();
    expect(await page.getByTestId('total-votes').textContent()).toBe(board.totalVotes.toLocaleString('en'));
    await page.screenshot({ path: screenshotPath('leaderboard-slice'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('judge page', () => {
  it("opens from the table, loads its code on demand, and shows the judge's record, performance and history", async () => {
    const { page, problems } = await openPage(session);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/leaderboard`);
    await showPreliminary(page);
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    const judgeChunk = (list: string[]) => list.filter((path) => /judge-page-[\w-]+\.js$/.test(path));
    expect(judgeChunk(scripts), 'not part of the first load').toEqual([]);

    const judge = models[0];
    // Every API request the judge page makes, from the click on (the leaderboard's own are before it).
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiRequests.push(url.pathname + url.search);
    });
    await page.locator(`tr[data-model-id="${judge.id}"] th a`).click();
    await page.getByRole('heading', { level: 1, name: judge.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/leaderboard/${encodeURIComponent(judge.id)}`);
    // Focus is on the new page's heading, so a screen reader announces the judge.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(judge.name);
    expect(judgeChunk(scripts).length, 'the judge page loaded its own chunk').toBe(1);
    expect(await page.title()).toBe('Judge · Judge Arena');

    const entry = (await getJson<{ models: (Entry & { rating: number; votes: number })[] }>('/api/leaderboard')).models.find(
      (m) => m.id === judge.id,
    )!;
    const ratingRow = page.getByTestId('judge-rating').locator('tbody tr');
    expect(await ratingRow.locator('td').first().textContent()).toBe(String(Math.round(entry.rating)));
    // A row per format and per category: the judge's figures on that slice's board, or "no counted votes".
    for (const slice of [...SLICE_FORMATS.map((format) => ({ format, category: null })), ...SLICE_CATEGORIES.map((category) => ({ format: null, category }))]) {
      const query = `?${new URLSearchParams(slice.format ? { format: slice.format } : { category: slice.category! })}`;
      const onSlice = (await getJson<{ models: (Entry & { rating: number; votes: number })[] }>(`/api/leaderboard${query}`)).models.find((m) => m.id === judge.id);
      const empty = await page.getByTestId(`judge-rating-empty${query}`).count();
      expect(empty, query).toBe(onSlice ? 0 : 1);
      if (onSlice) {
        const cells = await page.locator(`[data-testid="judge-rating"] tr[data-slice="${query}"] td`).allTextContents();
        expect([cells[0], cells[4]], query).toEqual([String(Math.round(onSlice.rating)), String(onSlice.votes)]);
      }
    }

    // Its record: one row per opponent it met, with the pairs document's counts from its side.
    const met = pairs.filter((p) => p.a === judge.id || p.b === judge.id);
    const record = page.getByTestId('judge-record');
    await record.waitFor();
    expect(await record.locator('tbody tr').count()).toBe(met.length);
    for (const p of met) {
      const opponent = p.a === judge.id ? p.b : p.a;
      const [won, lost] = p.a === judge.id ? [p.winsA, p.winsB] : [p.winsB, p.winsA];
      const cells = await record.locator(`tr[data-opponent-id="${opponent}"] td`).allTextContents();
      expect(cells.slice(0, 3)).toEqual([String(p.battles), String(won), String(lost)]);
    }

    // Cost and speed, and history: whatever the server has, drawn; otherwise said plainly.
    const stored = (await getJson<{ models: { id: string; performance?: { judgments: number } }[] }>('/api/leaderboard')).models;
    const performance = stored.find((m) => m.id === judge.id)?.performance;
    if (performance && performance.judgments > 0) await page.getByTestId('performance').waitFor();
    else await page.getByTestId('performance-empty').waitFor();

    const historyResponse = await fetch(`${baseUrl}/api/leaderboard/history?judge=${encodeURIComponent(judge.id)}`);
    const history = historyResponse.ok ? ((await historyResponse.json()) as { points: unknown[] }) : null;
    if (history && history.points.length > 0) {
      await page.getByTestId('history-chart').waitFor();
      expect(await page.locator('.history-line').getAttribute('d')).toMatch(/^M/);
      expect(await page.getByTestId('history-table').locator('tbody tr').count()).toBe(history.points.length);
    } else {
      expect(await page.getByTestId('history-empty').textContent()).toMatch(/^No rating history yet/);
    }

    expect(await page.getByTestId('judge-json').locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `/api/leaderboard/judges/${encodeURIComponent(judge.id)}`,
      `/api/leaderboard/history?judge=${encodeURIComponent(judge.id)}`,
    ]);
    // One document and the history: nothing else was asked for.
    expect(apiRequests.sort(), 'the judge page makes at most two API requests').toEqual(
      [`/api/leaderboard/history?judge=${encodeURIComponent(judge.id)}`, `/api/leaderboard/judges/${encodeURIComponent(judge.id)}`].sort(),
    );

    // Another judge's page from the record: its own figures load.
    const other = met[0].a === judge.id ? met[0].nameB : met[0].nameA;
    await record.getByRole('link', { name: other }).click();
    await page.getByRole('heading', { level: 1, name: other }).waitFor();
    await page.getByTestId('judge-record').waitFor();
    await page.screenshot({ path: screenshotPath('judge-page-desktop'), fullPage: true });

    expect(historyResponse.status).toBe(200);
    expect(problems).toEqual([]);

    // A judge that is not on the leaderboard: said plainly; its history request is the 404 of an unknown judge.
    await page.goto(`${baseUrl}/leaderboard/no-such-judge`);
    await page.getByRole('heading', { level: 1, name: 'Judge not on the leaderboard' }).waitFor();
    expect(problems.filter((problem) => !/^console: Failed to load resource: .*404/.test(problem))).toEqual([]);
  });
});

/** A leaderboard with the perf backend's fields, ten judges wide: cost, speed, weights, size. */
function stubbedDocuments() {
  const costs = [10, 12, 2, 3, 0.5, null, 0.6, 0.1, 0.2, undefined];
  const open = [false, false, true, false, true, false, true, true, true, undefined];
  const sizes = [null, null, 70, null, 8, null, 405, 7, null, undefined];
  const models = costs.map((cost, i) => ({
    id: `judge-${i}`,
    name: `Stub Judge Number ${i}`,
    organization: `Org ${i}`,
    license: open[i] ? 'Apache-2.0' : 'Proprietary',
    kind: 'llm',
    rating: 1100 - 20 * i,
    ci: [1090 - 20 * i, 1112 - 20 * i],
    rank: i + 1,
    rankUpperBound: i + 1,
    elo: 1100 - 20 * i,
    votes: 1000,
    wins: 500,
    losses: 400,
    ties: 60,
    bothBad: 40,
    preliminary: false,
    ...(cost === undefined
      ? {}
      : {
          performance: {
            judgments: 200 + i,
            medianTtftMs: 300 + 10 * i,
            medianLatencyMs: 1500 + 100 * i,
            p90LatencyMs: 4000,
            failureRate: 0.02,
            costPer1kJudgmentsUsd: cost,
          },
        }),
    ...(open[i] === undefined ? {} : { openWeights: open[i], parametersB: sizes[i] }),
  }));
  const pairs = models.flatMap((a, i) =>
    models.slice(i + 1).map((b, k) => {
      const [winsA, winsB, ties, bothBad] = [10 + k, 5 + i, 2, 1];
      const battles = winsA + winsB + ties + bothBad;
      return {
        a: a.id,
        b: b.id,
        nameA: a.name,
        nameB: b.name,
        battles,
        winsA,
        winsB,
        ties,
        bothBad,
        observedWinRateA: (winsA + (ties + bothBad) / 2) / battles,
        predictedWinRateA: 0.6,
      };
    }),
  );
  const history = {
    schemaVersion: 1,
    judge: 'judge-2',
    points: [
      { at: '2026-03-01T10:00:00Z', rating: 1040, ci: [1000, 1080], votes: 100 },
      { at: '2026-03-01T11:00:00Z', rating: 1052, ci: [1020, 1084], votes: 160 },
      { at: '2026-03-02T00:00:00Z', rating: 1060, ci: [1040, 1080], votes: 260 },
    ],
  };
  const leaderboard = { schemaVersion: 2, updatedAt: '2026-03-02T00:00:00Z', totalVotes: 10_000, models };
  return { leaderboard, pairs: { updatedAt: leaderboard.updatedAt, pairs }, history, judge: judgeDocument(leaderboard, pairs, 'judge-2') };
}

/** What the hourly job would write for one of the stubbed judges: its entry, two slices, its record from its side. */
function judgeDocument(leaderboard: { updatedAt: string; totalVotes: number; models: { id: string }[] }, pairs: Pair[], id: string) {
  const record = pairs
    .filter((p) => p.a === id || p.b === id)
    .map((p) => matchupOf(p, id))
    .sort((x, y) => y.battles - x.battles);
  const standing = { ci: [1010, 1050], rankUpperBound: 2, ties: 3, bothBad: 1, preliminary: false, sliceVotes: 900, sliceJudges: 6 };
  return {
    schemaVersion: 2,
    updatedAt: leaderboard.updatedAt,
    totalVotes: leaderboard.totalVotes,
    judge: leaderboard.models.find((m) => m.id === id),
    slices: [
      { ...standing, slice: { format: 'pairwise', category: null }, rating: 1031, rank: 2, votes: 120, wins: 70, losses: 46 },
      { ...standing, slice: { format: null, category: 'coding' }, rating: 1024, rank: 3, votes: 80, wins: 40, losses: 36 },
      { ...standing, slice: { format: 'pairwise', category: 'coding' }, rating: 999, rank: 4, votes: 30, wins: 10, losses: 16 },
    ],
    record,
  };
}

async function stubLeaderboard(page: Page) {
  const docs = stubbedDocuments();
  const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await page.route('**/api/leaderboard', (route) => route.fulfill(json(docs.leaderboard)));
  await page.route('**/api/leaderboard/pairs', (route) => route.fulfill(json(docs.pairs)));
  await page.route('**/api/leaderboard/history?*', (route) => route.fulfill(json(docs.history)));
  await page.route('**/api/leaderboard/judges/judge-2', (route) => route.fulfill(json(docs.judge)));
  return docs;
}

describe('cost, speed, open weights and history (stubbed documents with the perf fields)', () => {
  it('shows cost and latency columns and marks the Pareto frontier on the cost chart', async () => {
    const { page, problems } = await openPage(session);
    await stubLeaderboard(page);
    await page.goto(`${baseUrl}/leaderboard`);
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    const cell = (id: string, column: string) => page.locator(`tr[data-model-id="${id}"] .col-${column}`).textContent();
    expect(await cell('judge-4', 'cost')).toBe('$0.5');
    expect(await cell('judge-5', 'cost')).toBe('—');
    expect(await cell('judge-0', 'latency')).toBe('1.5 s');
    expect(await cell('judge-9', 'latency')).toBe('—');

    await page.getByRole('button', { name: /^Cost \/ 1k/ }).click();
    const order = await page.locator('.leaderboard-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id')));
    expect(order.slice(0, 3)).toEqual(['judge-7', 'judge-8', 'judge-4']);

    const chart = page.getByTestId('cost-chart');
    const marked = await chart.locator('.chart-point-marked').evaluateAll((points) => points.map((p) => p.getAttribute('data-point-id')));
    expect(marked.sort()).toEqual(['judge-0', 'judge-2', 'judge-4', 'judge-7']);
    expect(await chart.locator('.chart-point').count()).toBe(8);
    expect(await chart.locator('svg').getAttribute('aria-label')).toContain('Stub Judge Number 4: $0.5, rating 1020, on the frontier');
    expect(await chart.locator('figcaption').textContent()).toContain('2 judges have no price');
    expect(await chart.locator('.chart-table tbody tr').count()).toBe(8);
    await page.screenshot({ path: screenshotPath('leaderboard-views-desktop'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('filters by open weights through the URL and plots rating against size for open models', async () => {
    const { page, problems } = await openPage(session);
    await stubLeaderboard(page);
    await page.goto(`${baseUrl}/leaderboard`);
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    expect(await page.locator('.leaderboard-table tbody tr').count()).toBe(10);

    await page.getByRole('radio', { name: 'Open weights' }).check();
    expect(new URL(page.url()).search).toBe('?weights=open');
    const ids = () => page.locator('.leaderboard-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id')));
    expect(await ids()).toEqual(['judge-2', 'judge-4', 'judge-6', 'judge-7', 'judge-8']);
    const sizes = page.getByTestId('size-chart');
    const plotted = await sizes.locator('.chart-point').evaluateAll((points) => points.map((p) => p.getAttribute('data-point-id')));
    expect(plotted.sort()).toEqual(['judge-2', 'judge-4', 'judge-6', 'judge-7']);
    expect(await sizes.locator('figcaption').textContent()).toContain('1 open-weights judge does not publish a size');
    // The heatmap follows the filter.
    expect(await page.locator('#win-rate-matrix td.matrix-cell').count()).toBe(25);

    // The URL alone brings the filter back.
    await page.goto(`${baseUrl}/leaderboard?weights=proprietary`);
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    expect(await page.getByRole('radio', { name: 'Proprietary' }).isChecked()).toBe(true);
    expect(await ids()).toEqual(['judge-0', 'judge-1', 'judge-3', 'judge-5']);
    expect(await page.getByTestId('size-chart').count()).toBe(0);
    await page.getByRole('radio', { name: 'All' }).check();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.leaderboard-table tbody tr').count()).toBe(10);
    expect(problems).toEqual([]);
  });

  it('at 360 px the heatmap scrolls inside its own box and the page does not scroll sideways', async () => {
    const { page, problems } = await openPage(session, 360, 800);
    await stubLeaderboard(page);
    await page.goto(`${baseUrl}/leaderboard`);
    const box = page.locator('#win-rate-matrix').locator('xpath=ancestor::div[contains(@class,"matrix-scroll")]');
    await box.waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'ten judges do not fit in 360 px').toBeGreaterThan(0);
    expect((await box.boundingBox())!.width).toBeLessThanOrEqual(360);
    // Focusing a far cell scrolls the box, not the page.
    await page.locator('#win-rate-matrix [data-cell="0-9"]').focus();
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('leaderboard-heatmap-360') });
    expect(problems).toEqual([]);
  });

  it("draws a judge's rating over time with its interval band, and its cost and speed", async () => {
    const { page, problems } = await openPage(session);
    const docs = await stubLeaderboard(page);
    await page.goto(`${baseUrl}/leaderboard/judge-2`);
    await page.getByRole('heading', { level: 1, name: 'Stub Judge Number 2' }).waitFor();
    expect(await page.getByTestId('judge-facts').textContent()).toBe('Org 2 · Apache-2.0 · open weights · 70B parameters');
    const facts = await page.getByTestId('performance').locator('dd').allTextContents();
    expect(facts).toEqual(['202', '320 ms', '1.7 s', '4.0 s', '2%', '$2']);
    expect(await page.getByTestId('judge-record').locator('tbody tr').count()).toBe(9);
    // Its rating per format and per category, from its document; the format × category slice is not a row.
    const ratingRows = await page.getByTestId('judge-rating').locator('tbody tr:not(.row-group)').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent).join(' | ')),
    );
    expect(ratingRows).toContain('Pairwise | 1031 | +19 / \u221221 | 2 | 2 | 120 | 70 / 46 / 3 / 1');
    expect(ratingRows).toContain('Coding | 1024 | +26 / \u221214 | 3 | 2 | 80 | 40 / 36 / 3 / 1');
    expect(ratingRows.filter((r) => r.endsWith('No counted votes here yet.'))).toHaveLength(2 + 6);

    const chart = page.getByTestId('history-chart');
    await chart.waitFor();
    const line = (await chart.locator('.history-line').getAttribute('d'))!;
    expect(line.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(await chart.locator('.history-band').count()).toBe(1);
    expect(await chart.locator('svg').getAttribute('aria-label')).toMatch(/over 3 refreshes: 1040 on .*, 1060 on /);
    const rows = chart.getByTestId('history-table').locator('tbody tr');
    expect(await rows.count()).toBe(docs.history.points.length);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['1060', '+20 / \u221220', '260']);
    await page.screenshot({ path: screenshotPath('judge-page-history'), fullPage: true });

    // Laid out at the new width, the history chart redrawn at it (not a fixed time), then it fits.
    await resizeViewport(page, 360, 800);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});
