// The paid-call budget shared fairly (issue 9): random samples come from a pool the hourly job fills (never a
// provider call per request), /api/responses is inside the daily ceiling, one visitor may spend at most their share,
// and while the arena rests nothing calls a provider. Through the HTTP API against the stub provider's call counts.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { visitorId } from '../../src/http/visitor';
import { letTimePass } from '../support/api';
import { battleBetween, fetchWith, streamWith } from '../support/app-with-env';
import { stubCalls, stubEnv, stubModel } from '../support/stub-openai/client';

const baseEnv = env as unknown as Env;

async function runHourlyJob(testEnv: Env): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
  await waitOnExecutionContext(ctx);
}

async function paidCallsToday(): Promise<number> {
  const row = await baseEnv.DB.prepare('SELECT paid_judge_calls AS n FROM daily_usage WHERE day = ?')
    .bind(new Date(Date.now()).toISOString().slice(0, 10))
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function pooledIds(): Promise<string[]> {
  const { results } = await baseEnv.DB.prepare("SELECT id FROM sample_pool WHERE format = 'likert'").all<{ id: string }>();
  return results.map((r) => r.id);
}

const unique = (text: string) => ({ input: `${text} ${crypto.randomUUID()}`, response: 'An answer to judge.' });

/** Two stub LLM judges, a sample generator and a response generator, each its own stub model (own call count). */
function paidArena(overrides: Record<string, string> = {}) {
  const judges = [
    { id: `budget-a-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel('ok') },
    { id: `budget-b-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel('ok-prose') },
  ];
  const sampleModel = stubModel('sample-any');
  const responseModel = stubModel('answer');
  const testEnv = stubEnv(judges, {
    SAMPLE_GENERATOR: `local:${sampleModel}`,
    RESPONSE_GENERATOR: `local:${responseModel}`,
    ...overrides,
  } as Partial<Env>);
  const models = [...judges.map((j) => j.providerModel), sampleModel, responseModel];
  const allCalls = async () => (await Promise.all(models.map(stubCalls))).reduce((a, b) => a + b, 0);
  return { judges, testEnv, sampleModel, responseModel, allCalls };
}

describe('random samples from the pool', () => {
  it('serves 40 requests with zero provider calls, from the pool the hourly job filled', async () => {
    // Six an hour: two of each format (test/api/pool-formats.test.ts has the other formats).
    const { testEnv, sampleModel } = paidArena({ SAMPLE_GENERATOR_PER_HOUR: '6' });
    const ip = { 'cf-connecting-ip': '192.0.2.10' };

    // Before the job: the pool is empty, so the bank answers, and no request calls the generator.
    const before = await fetchWith(testEnv, '/api/samples/random', { headers: ip });
    expect(before.status).toBe(200);
    expect(before.json().sample.id).not.toMatch(/^generated-/);
    expect(await stubCalls(sampleModel)).toBe(0);

    await runHourlyJob(testEnv);
    expect(await stubCalls(sampleModel)).toBe(6);
    const pool = await pooledIds();
    expect(pool).toHaveLength(2);

    const served = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const res = await fetchWith(testEnv, '/api/samples/random', { headers: ip });
      expect(res.status).toBe(200);
      const { sample } = res.json();
      expect(pool).toContain(sample.id);
      expect(sample).toMatchObject({ input: 'What causes the seasons on Earth?', category: 'science' });
      served.add(sample.id);
    }
    expect(await stubCalls(sampleModel), 'no provider call per request').toBe(6);
    // Chosen at random: 40 draws from 2 samples all landing on one has probability 2·2⁻⁴⁰.
    expect(served.size).toBeGreaterThan(1);

    // Generated samples have no reference: asking for one is answered from the bank.
    const withReference = (await fetchWith(testEnv, '/api/samples/random?reference=true', { headers: ip })).json();
    expect(withReference.sample.id).not.toMatch(/^generated-/);
    expect(withReference.sample.reference).toEqual(expect.any(String));
    expect(await stubCalls(sampleModel)).toBe(6);
  });

  it('keeps the pool bounded, oldest out, and counts generated samples against the daily ceiling', async () => {
    // Two likert samples an hour (of six), at most three kept per format.
    const { testEnv, sampleModel } = paidArena({ SAMPLE_GENERATOR_PER_HOUR: '6', SAMPLE_POOL_SIZE: '3' });
    const callsBefore = await paidCallsToday();
    letTimePass(1_000);
    await runHourlyJob(testEnv);
    const firstHour = await pooledIds();
    letTimePass(1_000);
    await runHourlyJob(testEnv);
    expect(await stubCalls(sampleModel)).toBe(12);
    expect(await paidCallsToday()).toBe(callsBefore + 12);
    const pool = await pooledIds();
    expect(pool).toHaveLength(3);
    const { results } = await baseEnv.DB.prepare("SELECT id, created_at FROM sample_pool WHERE format = 'likert' ORDER BY created_at").all<{ id: string; created_at: number }>();
    // The two of the second hour, plus the newest one of the hour before.
    expect(new Set(results.map((r) => r.created_at)).size).toBeGreaterThan(1);
    expect(results.filter((r) => firstHour.includes(r.id))).toHaveLength(1);
  });
});

