// A round of each judging format (issue 10) as a visitor plays it, in headless Chromium against `wrangler dev` with
// the offline baselines (no keys): pick the format, load a sample, judge, vote, see the reveal; then, after the
// hourly job, each format's slice and a category slice of the leaderboard count the votes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, launchBrowser, openPage, screenshotPath, type Session } from './browser';

const baseUrl = inject('baseUrl');

type Format = 'likert' | 'binary' | 'pairwise';
const FORMATS: { format: Format; name: string; verdict: RegExp }[] = [
  { format: 'likert', name: 'Score 1–5', verdict: /^[1-5] \/ 5$/ },
  { format: 'binary', name: 'Pass / fail', verdict: /^(Pass|Fail)$/ },
  { format: 'pairwise', name: 'Pairwise', verdict: /^(Prefers the first response|Prefers the second response|Tie)$/ },
];

interface ModelInfo {
  id: string;
  name: string;
  organization: string;
}

interface Sample {
  id: string;
  format: Format;
  category: string;
  responses?: [string, string];
  response?: string;
  rubric?: { criteria: string; pass?: string; fail?: string };
}

let session: Session;
let models: ModelInfo[];
/** The rounds voted in this file: their format and sample category, for the leaderboard's slices. */
const voted: { format: Format; category: string; judges: string[] }[] = [];

