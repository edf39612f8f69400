// Performance figures from stored judgments (real D1, injected clock): what enters the window (finished more than
// an hour and less than 7 days before the refresh, or less than PRUNE_UNVOTED_AFTER_DAYS; provider calls only; failures replaced by failover
// included), and the figures the hourly refresh publishes with each entry.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { insertBattle, replaceJudge, saveJudgment, type JudgmentOutcome, type Position } from '../../src/battles/battle-store';
import { database } from '../../src/db/client';
import { LlmJudgeEntrySchema, type JudgeModel } from '../../src/judges/judge-model';
import { judgeFailure } from '../../src/judges/failures';
import type { JudgeErrorKind, TokenUsage } from '../../src/judges/types';
import { readPerformanceReport } from '../../src/leaderboard/judge-performance-report';
import { LEADERBOARD_KEY, PAIRS_KEY } from '../../src/leaderboard/leaderboard-json';
import { refreshLeaderboard } from '../../src/leaderboard/refresh-leaderboard';
import { readHistory } from '../../src/leaderboard/history-store';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';
import type { Leaderboard, PairsDocument } from '../../src/shared/api-types';
import { apiJson } from '../support/api';

const testEnv = env as unknown as Env;
const db = database(testEnv.DB);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2032, 5, 10, 12);

function registryJudge(id: string, extra: object = {}): JudgeModel {
  const entry = LlmJudgeEntrySchema.parse({ id, name: `Judge ${id}`, organization: 'Perf Labs', license: 'MIT', provider: 'local', providerModel: id, ...extra });
  return { ...entry, kind: 'llm' };
}

const tag = crypto.randomUUID().slice(0, 8);
const PRICED = registryJudge(`perf-priced-${tag}`, { inputPricePerMTok: 1, outputPricePerMTok: 4, pricesReadOn: '2026-11', openWeights: true, parametersB: 12 });
const UNPRICED = registryJudge(`perf-unpriced-${tag}`);

async function battle(): Promise<string> {
  const id = crypto.randomUUID();
  await insertBattle(db, { id, input: `Input ${id}`, response: 'A response.', rubric: DEFAULT_RUBRIC, models: [PRICED.id, UNPRICED.id], now: NOW - 9 * DAY });
  return id;
}

const reported = (inputTokens: number, outputTokens: number, estimated = false): TokenUsage => ({ inputTokens, outputTokens, estimated });

function success(latencyMs: number, ttftMs: number, usage: TokenUsage, cached = false): JudgmentOutcome {
  return { ok: true, cached, judgment: { verdict: { format: 'likert', score: 4 }, critique: 'Fine.', reasoning: '', text: 'Fine.', latencyMs, ...(cached ? {} : { ttftMs, usage }) } };
}

function failure(kind: JudgeErrorKind, latencyMs: number): JudgmentOutcome {
  return { ok: false, failure: judgeFailure(kind, `stub ${kind}`, { beforeFirstToken: false }), text: '', latencyMs };
}

/** A battle whose `position` judgment finished `ago` ms before NOW. */
async function judged(position: Position, outcome: JudgmentOutcome, ago: number) {
  await saveJudgment(db, await battle(), position, outcome, NOW - ago);
}

