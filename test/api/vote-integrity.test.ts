// Votes that are acknowledged are never lost, retried votes get the same answer, and dishonest-looking votes
// are stored but not counted.
import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { VoteLedger } from '../../src/votes/vote-ledger';
import { voteLedger } from '../../src/votes/cast-vote';
import { eloUpdate } from '../../src/ranking/elo';
import { letTimePass, apiJson, SAMPLE, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;

/** A judged battle on a sample of its own (a prompt already revealed would make its vote a known answer). */
async function judgedBattle(ip = '192.0.2.50'): Promise<string> {
  const sample = { ...SAMPLE, input: `${SAMPLE.input} (${crypto.randomUUID().slice(0, 8)})` };
  const { body } = await apiJson('/api/battles', { method: 'POST', json: sample, headers: { 'cf-connecting-ip': ip } });
  await streamEvents(body.battle.id);
  return body.battle.id;
}

const vote = (id: string, choice: string, headers: Record<string, string> = {}) =>
  apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice }, headers });

type LedgerStub = ReturnType<typeof voteLedger>;

/** From now on every D1 statement of the ledger throws, as when D1 is wholly down (until bringD1Back). */
const takeD1Down = (stub: LedgerStub) =>
  runInDurableObject(stub, (ledger: VoteLedger) => {
    const down = () => {
      throw new Error('D1_ERROR: down');
    };
    ledger.d1 = { batch: down, prepare: down } as unknown as D1Database;
  });

/** The ledger's D1 is the real one again. */
const bringD1Back = (stub: LedgerStub) =>
  runInDurableObject(stub, (ledger: VoteLedger) => {
    ledger.d1 = testEnv.DB;
  });

async function countsFor(id: string) {
  const battle = await env.DB.prepare('SELECT model_a, model_b FROM battles WHERE id = ?').bind(id).first<{ model_a: string; model_b: string }>();
  const [lo, hi] = [battle!.model_a, battle!.model_b].sort();
  const pair = await env.DB.prepare('SELECT SUM(wins_lo + wins_hi + ties + both_bad) AS n FROM pair_counts WHERE model_lo = ? AND model_hi = ?').bind(lo, hi).first<{ n: number }>();
  return pair?.n ?? 0;
}

describe('honest votes', () => {
  it('stores but does not count a vote cast implausibly fast after the judgments', async () => {
    const id = await judgedBattle();
    const before = await countsFor(id);
    const res = await vote(id, 'A');
    expect(res.status).toBe(200);
    expect(await env.DB.prepare('SELECT counted, excluded_reason FROM votes WHERE battle_id = ?').bind(id).first()).toEqual({
      counted: 0,
      excluded_reason: 'too_fast',
    });
    expect(await countsFor(id)).toBe(before);
  });

  it('stores but does not count a vote on a battle older than the window', async () => {
    const id = await judgedBattle();
    letTimePass(7 * 3_600_000);
    await vote(id, 'B');
    expect(await env.DB.prepare('SELECT excluded_reason FROM votes WHERE battle_id = ?').bind(id).first()).toEqual({
      excluded_reason: 'battle_too_old',
    });
  });

  it('counts a normal vote in pair counts and both judges\' stats', async () => {
    const id = await judgedBattle();
    letTimePass();
    const before = await countsFor(id);
    await vote(id, 'tie');
    expect(await countsFor(id)).toBe(before + 1);
  });
});

describe('idempotency', () => {
  it('answers a retry with the same Idempotency-Key with the same answer, even if the body changed', async () => {
    const id = await judgedBattle();
    letTimePass();
    const first = await vote(id, 'A', { 'idempotency-key': 'key-123' });
    const retry = await vote(id, 'B', { 'idempotency-key': 'key-123' });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const other = await vote(id, 'B', { 'idempotency-key': 'key-456' });
    expect(other.status).toBe(409);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM votes WHERE battle_id = ?').bind(id).first()).toEqual({ n: 1 });
  });
});

describe('after the ledger restarts', () => {
  it('still refuses a different vote and answers a repeated one from D1', async () => {
    const id = await judgedBattle();
    letTimePass();
    const first = await vote(id, 'B');
    expect(first.status).toBe(200);
    await evictDurableObject(voteLedger(testEnv));
    expect((await vote(id, 'A')).status).toBe(409);
    const repeat = await vote(id, 'B');
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect(await countsFor(id)).toBeGreaterThan(0);
  });
});