describe('while the arena rests', () => {
  it('calls no provider: no battle, no generated response, no sample job, no judge', async () => {
    // Today's ceiling equals what was spent so far, so the arena is resting for this deployment.
    await baseEnv.DB.prepare(
      'INSERT INTO daily_usage (day, paid_judge_calls) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET paid_judge_calls = paid_judge_calls + 1',
    )
      .bind(new Date(Date.now()).toISOString().slice(0, 10))
      .run();
    const spent = await paidCallsToday();
    const { judges, testEnv, allCalls } = paidArena({ DAILY_PAID_JUDGE_CALLS: String(spent), SAMPLE_GENERATOR_PER_HOUR: '5' });
    const ip = { 'cf-connecting-ip': '192.0.2.20' };

    const battle = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: unique('resting'), headers: ip });
    expect(battle.status).toBe(503);
    expect(battle.json().error.code).toBe('arena_resting');

    const response = await fetchWith(testEnv, '/api/responses', { method: 'POST', json: { input: 'Why is the sky blue?' }, headers: ip });
    expect(response.status).toBe(503);
    expect(response.json().error.code).toBe('arena_resting');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);

    const poolBefore = (await pooledIds()).length;
    await runHourlyJob(testEnv);
    expect((await pooledIds()).length).toBe(poolBefore);

    // A battle stored earlier and streamed now: its judges are not called either.
    const stream = await streamWith(testEnv, await battleBetween([judges[0].id, judges[1].id], unique('stored')));
    expect(stream.events.filter((e) => e.event === 'judge_error')).toHaveLength(2);

    expect((await fetchWith(testEnv, '/api/samples/random', { headers: ip })).status).toBe(200);
    expect(await allCalls()).toBe(0);
    expect(await paidCallsToday()).toBe(spent);
  });
});

describe('generated responses', () => {
  it('count against the daily ceiling and stop when it is reached', async () => {
    const spent = await paidCallsToday();
    const { testEnv, responseModel } = paidArena({ DAILY_PAID_JUDGE_CALLS: String(spent + 2), VISITOR_DAILY_PAID_SHARE: '1' });
    const ip = { 'cf-connecting-ip': '192.0.2.30' };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetchWith(testEnv, '/api/responses', { method: 'POST', json: { input: `Question ${i}?` }, headers: ip })).status);
    }
    expect(statuses).toEqual([200, 200, 503]);
    expect(await stubCalls(responseModel)).toBe(2);
    expect(await paidCallsToday()).toBe(spent + 2);
  });
});