async function seed() {
  // In the window: four successes of the priced judge (one with estimated usage), one provider failure.
  await judged('A', success(1000, 100, reported(1000, 250)), 2 * HOUR);
  await judged('A', success(2000, 200, reported(1000, 250)), 3 * HOUR);
  await judged('A', success(3000, 300, reported(1000, 250, true)), DAY);
  await judged('A', success(4000, 400, reported(1000, 250)), 6 * DAY);
  await judged('A', failure('http', 500), 4 * HOUR);
  // In the window but not a judgment of the judge's making: a cached one, a visitor who left.
  await judged('A', success(5, 0, reported(1, 1), true), 5 * HOUR);
  await judged('A', failure('cancelled', 50), 4 * HOUR);
  // Outside the window: finished less than an hour ago, and more than 7 days ago.
  await judged('A', success(99_000, 99_000, reported(1e6, 1e6)), 30 * 60_000);
  await judged('A', success(99_000, 99_000, reported(1e6, 1e6)), 7 * DAY + 60_000);
  // A timeout before the first token, replaced by the other judge (failover): the failure still counts.
  const failedOver = await battle();
  await replaceJudge(db, failedOver, 'A', UNPRICED.id, { modelId: PRICED.id, failure: judgeFailure('timeout', 'stub', { beforeFirstToken: true }), latencyMs: 20_000, now: NOW - 2 * HOUR });
  await saveJudgment(db, failedOver, 'A', success(700, 70, reported(900, 100)), NOW - 2 * HOUR);
}

const EXPECTED_PRICED = {
  judgments: 6, // four successes, the provider failure, the replaced timeout
  medianTtftMs: 250,
  medianLatencyMs: 2500,
  p90LatencyMs: 4000,
  failureRate: 0.333,
  costPer1kJudgmentsUsd: 2, // (1000·$1 + 250·$4) / 1e6 = $0.002 a call
  estimatedUsageShare: 0.25,
  pricesReadOn: '2026-11',
};

describe('performance over the window', () => {
  it('counts what the judge did, between 7 days and 1 hour before the refresh', async () => {
    await seed();
    const report = await readPerformanceReport(testEnv, [PRICED, UNPRICED], new Date(NOW));
    expect(report.detailsOf(PRICED.id)).toEqual({ performance: EXPECTED_PRICED, openWeights: true, parametersB: 12 });
    // The replacement's own call; no price, so no cost.
    expect(report.detailsOf(UNPRICED.id).performance).toMatchObject({ judgments: 1, medianLatencyMs: 700, failureRate: 0, costPer1kJudgmentsUsd: null });
    expect(report.window.to).toBe(new Date(NOW - HOUR).toISOString());
    expect(report.window.from).toBe(new Date(NOW - 7 * DAY).toISOString());

    // Unvoted battles pruned after 2 days: the window stops there (older ones left would all be voted, all successes).
    const shorter = await readPerformanceReport({ ...testEnv, PRUNE_UNVOTED_AFTER_DAYS: '2' } as Env, [PRICED, UNPRICED], new Date(NOW));
    expect(shorter.window.from).toBe(new Date(NOW - 2 * DAY).toISOString());
    expect(shorter.detailsOf(PRICED.id).performance).toMatchObject({ judgments: 5, medianLatencyMs: 2000, failureRate: 0.4 });

    // The hourly refresh publishes the same figures with each entry, and a versioned document.
    await testEnv.DB.prepare("INSERT INTO pair_counts (format, category, model_lo, model_hi, wins_lo, wins_hi, ties, both_bad) VALUES ('likert', 'custom', ?, ?, 3, 2, 1, 0)")
      .bind(...[PRICED.id, UNPRICED.id].sort())
      .run();
    const withJudges = { ...testEnv, EXTRA_JUDGES: JSON.stringify([PRICED, UNPRICED].map(({ kind: _kind, ...entry }) => entry)) };
    await refreshLeaderboard(withJudges, new Date(NOW));
    const stored = JSON.parse((await testEnv.LEADERBOARD_KV.get(LEADERBOARD_KEY))!) as Leaderboard;
    expect(stored.schemaVersion).toBe(2);
    expect(stored.performanceWindow).toEqual({ from: report.window.from, to: report.window.to, judgments: expect.any(Number) });
    const entry = stored.models.find((m) => m.id === PRICED.id);
    expect(entry).toMatchObject({ votes: 6, performance: EXPECTED_PRICED, openWeights: true, parametersB: 12 });
    expect(stored.models.find((m) => m.id === UNPRICED.id)).toMatchObject({ openWeights: false, parametersB: null });
    const pairs = JSON.parse((await testEnv.LEADERBOARD_KV.get(PAIRS_KEY))!) as PairsDocument;
    expect(pairs.schemaVersion).toBe(2);

    // …and appends its snapshot to the history, which the API serves (a judge gone from the registry keeps it).
    const points = await readHistory(db, PRICED.id);
    expect(points).toEqual([{ modelId: PRICED.id, at: NOW, rating: entry!.rating, ciLow: entry!.ci?.[0] ?? null, ciHigh: entry!.ci?.[1] ?? null, votes: 6 }]);
    const { status, body } = await apiJson(`/api/leaderboard/history?judge=${encodeURIComponent(PRICED.id)}`);
    expect(status).toBe(200);
    expect(body).toEqual({ schemaVersion: 2, judge: PRICED.id, points: [{ at: new Date(NOW).toISOString(), rating: entry!.rating, ci: entry!.ci, votes: 6 }] });
  });

  it('an offline baseline costs nothing and records no usage', async () => {
    const id = crypto.randomUUID();
    await insertBattle(db, { id, input: 'x', response: 'y', rubric: DEFAULT_RUBRIC, models: ['offline-length-structure', 'offline-request-coverage'], now: NOW });
    await saveJudgment(db, id, 'A', { ok: true, cached: false, judgment: { verdict: { format: 'likert', score: 3 }, critique: 'c', reasoning: '', text: 't', latencyMs: 12 } }, NOW);
    const row = await testEnv.DB.prepare('SELECT ttft_ms, input_tokens, output_tokens, usage_estimated, failure_kind FROM judgments WHERE battle_id = ? AND position = ?').bind(id, 'A').first();
    expect(row).toEqual({ ttft_ms: null, input_tokens: null, output_tokens: null, usage_estimated: null, failure_kind: null });
  });
});

