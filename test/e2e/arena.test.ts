// The arena as a visitor uses it, in headless Chromium against `wrangler dev` with the offline judges.
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, launchBrowser, openPage, resizeViewport, screenshotPath, type Session } from './browser';

const baseUrl = inject('baseUrl');

interface ModelInfo {
  id: string;
  name: string;
  organization: string;
}

let session: Session;
let models: ModelInfo[];

beforeAll(async () => {
  session = await launchBrowser();
  const response = await fetch(`${baseUrl}/api/models`);
  models = ((await response.json()) as { models: ModelInfo[] }).models;
  expect(models.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await session?.close();
});

/** Every judge name and id (and organization, where the text is ours) found in `text`. */
function identitiesIn(text: string, { organizations }: { organizations: boolean }): string[] {
  const needles = models.flatMap((m) => [m.name, m.id, ...(organizations ? [m.organization] : [])]);
  return [...new Set(needles.filter((needle) => text.includes(needle)))];
}

async function waitForSample(page: Page) {
  try {
    await page.waitForFunction(() => {
      const input = document.querySelector<HTMLTextAreaElement>('#sample-input');
      const response = document.querySelector<HTMLTextAreaElement>('#sample-response');
      return !!input?.value && !!response?.value && !input.disabled;
    });
  } catch (error) {
    // Once (16:48 UTC on 2026-12-01) the first sample never came within 30 s: say what the page showed instead.
    const shown = await page.evaluate(() => ({
      status: [...document.querySelectorAll('[role="status"], [role="alert"]')].map((el) => el.textContent?.trim()).filter(Boolean),
      input: document.querySelector<HTMLTextAreaElement>('#sample-input')?.value.slice(0, 80) ?? null,
      response: document.querySelector<HTMLTextAreaElement>('#sample-response')?.value.slice(0, 80) ?? null,
    }));
    throw new Error(`no sample loaded; the page showed ${JSON.stringify(shown)}`, { cause: error });
  }
}

/** Records, from inside the page, what each panel showed while its judge was still running. */
async function watchStreaming(page: Page) {
  await page.evaluate(() => {
    const seen = { A: new Set<number>(), B: new Set<number>(), timer: false };
    (window as unknown as { __streaming: typeof seen }).__streaming = seen;
    new MutationObserver(() => {
      for (const judge of ['A', 'B'] as const) {
        const panel = document.querySelector(`[data-judge="${judge}"]`);
        if (!panel?.classList.contains('judge-streaming')) continue;
        seen[judge].add(panel.querySelector('.critique')?.textContent?.length ?? 0);
        if (/\d+ s/.test(panel.querySelector('.judge-status-running')?.textContent ?? '')) seen.timer = true;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function streamingSeen(page: Page) {
  return page.evaluate(() => {
    const seen = (window as unknown as { __streaming: { A: Set<number>; B: Set<number>; timer: boolean } }).__streaming;
    return { A: [...seen.A].filter((n) => n > 0).length, B: [...seen.B].filter((n) => n > 0).length, timer: seen.timer };
  });
}

/** A complete event-stream answer carrying `events`, for stubbing GET /api/battles/:id/stream. */
function sseResponse(events: [event: string, data: object][]) {
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    body: events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''),
  };
}

async function waitForBothScores(page: Page) {
  await page.locator('[data-judge="A"] .judge-score').waitFor({ timeout: 60_000 });
  await page.locator('[data-judge="B"] .judge-score').waitFor({ timeout: 60_000 });
}

describe('arena', () => {
  it('plays a full round: stream, vote, reveal, new round, and the leaderboard lists the voted judges', async () => {
    const { page, problems } = await openPage(session);
    const apiBodies: { url: string; body: string }[] = [];
    let votedOrLater = false;
    page.on('response', async (response: Response) => {
      if (!response.url().includes('/api/') || votedOrLater) return;
      const url = response.url();
      const body = url.includes('/stream') ? '' : await response.text().catch(() => '');
      apiBodies.push({ url, body });
    });

    const home = await page.goto(baseUrl);
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForSample(page);
    expect(await page.title()).toBe('Judge Arena');

    // The stream itself is checked through the page (its text ends up in the panels).
    await watchStreaming(page);
    const streamResponse = page.waitForResponse((r) => r.url().includes('/stream'));
    await page.getByRole('button', { name: 'Run judges' }).click();
    expect((await streamResponse).headers()['content-type']).toContain('text/event-stream');
    await waitForBothScores(page);

    const seen = await streamingSeen(page);
    expect(seen.A, 'judge A streamed in several steps').toBeGreaterThan(1);
    expect(seen.B, 'judge B streamed in several steps').toBeGreaterThan(1);
    expect(seen.timer, 'elapsed seconds shown while running').toBe(true);
    for (const judge of ['A', 'B']) {
      await expect.poll(() => page.locator(`[data-judge="${judge}"] .judge-score`).textContent()).toMatch(/^[1-5] \/ 5$/);
      expect((await page.locator(`[data-judge="${judge}"] .critique`).textContent())?.length).toBeGreaterThan(20);
    }

    // Before the vote, nothing names a judge: not the DOM, not the title, not any API response.
    const html = await page.content();
    expect(identitiesIn(html, { organizations: true })).toEqual([]);
    expect(identitiesIn(await page.title(), { organizations: true })).toEqual([]);
    expect(apiBodies.length).toBeGreaterThanOrEqual(3);
    for (const { url, body } of apiBodies) expect(identitiesIn(body, { organizations: false }), url).toEqual([]);

    const voteButtons = page.locator('.vote-button');
    await expect.poll(() => voteButtons.evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(await voteButtons.allTextContents()).toEqual(['1A is better', '2Tie', '3Both are bad', '4B is better']);
    await page.screenshot({ path: screenshotPath('arena-before-vote'), fullPage: true });

    // Vote with the keyboard shortcut: 1 = "A is better".
    const voteResponse = page.waitForResponse((r) => r.url().endsWith('/vote'));
    votedOrLater = true;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('1');
    const vote = (await (await voteResponse).json()) as { models: { A: ModelInfo; B: ModelInfo }; outcome: string };
    expect((await voteResponse).request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

    await page.locator('.outcome-message').waitFor();
    expect(await page.locator('.outcome-message').textContent()).toMatch(/^(The favourite wins!|The underdog wins!|It's a tie!)$/);
    expect(await page.getByTestId('reveal-A').textContent()).toContain(vote.models.A.name);
    expect(await page.getByTestId('reveal-A').textContent()).toContain('✅');
    expect(await page.getByTestId('reveal-B').textContent()).toContain(vote.models.B.name);
    expect(await page.getByTestId('reveal-B').textContent()).toContain('❌');
    expect(await page.getByTestId('reveal-A').textContent()).toContain(vote.models.A.organization);
    expect(await voteButtons.evaluateAll((buttons) => buttons.every((b) => (b as HTMLButtonElement).disabled))).toBe(true);
    expect(await page.locator('.vote-button[data-choice="A"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.vote-button.vote-chosen').count()).toBe(1);
    // Pressing another shortcut after the vote changes nothing.
    await page.keyboard.press('4');
    expect(await page.locator('.vote-button.vote-chosen').getAttribute('data-choice')).toBe('A');
    await page.screenshot({ path: screenshotPath('arena-after-vote'), fullPage: true });

    // A new round clears the judges and brings a fresh sample.
    await page.getByRole('button', { name: 'New round' }).click();
    await waitForSample(page);
    expect(await page.locator('[data-judge]').count()).toBe(0);
    await page.getByRole('button', { name: 'Run judges' }).waitFor();

    // Fire the hourly cron, then the leaderboard lists both judges that were voted on.
    const cron = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
    expect(cron.ok).toBe(true);
    await expect
      .poll(async () => ((await (await fetch(`${baseUrl}/api/leaderboard`)).json()) as { totalVotes: number }).totalVotes, {
        timeout: 30_000,
      })
      .toBeGreaterThanOrEqual(1);

    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await page.getByRole('heading', { name: 'Judge leaderboard' }).waitFor();
    await page.getByTestId('total-votes').waitFor();
    expect(Number(await page.getByTestId('total-votes').textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.title()).toBe('Leaderboard · Judge Arena');
    // With a handful of votes every judge is preliminary, so they appear once the toggle is on.
    await page.getByLabel('Show preliminary judges (fewer than 300 votes)').check();
    for (const judge of [vote.models.A, vote.models.B]) {
      const row = page.locator(`tr[data-model-id="${judge.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain(judge.name);
      expect(await row.textContent()).toContain('offline baseline');
    }
    expect(await page.locator('.rating-chart svg .chart-row').count()).toBe(await page.locator('.leaderboard-table tbody tr').count());

    const headers = await page.locator('thead th').allTextContents();
    for (const label of ['Rank', 'Judge', 'Rating', '95% CI', 'Rank (UB)', 'Elo', 'Votes']) {
      expect(headers.some((h) => h.startsWith(label)), label).toBe(true);
    }

    // Sorting by a column reorders the rows and says so to assistive technology.
    await page.getByRole('button', { name: /^Votes/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Votes');
    const votes = await page.locator('tbody tr td.col-votes').allTextContents();
    expect(votes.length).toBeGreaterThanOrEqual(2);
    expect(votes.map(Number)).toEqual([...votes.map(Number)].sort((a, b) => b - a));

    await page.screenshot({ path: screenshotPath('leaderboard-desktop'), fullPage: true });
    await resizeViewport(page, 360, 800);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('leaderboard-360'), fullPage: true });

    expect(problems).toEqual([]);
  });

  it('shows rank bounds, online Elo, the method and disconnected groups; unknown values as dashes, sorted last', async () => {
    const { page, problems } = await openPage(session);
    type Bound = number | null;
    const entry = (id: string, rank: number, rating: number, ci: [number, number] | null, rankUpperBound: Bound, elo: Bound) => ({
      id,
      name: `Judge ${id.toUpperCase()}`,
      organization: `Org ${id}`,
      license: 'MIT',
      kind: 'llm',
      rating,
      ci,
      rank,
      rankUpperBound,
      elo,
      votes: 1000 - rank,
      wins: 0,
      losses: 0,
      ties: 0,
      bothBad: 0,
      preliminary: false,
    });
    const leaderboard = {
      updatedAt: '2026-03-01T12:00:00Z',
      totalVotes: 2994,
      method: {
        model: 'bradley-terry',
        ties: 'half-win-each',
        scale: 400,
        base: 10,
        center: 1000,
        bootstrapRounds: 1000,
        ciLevel: 0.95,
        prior: { kind: 'l2', strength: 0.5 },
        seed: 42,
        // Not the default, so the toggle's label shows it read the server's threshold.
        preliminaryThreshold: 500,
      },
      components: [['a', 'b'], ['c']],
      models: [
        entry('a', 1, 1080, [1060, 1100], 1, 1070),
        entry('b', 2, 1040, [1020, 1065], 1, null),
        entry('c', 3, 980, null, null, 990),
      ],
    };
    await page.route('**/api/leaderboard', (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(leaderboard) }),
    );
    await page.goto(`${baseUrl}/leaderboard`);
    await page.locator('tbody tr').first().waitFor();
    const cell = (id: string, column: string) => page.locator(`tr[data-model-id="${id}"] .col-${column}`).textContent();

    const ubHeader = page.locator('th.col-rankUpperBound');
    expect(await ubHeader.textContent()).toContain('Rank (UB)');
    expect(await ubHeader.locator('abbr').getAttribute('title')).toContain(
      '1 + the number of judges whose interval lies entirely above',
    );
    expect(await cell('b', 'rankUpperBound')).toBe('1');
    expect(await cell('c', 'rankUpperBound')).toBe('—');
    expect(await cell('c', 'ci')).toBe('—');
    expect(await cell('b', 'elo')).toBe('—');
    expect(await cell('a', 'elo')).toBe('1070');

    const order = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id')));
    await page.getByRole('button', { name: /^Elo/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Elo');
    expect(await order()).toEqual(['a', 'c', 'b']);
    await page.getByRole('button', { name: /^Elo/ }).click();
    expect(await order()).toEqual(['c', 'a', 'b']);
    await page.getByRole('button', { name: /^Rank \(UB\)/ }).click();
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Rank (UB)');
    expect(await order()).toEqual(['a', 'b', 'c']);

    expect(await page.getByTestId('method').textContent()).toBe(
      'Method: Bradley–Terry, 1,000 bootstrap rounds, weak L2 prior (0.5), seed 42.',
    );
    expect(await page.getByLabel('Show preliminary judges (fewer than 500 votes)').count()).toBe(1);
    const groups = page.getByTestId('disconnected-groups');
    expect(await groups.textContent()).toContain('only comparable within a group');
    expect(await groups.locator('li').allTextContents()).toEqual(['Group 1: Judge A, Judge B', 'Group 2: Judge C']);
    expect(await page.getByRole('link', { name: '/api/leaderboard', exact: true }).getAttribute('href')).toBe('/api/leaderboard');
    expect(await page.getByRole('link', { name: '/api/leaderboard/pairs' }).getAttribute('href')).toBe('/api/leaderboard/pairs');
    await page.screenshot({ path: screenshotPath('leaderboard-stubbed-desktop'), fullPage: true });

    // At 360 px the secondary columns give way, but the rank bound and the interval stay in the row, unscrolled.
    await resizeViewport(page, 360, 800);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('th.col-elo').isVisible()).toBe(false);
    expect(await page.locator('tr[data-model-id="a"] .rank-ub-inline').isVisible()).toBe(true);
    expect(await page.locator('tr[data-model-id="a"] .col-rank').innerText()).toMatch(/^1\s*\(UB 1\)$/);
    expect(await page.locator('tr[data-model-id="c"] .col-rank').innerText()).toMatch(/^3\s*\(UB —\)$/);
    expect(await page.locator('tr[data-model-id="a"] .ci-inline').innerText()).toBe('+20 / \u221220');
    await page.screenshot({ path: screenshotPath('leaderboard-stubbed-360'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('is readable at 360 px: no horizontal scroll, judges stacked, voting by touch', async () => {
    const { page, problems } = await openPage(session, 360, 780);
    await page.goto(baseUrl);
    await waitForSample(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Run judges' }).click();
    await waitForBothScores(page);
    const a = await page.locator('[data-judge="A"]').boundingBox();
    const b = await page.locator('[data-judge="B"]').boundingBox();
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1); // stacked, not side by side
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /Both are bad/ }).click();
    await page.locator('.outcome-message').waitFor();
    expect(await page.getByTestId('reveal-A').textContent()).toContain('❌');
    expect(await page.getByTestId('reveal-B').textContent()).toContain('❌');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('arena-360-after-vote'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows a judge error in its panel and recovers with "Regenerate judges"', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(baseUrl);
    await waitForSample(page);
    // The first stream is replaced by one where judge B fails; the regenerated battle streams for real.
    let stubbed = false;
    await page.route('**/api/battles/*/stream', async (route) => {
      if (stubbed) return route.fallback();
      stubbed = true;
      await route.fulfill(
        sseResponse([
          ['delta', { judge: 'A', text: 'Clear and ' }],
          ['judgment', { judge: 'A', score: 4, critique: 'Clear and correct.' }],
          ['judge_error', { judge: 'B', message: 'This judge took too long to answer.' }],
          ['done', {}],
        ]),
      );
    });
    await page.getByRole('button', { name: 'Run judges' }).click();
    const panelB = page.locator('[data-judge="B"]');
    await panelB.getByRole('alert').waitFor();
    expect(await panelB.getByRole('alert').textContent()).toContain('This judge took too long to answer.');
    expect(await page.locator('[data-judge="A"] .judge-score').textContent()).toBe('4 / 5');
    expect(await page.locator('.vote-button').count()).toBe(0); // no vote without two judgments
    await page.screenshot({ path: screenshotPath('arena-judge-error'), fullPage: true });

    const regenerated = page.waitForResponse((r) => r.url().endsWith('/regenerate'));
    await panelB.getByRole('button', { name: 'Regenerate judges' }).click();
    expect((await regenerated).status()).toBe(201);
    await waitForBothScores(page);
    expect(await page.locator('.judge-panel [role="alert"]').count()).toBe(0);
    await expect.poll(() => page.locator('.vote-button:not([disabled])').count()).toBe(4);
    expect(problems).toEqual([]);
  });

  it('renders HTML in a custom sample and in a critique as inert text', async () => {
    const { page, problems } = await openPage(session);
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(baseUrl);
    await waitForSample(page);
    const payload = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>';
    await page.fill('#sample-input', `Is this safe? ${payload}`);
    await page.fill('#sample-response', `Yes. ${payload}`);
    // Judge A's critique carries the payload too (the stream is stubbed; the battle itself is real).
    await page.route('**/api/battles/*/stream', async (route) => {
      await route.fulfill(
        sseResponse([
          ['delta', { judge: 'A', text: payload }],
          ['judgment', { judge: 'A', score: 2, critique: `Unsafe markup: ${payload}` }],
          ['judgment', { judge: 'B', score: 3, critique: 'Plain critique.' }],
          ['done', {}],
        ]),
      );
    });
    await page.getByRole('button', { name: 'Run judges' }).click();
    await waitForBothScores(page);
    expect(await page.locator('[data-judge="A"] .critique').textContent()).toContain(payload);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });

  it('survives a failing API: a readable message and a retry, never a blank page', async () => {
    const { page, problems } = await openPage(session);
    let failures = 0;
    await page.route('**/api/samples/random*', async (route) => {
      if (failures++ > 0) return route.fallback();
      await route.fulfill({
        status: 503,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'unavailable', message: 'The sample bank is unavailable right now.' } }),
      });
    });
    await page.route('**/api/leaderboard', (route) => route.abort('connectionrefused'));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert').filter({ hasText: 'The sample bank is unavailable right now.' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Load a sample again' }).click();
    await waitForSample(page);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('link', { name: 'Leaderboard' }).click();
    const offline = page.getByRole('alert').filter({ hasText: 'Could not reach the server' });
    await offline.waitFor();
    await page.unroute('**/api/leaderboard');
    await offline.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('total-votes').or(page.getByText('has not been computed yet')).waitFor();
    // Only the deliberate failures reached the console; nothing broke the Content-Security-Policy.
    expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });

  it('edits the judge prompt with presets, validates it inline, and sends it with the battle', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(baseUrl);
    await waitForSample(page);
    // No response generator on a fresh clone: the button says why it is off.
    const generate = page.getByRole('button', { name: 'Generate AI response' });
    expect(await generate.isDisabled()).toBe(true);
    expect(await page.locator('#generate-unavailable').textContent()).toContain('no response generator');

    await page.getByText('Edit judge prompt').click();
    const criteria = page.getByLabel('Evaluation criteria');
    const helpfulness = await criteria.inputValue();
    expect(helpfulness).toMatch(/^Helpfulness/);
    await page.getByLabel('Preset').selectOption({ label: 'Factual accuracy' });
    expect(await criteria.inputValue()).toMatch(/^Factual accuracy/);
    expect(await page.getByLabel('Score 1', { exact: true }).inputValue()).not.toBe('');

    // Too long: the field says so, and "Run judges" does not send anything.
    let battleRequests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/battles')) battleRequests++;
    });
    await page.getByLabel('Score 3', { exact: true }).fill('x'.repeat(1001));
    expect(await page.locator('#rubric-score-3-problem').textContent()).toContain('1 character too long');
    expect(await page.getByLabel('Score 3', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Run judges' }).click();
    await page.getByText('Please fix the highlighted fields first.').waitFor();
    expect(battleRequests).toBe(0);

    await page.getByRole('button', { name: 'Reset to default' }).click();
    expect(await criteria.inputValue()).toBe(helpfulness);
    expect(await page.locator('#rubric-score-3-problem').count()).toBe(0);

    // The reference toggle shows the field and brings a sample that has a reference answer.
    const referenceSample = page.waitForResponse((r) => r.url().includes('/api/samples/random?format=likert&reference=true'));
    await page.getByLabel('Use a reference answer').check();
    expect((await referenceSample).status()).toBe(200);
    await expect.poll(() => page.getByLabel('Reference answer', { exact: true }).inputValue()).not.toBe('');

    const created = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/battles'));
    await page.getByRole('button', { name: 'Run judges' }).click();
    const body = (await created).postDataJSON() as { rubric: { criteria: string }; reference?: string; sampleId?: string };
    expect(body.rubric.criteria).toBe(helpfulness);
    expect(body.reference).toBe(await page.getByLabel('Reference answer', { exact: true }).inputValue());
    expect(body.sampleId).toBeTruthy();
    await waitForBothScores(page);

    // Editing the sample starts a new round: the judges go away.
    await page.getByLabel('User input').fill('What is the boiling point of water at sea level?');
    expect(await page.locator('[data-judge]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("follows the server's settings: a resting arena, a response generator, slow answers", async () => {
    const { page, problems } = await openPage(session);
    const until = new Date(Date.now() + 3 * 3600_000).toISOString();
    await page.route('**/api/config', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          responseGenerator: true,
          turnstileSiteKey: null,
          limits: { maxTextChars: 10000, maxRubricChars: 1000 },
          preliminaryVotes: 25,
          resting: { until, message: 'Today’s judging budget is used up.' },
        }),
      }),
    );
    // A slow sample: progress is shown while it loads.
    await page.route('**/api/samples/random*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    let generated = '';
    await page.route('**/api/responses', async (route) => {
      generated = (route.request().postDataJSON() as { input: string }).input;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response: 'A freshly generated answer.' }),
      });
    });
    await page.goto(baseUrl);
    await page.getByRole('status').filter({ hasText: 'Loading a random sample…' }).waitFor();
    await waitForSample(page);

    const banner = page.getByRole('status').filter({ hasText: 'The arena is resting.' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Today’s judging budget is used up.');
    expect(await page.getByRole('button', { name: 'Run judges' }).isDisabled()).toBe(true);

    const input = await page.getByLabel('User input').inputValue();
    await page.getByRole('button', { name: 'Generate AI response' }).click();
    await page.getByRole('status').filter({ hasText: 'Generating a response…' }).waitFor();
    await expect.poll(() => page.getByLabel('AI response').inputValue()).toBe('A freshly generated answer.');
    expect(generated).toBe(input);

    // The About page states the deployment's preliminary threshold, not a figure of its own.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect.poll(() => page.getByTestId('preliminary-rule').textContent()).toBe(
      'Judges with fewer than 25 votes are marked preliminary and hidden unless you ask to see them.',
    );
    expect(problems).toEqual([]);
  });

  it('works with the keyboard alone and labels every control', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(baseUrl);
    await waitForSample(page);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('textarea, input, select, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return !labelled && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);

    // Tab to "Run judges" and press Enter.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Run judges'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Run judges');
    await page.keyboard.press('Enter');
    await waitForBothScores(page);
    expect(await page.locator('#judges-announcer').textContent()).toMatch(/Judge A scored [1-5] out of 5\. Judge B scored [1-5] out of 5\./);
    await page.keyboard.press('2');
    await page.locator('.outcome-message').waitFor();
    expect(await page.locator('.vote-button.vote-chosen').getAttribute('data-choice')).toBe('tie');
    expect(problems).toEqual([]);
  });
});
