// The hourly clean-up deletes battles no one voted on once they are old enough, with their judgments and the
// texts nothing else uses, and never anything a vote (counted or only stored) refers to. Time is injected.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { insertBattle, loadBattle } from '../../src/battles/battle-store';
import { expiryCutoffs, pruneStorage } from '../../src/battles/prune-storage';
import { pruneExpiredRows, pruneUnvotedBattles } from '../../src/battles/prune-store';
import { database } from '../../src/db/client';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';
import { apiJson, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const db = database(testEnv.DB);
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2031, 0, 15, 12);

const unique = (label: string) => `${label} ${crypto.randomUUID()}`;

async function battleAt(createdAt: number, sample: { input: string; response: string; reference?: string }) {
  const id = crypto.randomUUID();
  await insertBattle(db, { id, ...sample, rubric: DEFAULT_RUBRIC, models: ['offline-a', 'offline-b'], now: createdAt });
  return id;
}

/** A vote row as the ledger writes it (counted or not); its insert marks the battle voted (trigger of migration 0015). */
async function recordVote(battleId: string, counted: boolean) {
  await testEnv.DB.prepare(
    `INSERT INTO votes (id, battle_id, choice, model_a, model_b, visitor_id, counted, excluded_reason, response_json, created_at)
     VALUES (?, ?, 'A', 'offline-a', 'offline-b', 'visitor', ?, ?, '{}', ?)`,
  )
    .bind(crypto.randomUUID(), battleId, counted ? 1 : 0, counted ? null : 'too_fast', NOW - 9 * DAY)
    .run();
}