describe('GET /api/leaderboard/history', () => {
  it('is 400 without a judge and 404 for an id that names no judge, in our error shape', async () => {
    const missing = await apiJson('/api/leaderboard/history');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('invalid_query');
    expect(missing.body.error.message).toContain('judge');
    const unknown = await apiJson('/api/leaderboard/history?judge=no-such-judge-anywhere');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 'unknown_judge', message: expect.stringContaining('no-such-judge-anywhere') } });
  });

  it('is an empty series for a judge out of the registry that is on the published leaderboard without points', async () => {
    // Counted votes of a judge no longer in the registry, ranked by a refresh; then no points (say, a board
    // published before history was kept): the judge's page is shown, and its history is known to be empty.
    const removed = `removed-${tag}`;
    await testEnv.DB.prepare("INSERT INTO pair_counts (format, category, model_lo, model_hi, wins_lo, wins_hi, ties, both_bad) VALUES ('likert', 'custom', ?, ?, 2, 1, 0, 0)")
      .bind(...[removed, `removed-peer-${tag}`].sort())
      .run();
    const board = await refreshLeaderboard(testEnv, new Date(NOW + DAY));
    expect(board.models.some((m) => m.id === removed)).toBe(true);
    await testEnv.DB.prepare('DELETE FROM leaderboard_history WHERE model_id = ?').bind(removed).run();
    const { status, body } = await apiJson(`/api/leaderboard/history?judge=${removed}`);
    expect(status).toBe(200);
    expect(body).toEqual({ schemaVersion: 2, judge: removed, points: [] });
    // An id neither in the registry, nor with points, nor on the board is still unknown.
    expect((await apiJson(`/api/leaderboard/history?judge=never-${tag}`)).status).toBe(404);
  });

  it('is an empty series for a registry judge never ranked', async () => {
    const { status, body } = await apiJson('/api/leaderboard/history?judge=mistral-7b-instruct-v0.1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ schemaVersion: 2, judge: 'mistral-7b-instruct-v0.1', points: expect.any(Array) });
  });
});
