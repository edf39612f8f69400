// The daily ceiling on paid judge calls, and the per-visitor quota of counted votes.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { voteLedger } from '../../src/votes/cast-vote';
import { PAID_CALLS_CACHE_MS } from '../../src/judges/paid-calls-cache';
import { letTimePass, SAMPLE } from '../support/api';
import { battleBetween, fetchWith, streamWith } from '../support/app-with-env';
import { stubCalls, stubEnv, stubModel } from '../support/stub-openai/client';

describe('daily ceiling on paid judge calls', () => {
  it('stops paying past the ceiling and says the arena is resting until midnight UTC', async () => {
    const judges = [
      { id: `paid-a-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel('ok') },
      { id: `paid-b-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel('ok-prose') },
    ];
    const testEnv = stubEnv(judges, { DAILY_PAID_JUDGE_CALLS: '3' } as Partial<Env>);
    const before = (await fetchWith(testEnv, '/api/config')).json();
    expect(before.resting).toBeNull();

    // Two battles on different samples: four calls wanted, three allowed.
    await streamWith(testEnv, await battleBetween([judges[0].id, judges[1].id], { input: `a ${crypto.randomUUID()}`, response: 'r' }));
    const second = await streamWith(testEnv, await battleBetween([judges[0].id, judges[1].id], { input: `b ${crypto.randomUUID()}`, response: 'r' }));
    expect((await stubCalls(judges[0].providerModel)) + (await stubCalls(judges[1].providerModel))).toBe(3);
    expect(second.events.find((e) => e.event === 'judge_error')?.data.message).toMatch(/budget/);

    // The site's config reads the day's count at most every PAID_CALLS_CACHE_MS (per isolate).
    letTimePass(PAID_CALLS_CACHE_MS);
    const config = (await fetchWith(testEnv, '/api/config')).json();
    const midnight = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000).toISOString();
    expect(config.resting).toMatchObject({ until: midnight });
    expect(config.resting.message).toMatch(/resting until 00:00 UTC/);

    const refused = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: SAMPLE });
    expect(refused.status).toBe(503);
    expect(refused.json().error.code).toBe('arena_resting');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // A deployment with only offline judges never rests: they cost nothing.
    expect((await fetchWith(env as unknown as Env, '/api/config')).json().resting).toBeNull();
  });
});

describe('counted votes per visitor per day', () => {
  it('stores votes past the quota but does not count them', async () => {
    const ledger = voteLedger(env as unknown as Env);
    const visitorId = `visitor-${crypto.randomUUID()}`;
    const now = Date.now();
    const reasons: (string | null)[] = [];
    const quota = Number((env as unknown as Env & { VISITOR_DAILY_COUNTED_VOTES?: string }).VISITOR_DAILY_COUNTED_VOTES ?? 100);
    for (let i = 0; i < quota + 2; i++) {
      const battleId = crypto.randomUUID();
      await ledger.rememberBattle(battleId, { modelA: 'quota-x', modelB: 'quota-y', createdAt: now - 60_000, judgedAt: now - 30_000, critiques: ['a', 'b'] });
      const result = await ledger.recordVote({
        battleId,
        choice: 'A',
        visitorId,
        idempotencyKey: null,
        receivedAt: now,
      });
      expect(result.ok).toBe(true);
      const row = await env.DB.prepare('SELECT excluded_reason FROM votes WHERE battle_id = ?').bind(battleId).first<{ excluded_reason: string | null }>();
      reasons.push(row!.excluded_reason);
    }
    expect(reasons.slice(0, quota).every((r) => r === null)).toBe(true);
    expect(reasons.slice(quota)).toEqual(['visitor_daily_limit', 'visitor_daily_limit']);
    const pair = await env.DB.prepare("SELECT SUM(wins_lo) AS wins_lo FROM pair_counts WHERE model_lo = 'quota-x' AND model_hi = 'quota-y'").first();
    expect(pair).toEqual({ wins_lo: quota });
  });
});