const count = async (sql: string, ...params: unknown[]) =>
  (await testEnv.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;
const textCount = (body: string) => count('SELECT COUNT(*) AS n FROM texts WHERE body = ?', body);
const battleExists = async (id: string) => (await count('SELECT COUNT(*) AS n FROM battles WHERE id = ?', id)) === 1;
const judgmentCount = (id: string) => count('SELECT COUNT(*) AS n FROM judgments WHERE battle_id = ?', id);

describe('pruning storage', () => {
  it('deletes old unvoted battles and the texts only they used, and keeps everything a vote refers to', async () => {
    const lonely = { input: unique('Lonely input'), response: unique('lonely response'), reference: unique('lonely reference') };
    const shared = { input: unique('Shared input'), response: unique('shared response') };
    const oldUnvoted = await battleAt(NOW - 8 * DAY, lonely);
    const oldUnvotedSharing = await battleAt(NOW - 8 * DAY, shared);
    const oldCounted = await battleAt(NOW - 30 * DAY, shared);
    const oldStoredOnly = await battleAt(NOW - 30 * DAY, { input: unique('Stored-only input'), response: unique('r') });
    const recentUnvoted = await battleAt(NOW - 6 * DAY, { input: unique('Recent input'), response: unique('r') });
    await recordVote(oldCounted, true);
    await recordVote(oldStoredOnly, false);

    const report = await pruneStorage(testEnv, NOW);

    expect(await battleExists(oldUnvoted)).toBe(false);
    expect(await judgmentCount(oldUnvoted)).toBe(0);
    for (const body of Object.values(lonely)) expect(await textCount(body)).toBe(0);
    // Its prompt is gone; the prompt it shared with a voted battle is not.
    expect(await battleExists(oldUnvotedSharing)).toBe(false);
    expect(await loadBattle(db, oldCounted)).toMatchObject({ ...shared, rubric: DEFAULT_RUBRIC, status: 'voted' });
    expect(await judgmentCount(oldCounted)).toBe(2);
    expect(await loadBattle(db, oldStoredOnly)).not.toBeNull();
    expect(await judgmentCount(oldStoredOnly)).toBe(2);
    expect(await loadBattle(db, recentUnvoted)).not.toBeNull();
    expect(await textCount(JSON.stringify(DEFAULT_RUBRIC))).toBe(1);

    expect(report.battles).toBeGreaterThanOrEqual(2);
    expect(report.judgments).toBe(2 * report.battles);
    expect(report.texts).toBeGreaterThanOrEqual(3);
    expect(await count('SELECT COUNT(*) AS n FROM votes WHERE battle_id IN (?, ?)', oldCounted, oldStoredOnly)).toBe(2);
  });

  it('keeps a battle voted on through the API (stored, not counted), however old it gets', async () => {
    const created = await apiJson('/api/battles', { method: 'POST', json: { input: unique('Voted input'), response: unique('voted response') } });
    const id = created.body.battle.id;
    await streamEvents(id);
    expect((await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'tie' } })).status).toBe(200);
    const unvoted = (await apiJson('/api/battles', { method: 'POST', json: { input: unique('Unvoted'), response: unique('r') } })).body.battle.id;

    await pruneStorage(testEnv, Date.now() + 365 * DAY);

    expect((await apiJson(`/api/battles/${id}`)).body.battle).toMatchObject({ status: 'voted', vote: { choice: 'tie' } });
    expect(await battleExists(unvoted)).toBe(false);
  });

  it('deletes nothing with PRUNE_UNVOTED_AFTER_DAYS = 0, and honours another age', async () => {
    const old = await battleAt(NOW - 400 * DAY, { input: unique('Ancient'), response: unique('r') });
    const threeDays = await battleAt(NOW - 3 * DAY, { input: unique('Three days'), response: unique('r') });

    expect(await pruneStorage({ ...testEnv, PRUNE_UNVOTED_AFTER_DAYS: '0' } as Env, NOW)).toEqual({
      battles: 0,
      judgments: 0,
      prompts: 0,
      texts: 0,
      backfilled: 0,
      expired: { paidCallSnapshots: 0, cache: 0 },
    });
    expect(await battleExists(old)).toBe(true);

    await pruneStorage({ ...testEnv, PRUNE_UNVOTED_AFTER_DAYS: '2' } as Env, NOW);
    expect(await battleExists(old)).toBe(false);
    expect(await battleExists(threeDays)).toBe(false);
  });

  it('does bounded work per run, oldest first', async () => {
    const cutoff = NOW - 10 * DAY;
    // Older than anything else in this file's database, so these are the oldest candidates.
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await battleAt(NOW - 1000 * DAY + i, { input: unique(`Bounded ${i}`), response: unique('r') }));

    expect((await pruneUnvotedBattles(db, cutoff, 3)).battles).toBe(3);
    expect(await Promise.all(ids.map(battleExists))).toEqual([false, false, false, true, true]);
    expect((await pruneUnvotedBattles(db, cutoff, 3)).battles).toBeGreaterThanOrEqual(2);
    expect(await Promise.all(ids.map(battleExists))).toEqual([false, false, false, false, false]);
  });

  it('deletes what no rule reads any more: past days’ paid-call snapshots, old cache entries never reused', async () => {
    const HOUR = 3_600_000;
    const today = Math.floor(NOW / DAY) * DAY;
    const tag = crypto.randomUUID().slice(0, 8);
    const cached = (key: string, createdAt: number, hits: number) =>
      testEnv.DB.prepare("INSERT INTO judgment_cache (key, model_id, text, score, critique, created_at, hits) VALUES (?, 'offline-a', 't', 3, 'c', ?, ?)")
        .bind(`${key}-${tag}`, createdAt, hits)
        .run();
    await testEnv.DB.prepare('INSERT INTO paid_call_snapshots (hour_start, paid_judge_calls) VALUES (?, 5), (?, 7)').bind(today - HOUR, today).run();
    await cached('unused-old', NOW - 31 * DAY, 0);
    await cached('reused-old', NOW - 31 * DAY, 2);
    await cached('unused-recent', NOW - 29 * DAY, 0);

    const { expired } = await pruneStorage(testEnv, NOW);

    // /api/status shows the latest snapshot of the current UTC day: it is the one kept.
    expect(await count('SELECT COUNT(*) AS n FROM paid_call_snapshots WHERE hour_start < ?', today)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM paid_call_snapshots WHERE hour_start = ?', today)).toBe(1);
    const keys = await testEnv.DB.prepare('SELECT key FROM judgment_cache WHERE key LIKE ? ORDER BY key').bind(`%-${tag}`).all<{ key: string }>();
    expect(keys.results.map((r) => r.key)).toEqual([`reused-old-${tag}`, `unused-recent-${tag}`]);
    expect(expired).toMatchObject({ paidCallSnapshots: expect.any(Number), cache: expect.any(Number) });
    expect(expired.paidCallSnapshots).toBeGreaterThanOrEqual(1);
    expect(expired.cache).toBeGreaterThanOrEqual(1);
  });

  it('deletes expired rows oldest first, a bounded number a run', async () => {
    // Older than anything else in this file's database, so these are the oldest candidates.
    const ancient = NOW - 5000 * DAY;
    for (let i = 0; i < 3; i++) {
      await testEnv.DB.prepare('INSERT INTO paid_call_snapshots (hour_start, paid_judge_calls) VALUES (?, ?)').bind(ancient + i, i).run();
    }
    const cutoffs = expiryCutoffs(NOW);
    expect((await pruneExpiredRows(db, cutoffs, 2)).paidCallSnapshots).toBe(2);
    const left = await testEnv.DB.prepare('SELECT hour_start AS h FROM paid_call_snapshots WHERE hour_start < ?').bind(ancient + 3).all<{ h: number }>();
    expect(left.results.map((r) => r.h)).toEqual([ancient + 2]);
  });

  it('runs from the hourly scheduled handler', async () => {
    const stale = await battleAt(Date.now() - 8 * DAY, { input: unique('Stale'), response: unique('r') });
    const fresh = await battleAt(Date.now(), { input: unique('Fresh'), response: unique('r') });
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
    await waitOnExecutionContext(ctx);
    expect(await battleExists(stale)).toBe(false);
    expect(await battleExists(fresh)).toBe(true);
  });
});
