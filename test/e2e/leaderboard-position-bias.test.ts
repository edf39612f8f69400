// Position bias on the site, in headless Chromium against `wrangler dev` (offline judges): pairwise rounds played
// through the API, the hourly job fired by hand, then the pairwise slice's table and the judge page read as a
// visitor and a screen reader read them, against the documents the worker wrote. A second part feeds the page
// stubbed documents with known counts, to check each state of the figure and the sort.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SLICE_CATEGORIES } from '../../src/shared/leaderboard-slices';
import { isDevProxyRestart } from '../support/dev-proxy-restart';
import { parseSse } from '../support/sse';
import { positionBiasFigure, positionBiasSentence, readPositionBias, type PositionBias } from '../../web/src/leaderboard/position-bias';
import { horizontalOverflow, launchBrowser, openPage, screenshotPath, type Session } from './browser';

const baseUrl = inject('baseUrl');
const ROUNDS = 8;

interface Entry {
  id: string;
  name: string;
  rating: number;
  votes: number;
  positionBias?: PositionBias | null;
}

interface Board {
  updatedAt: string | null;
  totalVotes: number;
  models: Entry[];
}

let session: Session;
let overall: Board;
let pairwise: Board;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.ok, path).toBe(true);
  return (await response.json()) as T;
}

/** One request from a visitor's own address; wrangler dev's own 503 (not the worker's) is sent again. */
async function send(ip: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!isDevProxyRestart(response.status, text) || attempt === 3) return { status: response.status, text };
  }
}

/** A pairwise round: a bank sample of the format, both judgments streamed to the end, a vote. */
async function playPairwiseRound(i: number) {
  const ip = `198.51.100.${140 + i}`;
  const { sample } = JSON.parse((await send(ip, 'GET', '/api/samples/random?format=pairwise')).text) as {
    sample: { id: string; input: string; responses: [string, string] };
  };
  const created = await send(ip, 'POST', '/api/battles', { format: 'pairwise', sampleId: sample.id, input: sample.input, responses: sample.responses });
  expect(created.status, created.text).toBe(201);
  const battleId = (JSON.parse(created.text) as { battle: { id: string } }).battle.id;
  const events = parseSse((await send(ip, 'GET', `/api/battles/${battleId}/stream`)).text);
  const verdicts = events.filter((e) => e.event === 'judgment').map((e) => (e.data as { verdict: string }).verdict);
  expect(verdicts).toHaveLength(2);
  for (const verdict of verdicts) expect(['first', 'second', 'tie']).toContain(verdict);
  const vote = await send(ip, 'POST', `/api/battles/${battleId}/vote`, { choice: i % 2 ? 'A' : 'B' }, { 'Idempotency-Key': `bias-${battleId}` });
  expect(vote.status, vote.text).toBe(200);
}