beforeAll(async () => {
  session = await launchBrowser();
  models = ((await (await fetch(`${baseUrl}/api/models`)).json()) as { models: ModelInfo[] }).models;
  expect(models.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await session?.close();
});

/** The response boxes of a format are filled and enabled. */
async function waitForFields(page: Page, format: Format) {
  const ids = format === 'pairwise' ? ['#sample-input', '#sample-first', '#sample-second'] : ['#sample-input', '#sample-response'];
  await page.waitForFunction((selectors) => {
    return selectors.every((selector) => {
      const field = document.querySelector<HTMLTextAreaElement>(selector);
      return !!field?.value && !field.disabled;
    });
  }, ids);
}

/** Chooses a format with its radio button and returns the sample the switch fetched. */
async function chooseFormat(page: Page, format: Format, name: string): Promise<Sample> {
  const sampleResponse = page.waitForResponse((r) => r.url().includes(`/api/samples/random?format=${format}`));
  await page.getByRole('radio', { name }).check();
  const response = await sampleResponse;
  expect(response.status()).toBe(200);
  const { sample } = (await response.json()) as { sample: Sample };
  expect(sample.format).toBe(format);
  await waitForFields(page, format);
  return sample;
}

async function waitForBothVerdicts(page: Page) {
  for (const judge of ['A', 'B']) await page.locator(`[data-judge="${judge}"] .judge-verdict`).waitFor({ timeout: 60_000 });
}

function identitiesIn(text: string): string[] {
  return [...new Set(models.flatMap((m) => [m.name, m.id, m.organization]).filter((needle) => text.includes(needle)))];
}

describe('a round in each judging format', () => {
  for (const { format, name, verdict } of FORMATS) {
    it(`plays a "${name}" round: the format's sample and rubric, its request, its verdicts, the vote and the reveal`, async () => {
      const { page, problems } = await openPage(session);
      await page.goto(baseUrl);
      await waitForFields(page, 'likert');
      expect(await page.getByRole('radio', { name: 'Score 1–5' }).isChecked()).toBe(true);
      // Likert goes there and back: the switch fetches the format asked for, and likert returns with a sample of its own.
      if (format === 'likert') await chooseFormat(page, 'binary', 'Pass / fail');
      const sample = await chooseFormat(page, format, name);
      expect(await page.getByRole('radio', { name }).isChecked()).toBe(true);

      if (format === 'pairwise') {
        expect(await page.getByLabel('First', { exact: true }).inputValue()).toBe(sample.responses![0]);
        expect(await page.getByLabel('Second', { exact: true }).inputValue()).toBe(sample.responses![1]);
        expect(await page.locator('#sample-response').count()).toBe(0);
      } else {
        expect(await page.getByLabel('AI response').inputValue()).toBe(sample.response);
      }

      // The rubric editor has the format's fields; a binary sample's own check is in it.
      await page.getByText('Edit judge prompt').click();
      expect(await page.getByLabel('Evaluation criteria').inputValue()).not.toBe('');
      expect(await page.locator('textarea[id^="rubric-score-"]').count()).toBe(format === 'likert' ? 5 : 0);
      expect(await page.locator('#rubric-pass, #rubric-fail').count()).toBe(format === 'binary' ? 2 : 0);
      if (format === 'binary') {
        expect(await page.getByLabel('Evaluation criteria').inputValue()).toBe(sample.rubric!.criteria);
        expect(await page.getByLabel('Pass', { exact: true }).inputValue()).toBe(sample.rubric!.pass);
        expect(await page.getByLabel('Fail', { exact: true }).inputValue()).toBe(sample.rubric!.fail);
        expect(await page.locator('#rubric-preset option:checked').textContent()).toBe('The sample’s own');
      }

      const created = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/battles'));
      const battleResponse = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/battles'));
      await page.getByRole('button', { name: 'Run judges' }).click();
      const body = (await created).postDataJSON() as Record<string, unknown>;
      expect(body).toMatchObject({ format, sampleId: sample.id });
      if (format === 'pairwise') {
        expect(body.responses).toEqual(sample.responses);
        expect(body).not.toHaveProperty('response');
      } else {
        expect(body.response).toBe(sample.response);
      }
      // Binary: the sample's own check, untouched, is left for the server to take from the sample.
      if (format === 'binary') expect(body).not.toHaveProperty('rubric');
      expect((await battleResponse).status()).toBe(201);
      const battle = ((await (await battleResponse).json()) as { battle: { format: string; shownOrders?: Record<'A' | 'B', string> } }).battle;
      expect(battle.format).toBe(format);
      // Pairwise: each panel says the order its judge reads the responses in, as the battle records it.
      for (const judge of ['A', 'B'] as const) {
        const note = page.getByTestId(`shown-order-${judge}`);
        if (format !== 'pairwise') expect(await note.count()).toBe(0);
        else expect(await note.textContent()).toContain(battle.shownOrders![judge] === 'swapped' ? 'in the other order' : 'in your order');
      }

      await waitForBothVerdicts(page);
      for (const judge of ['A', 'B']) {
        await expect.poll(() => page.locator(`[data-judge="${judge}"] .judge-verdict`).textContent()).toMatch(verdict);
        expect((await page.locator(`[data-judge="${judge}"] .critique`).textContent())?.length).toBeGreaterThan(10);
      }
      expect(identitiesIn(await page.content())).toEqual([]);
      await expect.poll(() => page.locator('.vote-button:not([disabled])').count()).toBe(4);
      await page.screenshot({ path: screenshotPath(`arena-${format}-before-vote`), fullPage: true });

      const voteResponse = page.waitForResponse((r) => r.url().endsWith('/vote'));
      await page.getByRole('button', { name: /A is better/ }).click();
      const vote = (await (await voteResponse).json()) as { models: { A: ModelInfo; B: ModelInfo } };
      await page.locator('.outcome-message').waitFor();
      expect(await page.getByTestId('reveal-A').textContent()).toContain(vote.models.A.name);
      expect(await page.getByTestId('reveal-B').textContent()).toContain(vote.models.B.name);
      voted.push({ format, category: sample.category, judges: [vote.models.A.id, vote.models.B.id] });

      await page.setViewportSize({ width: 360, height: 800 });
      await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`arena-${format}-360-after-vote`), fullPage: true });
      expect(problems).toEqual([]);
    });
  }

  it("after the hourly job, each format's slice and a category slice count the votes", async () => {
    expect(voted.map((v) => v.format)).toEqual(['likert', 'binary', 'pairwise']);
    const cron = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
    expect(cron.ok).toBe(true);
    const sliceVotes = async (query: string) =>
      ((await (await fetch(`${baseUrl}/api/leaderboard?${query}`)).json()) as { totalVotes: number }).totalVotes;
    for (const { format } of voted) {
      await expect.poll(() => sliceVotes(`format=${format}`), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    }

    const { page, problems } = await openPage(session);
    const pairwise = voted.find((v) => v.format === 'pairwise')!;
    await page.goto(`${baseUrl}/leaderboard?format=pairwise&category=${pairwise.category}`);
    await page.getByTestId('total-votes').waitFor();
    expect(Number(await page.getByTestId('total-votes').textContent())).toBe(await sliceVotes(`format=pairwise&category=${pairwise.category}`));
    expect(Number(await page.getByTestId('total-votes').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Show preliminary judges (fewer than 300 votes)').check();
    for (const judge of pairwise.judges) await page.locator(`tr[data-model-id="${judge}"]`).waitFor();

    // The format selector changes the slice and the URL says so, so it can be shared.
    await page.getByLabel('Format').selectOption({ label: 'Pass / fail' });
    await expect.poll(() => new URL(page.url()).search).toBe(`?format=binary&category=${pairwise.category}`);
    await page.getByLabel('Category').selectOption({ label: 'All categories' });
    await expect.poll(() => new URL(page.url()).search).toBe('?format=binary');
    await page.getByTestId('total-votes').waitFor();
    expect(Number(await page.getByTestId('total-votes').textContent())).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('leaderboard-binary-slice'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('a reasoning judge', () => {
  it('streams its reasoning into a collapsed section of its own, apart from the critique and the verdict', async () => {
    const { page, problems } = await openPage(session);
    await page.goto(baseUrl);
    await waitForFields(page, 'likert');
    await chooseFormat(page, 'pairwise', 'Pairwise');
    // The battle is real; its stream is a reasoning model's (what the server sends for one, in the visitor's order).
    const events: [string, object][] = [
      ['reasoning', { judge: 'A', text: 'The first response loops; ' }],
      ['reasoning', { judge: 'A', text: 'the second uses slicing.' }],
      ['delta', { judge: 'A', text: '{"reasoning": "Slicing is idiomatic' }],
      ['judgment', { judge: 'A', verdict: 'second', critique: 'Slicing is idiomatic and correct.', reasoning: 'The first response loops; the second uses slicing.' }],
      ['judgment', { judge: 'B', verdict: 'tie', critique: 'Both reverse the string.' }],
      ['done', {}],
    ];
    await page.route('**/api/battles/*/stream', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
        body: events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''),
      }),
    );
    await page.getByRole('button', { name: 'Run judges' }).click();
    await waitForBothVerdicts(page);
    const panelA = page.locator('[data-judge="A"]');
    expect(await panelA.locator('.judge-verdict').textContent()).toBe('Prefers the second response');
    expect(await page.locator('[data-judge="B"] .judge-verdict').textContent()).toBe('Tie');
    expect(await panelA.locator('.critique').textContent()).toBe('Slicing is idiomatic and correct.');

    const reasoning = panelA.locator('details.judge-reasoning');
    expect(await reasoning.locator('summary').textContent()).toBe('Judge A’s reasoning');
    expect(await reasoning.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await reasoning.locator('.reasoning-text').isVisible()).toBe(false);
    await reasoning.locator('summary').click();
    expect(await reasoning.locator('.reasoning-text').textContent()).toBe('The first response loops; the second uses slicing.');
    expect(await page.locator('[data-judge="B"] details.judge-reasoning').count()).toBe(0);
    // The announcement says each judge's reading order as its panel does (the battle drew the orders).
    const noteA = await page.getByTestId('shown-order-A').textContent();
    const noteB = await page.getByTestId('shown-order-B').textContent();
    expect(noteA).toMatch(/^This judge read the responses in (your|the other) order/);
    expect(await page.locator('#judges-announcer').textContent()).toBe(
      `Judge A prefers the second response. ${noteA} Judge B calls it a tie. ${noteB} Vote with keys 1 to 4.`,
    );
    await page.screenshot({ path: screenshotPath('arena-pairwise-reasoning'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