describe('nothing lost when D1 fails', () => {
  it('keeps an acknowledged vote in the ledger when the D1 write fails, and applies it exactly once by alarm', async () => {
    const id = await judgedBattle();
    letTimePass();
    const before = await countsFor(id);
    const stub = voteLedger(testEnv);

    // Fault injection: from now on every D1 batch that writes (INSERT/UPDATE) fails; reads still work.
    await runInDurableObject(stub, (ledger: VoteLedger) => {
      const real = ledger.d1;
      const writes = new WeakSet<D1PreparedStatement>();
      ledger.d1 = {
        prepare(sql: string) {
          const statement = real.prepare(sql);
          if (!/^\s*(INSERT|UPDATE)/i.test(sql)) return statement;
          writes.add(statement);
          // bind() returns a new statement: remember that one as a write too.
          const bind = statement.bind.bind(statement);
          statement.bind = (...values: unknown[]) => {
            const bound = bind(...values);
            writes.add(bound);
            return bound;
          };
          return statement;
        },
        async batch(statements: D1PreparedStatement[]) {
          if (statements.some((s) => writes.has(s))) throw new Error('D1_ERROR: injected write failure');
          return real.batch(statements);
        },
      } as unknown as D1Database;
    });

    const acknowledged = await vote(id, 'A');
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.choice).toBe('A');
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM votes WHERE battle_id = ?').bind(id).first()).toEqual({ n: 0 });
    expect(await stub.pendingCount()).toBe(1);

    // While it waits: the same vote is answered the same, a different one is refused.
    expect((await vote(id, 'A')).body).toEqual(acknowledged.body);
    expect((await vote(id, 'B')).status).toBe(409);

    // An alarm while D1 still fails keeps it.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.pendingCount()).toBe(1);

    // D1 recovers: the alarm applies it once.
    await bringD1Back(stub);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.pendingCount()).toBe(0);
    const stored = await env.DB.prepare('SELECT choice, counted, response_json FROM votes WHERE battle_id = ?').bind(id).all<any>();
    expect(stored.results.length).toBe(1);
    expect(stored.results[0].choice).toBe('A');
    expect(JSON.parse(stored.results[0].response_json)).toEqual(acknowledged.body);
    expect(await countsFor(id)).toBe(before + 1);
    expect((await env.DB.prepare('SELECT status FROM battles WHERE id = ?').bind(id).first())).toEqual({ status: 'voted' });

    // Nothing left to apply: another alarm run (if any) changes nothing.
    await runDurableObjectAlarm(stub);
    expect(await countsFor(id)).toBe(before + 1);
  });

  it('answers 503 (and records nothing) when D1 is down and the ledger has nothing in memory to decide with', async () => {
    const id = await judgedBattle();
    letTimePass();
    const stub = voteLedger(testEnv);
    // As after a restart: the ledger's state (Elo, visitor counts) and the handed-over battle must come from D1.
    await evictDurableObject(stub);
    await takeD1Down(stub);
    const res = await vote(id, 'A');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('storage_unavailable');
    expect(await stub.pendingCount()).toBe(0);
    await bringD1Back(stub);
    // Nothing was acknowledged, so the visitor may simply vote again.
    expect((await vote(id, 'A')).status).toBe(200);
  });

  it('acknowledges a vote on a battle it was handed even when D1 is wholly down, and writes it once D1 is back', async () => {
    const id = await judgedBattle();
    letTimePass();
    const before = await countsFor(id);
    const stub = voteLedger(testEnv);
    await takeD1Down(stub);
    const acknowledged = await vote(id, 'B');
    expect(acknowledged.status).toBe(200);
    expect(await stub.pendingCount()).toBe(1);
    // Evicted while D1 is down: the pending vote is in the ledger's storage, and its answer comes back with it.
    await evictDurableObject(stub);
    await bringD1Back(stub);
    expect((await vote(id, 'A')).status).toBe(409);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await stub.pendingCount()).toBe(0);
    expect(await env.DB.prepare('SELECT choice FROM votes WHERE battle_id = ?').bind(id).all()).toMatchObject({ results: [{ choice: 'B' }] });
    expect(await countsFor(id)).toBe(before + 1);
  });
});