beforeAll(async () => {
  session = await launchBrowser();
  for (let i = 0; i < ROUNDS; i += 4) await Promise.all([0, 1, 2, 3].map((k) => playPairwiseRound(i + k)));
  const before = (await getJson<Board>('/api/leaderboard')).updatedAt;
  const cron = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
  expect(cron.ok).toBe(true);
  // The refresh runs after the scheduled handler answers: wait for this refresh's documents (no fixed sleep).
  const fresh = (board: Board) => board.updatedAt !== null && board.updatedAt !== before;
  for (let attempt = 0; attempt < 300; attempt++) {
    pairwise = await getJson<Board>('/api/leaderboard?format=pairwise');
    if (fresh(pairwise)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(fresh(pairwise), 'the refresh wrote the pairwise slice').toBe(true);
  overall = await getJson<Board>('/api/leaderboard');
});

afterAll(async () => {
  await session?.close();
});

/** The position-bias cell of a judge's row: the figure a sighted reader sees, and the sentence a screen reader reads. */
async function biasCell(page: Page, id: string) {
  const cell = page.locator(`tr[data-model-id="${id}"] .col-positionBias`);
  return {
    shown: await cell.locator('[aria-hidden="true"]').evaluate((el) => el.firstChild?.textContent ?? ''),
    title: await cell.locator('[aria-hidden="true"]').getAttribute('title'),
    spoken: await cell.locator('.sr-only').textContent(),
  };
}

describe('position bias after pairwise rounds and the hourly job', () => {
  it('the documents count every complete pairwise judgment', () => {
    // Each round gave two complete pairwise judgments; other files' rounds may add more.
    const verdicts = (board: Board) => board.models.reduce((sum, m) => sum + (m.positionBias?.verdicts ?? 0), 0);
    expect(verdicts(overall)).toBeGreaterThanOrEqual(2 * ROUNDS);
    expect(pairwise.models.length).toBeGreaterThan(0);
    for (const m of pairwise.models) expect(m.positionBias, m.id).not.toBeUndefined();
  });

  it('shows a position-bias column on the pairwise slice, as the document says, and none on the overall board', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard?format=pairwise`);
    await page.getByLabel(/^Show preliminary judges/).check();
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    expect(await page.getByRole('columnheader', { name: /Position bias/ }).count()).toBe(1);
    expect(await page.locator('.leaderboard-table tbody tr').count()).toBe(pairwise.models.length);
    for (const m of pairwise.models) {
      const reading = readPositionBias(m.positionBias);
      const cell = await biasCell(page, m.id);
      expect(cell.shown, m.id).toBe(positionBiasFigure(reading));
      expect(cell.spoken).toBe(positionBiasSentence(reading));
      expect(cell.title).toBe(cell.spoken);
    }
    expect(await page.locator('#leaderboard-legend').textContent()).toContain('Position bias: the share of the judge’s decisive (non-tie) pairwise verdicts');
    await page.screenshot({ path: screenshotPath('leaderboard-pairwise-position-bias'), fullPage: true });

    // Another format's slice and the overall board have no such column.
    await page.getByLabel('Format').selectOption({ label: 'All formats' });
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.getByTestId('total-votes').waitFor();
    await expect.poll(() => page.getByTestId('total-votes').textContent()).toBe(overall.totalVotes.toLocaleString('en'));
    expect(await page.getByRole('columnheader', { name: /Position bias/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("shows a judge's position bias and its rating per format on its page", async () => {
    const judge = pairwise.models.find((m) => (m.positionBias?.verdicts ?? 0) > 0) ?? pairwise.models[0];
    const overallEntry = overall.models.find((m) => m.id === judge.id)!;
    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard/${encodeURIComponent(judge.id)}`);
    await page.getByRole('heading', { level: 1, name: judge.name }).waitFor();

    const reading = readPositionBias(overallEntry.positionBias);
    if (reading.kind === 'none' || reading.kind === 'not-reported') {
      expect(await page.getByTestId('position-bias-empty').textContent()).toMatch(/position bias/);
    } else {
      expect(await page.getByTestId('position-bias-sentence').textContent()).toBe(positionBiasSentence(reading));
      const facts = await page.getByTestId('position-bias').locator('dd').allTextContents();
      const bias = overallEntry.positionBias!;
      expect(facts.slice(0, 4)).toEqual([bias.verdicts, bias.firstShown, bias.verdicts - bias.ties - bias.firstShown, bias.ties].map(String));
    }

    // The rating table: all battles, then a row per format and per category, each as that slice's document says.
    const rows = page.getByTestId('judge-rating').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    const labels = await rows.locator('th').allTextContents();
    expect(labels).toEqual([
      'All battles',
      'By judging format',
      'Score 1–5',
      'Pass / fail',
      'Pairwise',
      'By category of sample',
      ...['Reasoning', 'Coding', 'Factual', 'Writing', 'Advice', 'Safety', 'Visitors’ own samples'],
    ]);
    const queries = [...['likert', 'binary', 'pairwise'].map((f) => `format=${f}`), ...SLICE_CATEGORIES.map((c) => `category=${c}`)];
    const sliceRows = [2, 3, 4, 6, 7, 8, 9, 10, 11, 12];
    for (const [i, query] of queries.entries()) {
      const entry = (await getJson<Board>(`/api/leaderboard?${query}`)).models.find((m) => m.id === judge.id);
      const cells = await rows.nth(sliceRows[i]).locator('td').allTextContents();
      if (entry) expect([cells[0], cells[4]], query).toEqual([String(Math.round(entry.rating)), entry.votes.toLocaleString('en')]);
      else expect(cells, query).toEqual(['No counted votes here yet.']);
    }
    expect(await rows.nth(4).locator('td').first().textContent()).toBe(String(Math.round(judge.rating)));
    await page.screenshot({ path: screenshotPath('judge-page-position-bias'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

/** A pairwise slice whose judges are in each state the figure can be in. */
function stubbedPairwiseSlice() {
  const bias = (firstShown: number, second: number, ties: number): PositionBias => ({
    verdicts: firstShown + second + ties,
    firstShown,
    ties,
    firstShownShare: firstShown / (firstShown + second + ties),
    firstShownShareOfDecisive: firstShown + second ? firstShown / (firstShown + second) : null,
  });
  const judges: [string, PositionBias | null][] = [
    ['leans-first', bias(118, 74, 20)],
    ['even', bias(30, 31, 4)],
    ['few', bias(3, 1, 0)],
    ['ties', bias(0, 0, 5)],
    ['none', null],
  ];
  const models = judges.map(([id, positionBias], i) => ({
    id,
    name: `Stub ${id}`,
    organization: 'Org',
    license: 'Proprietary',
    kind: 'llm',
    rating: 1100 - 20 * i,
    ci: [1090 - 20 * i, 1112 - 20 * i],
    rank: i + 1,
    rankUpperBound: i + 1,
    elo: null,
    votes: 400,
    wins: 200,
    losses: 150,
    ties: 30,
    bothBad: 20,
    preliminary: false,
    positionBias,
  }));
  const slice = { format: 'pairwise', category: 'coding' };
  // Every board carries each judge's cost and speed (the hourly job writes the overall board's on each slice). The
  // stubbed overall board's differ, so a page that took them from it (as the site once did) would show those.
  const withPerformance = (latencyMs: number, costUsd: number) =>
    models.map((m, i) => ({
      ...m,
      performance: { judgments: 100, medianTtftMs: 300, medianLatencyMs: latencyMs + 100 * i, p90LatencyMs: 3000, failureRate: 0, costPer1kJudgmentsUsd: costUsd + i },
    }));
  return {
    overall: { schemaVersion: 2, updatedAt: '2026-03-02T00:00:00Z', totalVotes: 5000, models: withPerformance(4200, 7.5), slice: { format: null, category: null } },
    leaderboard: { schemaVersion: 2, updatedAt: '2026-03-02T00:00:00Z', totalVotes: 1000, models: withPerformance(1200, 1.5), slice },
    pairs: { schemaVersion: 2, updatedAt: '2026-03-02T00:00:00Z', pairs: [], slice },
  };
}

describe('each state of the figure (stubbed pairwise slice)', () => {
  it('shows the share, n, a lean in bold, and says plainly when there is too little to measure', async () => {
    const docs = stubbedPairwiseSlice();
    const { page, problems } = await openPage(session);
    const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await page.route((url) => url.pathname === '/api/leaderboard' && url.searchParams.get('format') === 'pairwise', (route) => route.fulfill(json(docs.leaderboard)));
    await page.route((url) => url.pathname === '/api/leaderboard' && url.search === '', (route) => route.fulfill(json(docs.overall)));
    await page.route((url) => url.pathname === '/api/leaderboard/pairs', (route) => route.fulfill(json(docs.pairs)));
    await page.goto(`${baseUrl}/leaderboard?format=pairwise&category=coding`);
    await page.locator('.leaderboard-table tbody tr[data-model-id]').first().waitFor();
    expect(await page.getByTestId('slice-description').textContent()).toBe(
      'Ranked from the votes on Pairwise rounds, where each judge said which of two responses is better, or that they tie, on coding samples.',
    );
    // Cost and speed as the slice's document has them; a slice has no online Elo, so no such column.
    expect(await page.locator('tr[data-model-id="even"] .col-cost').textContent()).toBe('$2.5');
    expect(await page.locator('tr[data-model-id="even"] .col-latency').textContent()).toBe('1.3 s');
    expect(await page.locator('.leaderboard-table .col-elo').count()).toBe(0);

    const cells = page.locator('.leaderboard-table tbody .col-positionBias [aria-hidden="true"]');
    expect(await cells.allTextContents()).toEqual(['61%n=192', '49%n=61', 'too fewn=4', 'ties only', '—']);
    expect(await page.locator('.leaderboard-table .col-positionBias .bias-lean').count()).toBe(1);
    expect(await page.locator('tr[data-model-id="leans-first"] .col-positionBias .bias-lean').count()).toBe(1);
    expect((await biasCell(page, 'leans-first')).spoken).toBe(
      'Chose the response it was shown first in 61% of its decisive pairwise verdicts (n=192, 20 ties left out); ' +
        '95% interval 54%–68%: it favours the response it is shown first.',
    );
    expect((await biasCell(page, 'none')).spoken).toBe('No pairwise verdicts yet, so its position bias is not known.');

    // Sorted by the distance from 50%: the least biased first, the unmeasured last (in rank order).
    await page.getByRole('button', { name: /^Position bias/ }).click();
    const order = await page.locator('.leaderboard-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id')));
    expect(order).toEqual(['even', 'leans-first', 'few', 'ties', 'none']);
    expect(await page.getByRole('columnheader', { name: /Position bias/ }).getAttribute('aria-sort')).toBe('ascending');

    expect(await page.locator('.bias-inline').first().isVisible()).toBe(false);

    // At 360 px the column gives way to a line under each judge's name, with the same sentence for a screen reader.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.locator('tr[data-model-id="even"] .col-positionBias').isVisible()).toBe(false);
    const inline = page.locator('tr[data-model-id="leans-first"] .bias-inline');
    expect(await inline.isVisible()).toBe(true);
    expect(await inline.locator('[aria-hidden="true"]').textContent()).toBe('Position bias: 61% (n=192)');
    expect(await inline.locator('.sr-only').textContent()).toBe((await biasCell(page, 'leans-first')).spoken);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('leaderboard-position-bias-360'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('the slice in the URL', () => {
  it('mends a value it does not know, so that the address says what the page shows', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(`${baseUrl}/leaderboard?format=essay&category=coding&weights=all`);
    await expect.poll(() => new URL(page.url()).search).toBe('?category=coding&weights=all');
    expect(await page.getByLabel('Format').inputValue()).toBe('');
    expect(await page.getByLabel('Category').inputValue()).toBe('coding');
    expect(await page.getByTestId('slice-description').textContent()).toBe('Ranked from the votes on coding samples, in all three judging formats.');
    expect(problems).toEqual([]);
  });
});