describe("one visitor's share of the day's paid calls", () => {
  it('refuses a visitor past 5% with a 429 that says when, while another visitor plays on', async () => {
    // Ceiling 100, share 5%: 5 paid calls a visitor; a battle with two LLM judges reserves 2.
    const { judges, testEnv, responseModel, allCalls } = paidArena({ DAILY_PAID_JUDGE_CALLS: '100', VISITOR_DAILY_PAID_SHARE: '0.05' });
    const heavy = { 'cf-connecting-ip': '192.0.2.40' };
    const other = { 'cf-connecting-ip': '192.0.2.41' };
    const first = unique('share');
    const created: number[] = [];
    for (const sample of [first, unique('share'), unique('share')]) {
      created.push((await fetchWith(testEnv, '/api/battles', { method: 'POST', json: sample, headers: heavy })).status);
    }
    expect(created).toEqual([201, 201, 429]);

    const refused = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: unique('share'), headers: heavy });
    expect(refused.status).toBe(429);
    const error = refused.json().error;
    expect(error.code).toBe('visitor_budget');
    expect(error.message).toMatch(/share of today's judging budget/);
    expect(error.message).toMatch(/play again from 00:00 UTC/);
    const midnight = Math.ceil(Date.now() / 86_400_000) * 86_400_000;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Math.abs(Date.now() + retryAfter * 1000 - midnight)).toBeLessThan(5_000);

    // Everyone else plays on.
    const otherBattle = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: unique('other'), headers: other });
    expect(otherBattle.status).toBe(201);

    // Regenerating is a new battle: refused too. A generated response is one paid call: the fifth fits, a sixth not.
    const ownBattle = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: first, headers: other });
    const regenerated = await fetchWith(testEnv, `/api/battles/${ownBattle.json().battle.id}/regenerate`, { method: 'POST', headers: heavy });
    expect(regenerated.status).toBe(429);
    expect(regenerated.json().error.code).toBe('visitor_budget');
    const responses: number[] = [];
    for (const input of ['Hello?', 'Hello again?']) {
      responses.push((await fetchWith(testEnv, '/api/responses', { method: 'POST', json: { input }, headers: heavy })).status);
    }
    expect(responses).toEqual([200, 429]);
    expect(await stubCalls(responseModel)).toBe(1);

    // Refusals are decided before any call: no battle was streamed, so the one response is the only call so far.
    expect(await allCalls()).toBe(1);

    // A battle whose two judgments are already cached costs nothing, so it is not refused.
    await streamWith(testEnv, ownBattle.json().battle.id);
    expect(await stubCalls(judges[0].providerModel)).toBe(1);
    const cachedAgain = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: first, headers: heavy });
    expect(cachedAgain.status).toBe(201);

    // Offline baselines cost nothing and are never limited by the share.
    const offline = await fetchWith(baseEnv, '/api/battles', { method: 'POST', json: unique('offline'), headers: heavy });
    expect(offline.status).toBe(201);

    // Stored per day under the hashed visitor id, never the IP: two battles of two paid calls each (+ the response).
    const reserved = async (headers: Record<string, string>) => {
      const id = await visitorId(new Request('http://arena.test/', { headers }), testEnv);
      const row = await baseEnv.DB.prepare('SELECT calls FROM visitor_paid_calls WHERE visitor_id = ?').bind(id).first<{ calls: number }>();
      return row?.calls;
    };
    expect(await reserved(heavy)).toBe(5);
    expect(await reserved(other)).toBe(4);
    const { results } = await baseEnv.DB.prepare('SELECT visitor_id FROM visitor_paid_calls').all<{ visitor_id: string }>();
    expect(results.some((r) => r.visitor_id.includes('192.0.2'))).toBe(false);
  });

  it('gives a visitor past their share a pair of offline baselines when two are available, calling no provider', async () => {
    // Ceiling 100, share 2%: 2 paid calls for this visitor; offline baselines are paired alongside the LLM judges.
    const { judges, testEnv, allCalls } = paidArena({ DAILY_PAID_JUDGE_CALLS: '100', VISITOR_DAILY_PAID_SHARE: '0.02', OFFLINE_JUDGES: 'on' });
    const llm = new Set(judges.map((j) => j.id));
    const ip = { 'cf-connecting-ip': '192.0.2.50' };
    const id = await visitorId(new Request('http://arena.test/', { headers: ip }), testEnv);
    const reserved = async () =>
      (await baseEnv.DB.prepare('SELECT calls FROM visitor_paid_calls WHERE visitor_id = ?').bind(id).first<{ calls: number }>())?.calls ?? 0;
    const modelsOf = async (battleId: string) => {
      const row = await baseEnv.DB.prepare('SELECT model_a AS a, model_b AS b FROM battles WHERE id = ?').bind(battleId).first<{ a: string; b: string }>();
      return [row!.a, row!.b];
    };

    // Spend the share: battles until the next one with an LLM judge would not fit (pairs are random).
    for (let i = 0; i < 40 && (await reserved()) < 2; i++) {
      expect((await fetchWith(testEnv, '/api/battles', { method: 'POST', json: unique('spend'), headers: ip })).status).toBe(201);
    }
    expect(await reserved()).toBe(2);

    // Past it: every battle is still started, with two offline baselines, and reserves nothing more.
    const past: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: unique('past'), headers: ip });
      expect(res.status).toBe(201);
      past.push(res.json().battle.id);
    }
    for (const battleId of past) expect((await modelsOf(battleId)).filter((m) => llm.has(m))).toEqual([]);
    expect(await reserved()).toBe(2);
    const callsBefore = await allCalls();
    const stream = await streamWith(testEnv, past[0]);
    expect(stream.events.filter((e) => e.event === 'judgment')).toHaveLength(2);
    expect(await allCalls()).toBe(callsBefore);
  });
});