describe('votes kept by an earlier ledger', () => {
  it('adopts a vote kept under a pending: key, answers it, and writes it once with its Elo', async () => {
    const id = await judgedBattle();
    letTimePass();
    const battle = await env.DB.prepare('SELECT model_a, model_b FROM battles WHERE id = ?').bind(id).first<{ model_a: string; model_b: string }>();
    const elo = async (model: string) =>
      (await env.DB.prepare('SELECT elo FROM judge_stats WHERE model_id = ?').bind(model).first<{ elo: number }>())?.elo ?? 1000;
    const [eloA, eloB] = [await elo(battle!.model_a), await elo(battle!.model_b)];
    const before = await countsFor(id);
    const reveal = (m: string) => ({ id: m, name: m, organization: '', kind: 'offline' });
    const answer = { choice: 'B', models: { A: reveal(battle!.model_a), B: reveal(battle!.model_b) }, outcome: 'tie' };
    const stub = voteLedger(testEnv);
    // What the earlier ledger stored when D1 refused a vote: the decided vote, no Elo.
    await runInDurableObject(stub, async (ledger: VoteLedger) => {
      await (ledger as unknown as { ctx: DurableObjectState }).ctx.storage.put(`pending:${id}`, {
        voteId: crypto.randomUUID(),
        battleId: id,
        choice: 'B',
        modelA: battle!.model_a,
        modelB: battle!.model_b,
        visitorId: null,
        idempotencyKey: null,
        counted: true,
        excludedReason: null,
        receivedAt: Date.now(),
        answer,
      });
    });
    await evictDurableObject(stub);
    expect((await vote(id, 'A')).status).toBe(409);
    expect((await vote(id, 'B')).body).toEqual(answer);
    await runInDurableObject(stub, (ledger: VoteLedger) => ledger.alarm()); // waits for the write in flight
    expect(await stub.pendingCount()).toBe(0);
    expect(await env.DB.prepare('SELECT choice FROM votes WHERE battle_id = ?').bind(id).all()).toMatchObject({ results: [{ choice: 'B' }] });
    expect(await countsFor(id)).toBe(before + 1);
    const [newA, newB] = eloUpdate(eloA, eloB, 'B');
    expect(await elo(battle!.model_a)).toBeCloseTo(newA, 9);
    expect(await elo(battle!.model_b)).toBeCloseTo(newB, 9);
    await runInDurableObject(stub, async (ledger: VoteLedger) => {
      expect((await (ledger as unknown as { ctx: DurableObjectState }).ctx.storage.list({ prefix: 'pending:' })).size).toBe(0);
    });
  });
});

describe('a battle the ledger does not know', () => {
  it('is decided from D1: counted once, and a repeat is answered from the stored vote', async () => {
    const id = await judgedBattle();
    letTimePass();
    const before = await countsFor(id);
    const stub = voteLedger(testEnv);
    await evictDurableObject(stub); // the handed-over battle was only in memory
    const first = await vote(id, 'A', { 'idempotency-key': 'd1-path' });
    expect(first.status).toBe(200);
    expect(await countsFor(id)).toBe(before + 1);
    // Its answer gone from the ledger's memory too: D1's stored vote answers.
    await evictDurableObject(stub);
    const retry = await vote(id, 'B', { 'idempotency-key': 'd1-path' });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await vote(id, 'B')).status).toBe(409);
    expect(await countsFor(id)).toBe(before + 1);
  });
});

describe('consistency', () => {
  it('keeps judge Elo and pair counts equal to a replay of the counted votes in the order they were stored', async () => {
    for (let i = 0; i < 4; i++) {
      const id = await judgedBattle(`192.0.2.${60 + i}`);
      letTimePass();
      await vote(id, (['A', 'B', 'tie', 'both_bad'] as const)[i]);
    }
    const rows = await env.DB.prepare('SELECT model_a, model_b, choice FROM votes WHERE counted = 1 ORDER BY rowid').all<{
      model_a: string;
      model_b: string;
      choice: 'A' | 'B' | 'tie' | 'both_bad';
    }>();
    const elo = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const r of rows.results) {
      const [a, b] = eloUpdate(elo.get(r.model_a) ?? 1000, elo.get(r.model_b) ?? 1000, r.choice);
      elo.set(r.model_a, a);
      elo.set(r.model_b, b);
      const key = [r.model_a, r.model_b].sort().join('|');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    const stats = await env.DB.prepare('SELECT model_id, elo FROM judge_stats').all<{ model_id: string; elo: number }>();
    expect(stats.results.length).toBe(elo.size);
    for (const s of stats.results) expect(s.elo).toBeCloseTo(elo.get(s.model_id)!, 9);
    const counts = await env.DB.prepare('SELECT model_lo, model_hi, SUM(wins_lo + wins_hi + ties + both_bad) AS n FROM pair_counts GROUP BY model_lo, model_hi').all<{
      model_lo: string;
      model_hi: string;
      n: number;
    }>();
    expect(Object.fromEntries(counts.results.map((c) => [`${c.model_lo}|${c.model_hi}`, c.n]))).toEqual(Object.fromEntries(pairs));
  });
});
