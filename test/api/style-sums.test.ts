// Style control's moments are written with the counted vote, in the ledger's one atomic batch: a counted vote
// adds its battle's style to pair_style_sums, an uncounted one does not, and a batch that fails leaves neither
// the vote nor its counts nor its style behind until the ledger writes it whole, once.
import { evictDurableObject, runDurableObjectAlarm } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { refreshLeaderboard } from '../../src/leaderboard/refresh-leaderboard';
import { STYLE_FEATURES, STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS } from '../../src/ranking/style-sums';
import { voteLedger } from '../../src/votes/cast-vote';
import { styleOfBattle } from '../../src/votes/style-features';
import { apiJson, letTimePass, SAMPLE, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const CRITIQUES = ['## Verdict\n- **Wrong** total.\n- Missing units.', 'Fine answer; the arithmetic checks out and the tone fits the question.'];
const SCORES = [2, 4];

/** Judge ids unique to one test; `b` sorts before `a`, so the stored orientation flips the features. */
function judges() {
  const tag = crypto.randomUUID().slice(0, 8);
  return { a: `zz-style-${tag}`, b: `aa-style-${tag}` };
}

async function handOverAndVote(modelA: string, modelB: string, choice: 'A' | 'B' | 'tie', judgedAgoMs: number) {
  const ledger = voteLedger(testEnv);
  const battleId = crypto.randomUUID();
  const now = Date.now();
  await ledger.rememberBattle(battleId, { modelA, modelB, createdAt: now - 60_000, judgedAt: now - judgedAgoMs, critiques: CRITIQUES, scores: SCORES });
  const result = await ledger.recordVote({ battleId, choice, visitorId: `v-${battleId}`, idempotencyKey: null, receivedAt: now });
  expect(result.ok).toBe(true);
  return battleId;
}

async function styleRows(lo: string, hi: string) {
  const { results } = await env.DB.prepare('SELECT * FROM pair_style_sums WHERE model_lo = ? AND model_hi = ? ORDER BY outcome').bind(lo, hi).all<Record<string, number | string>>();
  return results;
}

async function pairVotes(lo: string, hi: string) {
  const row = await env.DB.prepare('SELECT SUM(wins_lo + wins_hi + ties + both_bad) AS n FROM pair_counts WHERE model_lo = ? AND model_hi = ?').bind(lo, hi).first<{ n: number }>();
  return row?.n ?? 0;
}

describe('style moments in the vote batch', () => {
  it('adds a counted vote’s style, oriented lo − hi, to its pair and outcome', async () => {
    const { a, b } = judges();
    await handOverAndVote(a, b, 'A', 30_000); // A (= hi) wins
    await handOverAndVote(a, b, 'A', 30_000);
    await handOverAndVote(a, b, 'tie', 30_000);
    const x = styleOfBattle(CRITIQUES, SCORES).map((v) => -v); // lo is b
    const rows = await styleRows(b, a);
    expect(rows.map((r) => [r.outcome, r.votes])).toEqual([
      ['draw', 1],
      ['hi', 2],
    ]);
    const hi = rows[1];
    STYLE_SUM_COLUMNS.forEach((column, f) => expect(hi[column], column).toBeCloseTo(2 * x[f], 12));
    expect(hi.xx_length_score).toBeCloseTo(2 * x[0] * x[4], 12);
    expect(hi.xx_score_score).toBeCloseTo(2 * 4, 12); // score difference 2 − 4, squared
    expect(Object.keys(hi)).toEqual(expect.arrayContaining(STYLE_PRODUCT_COLUMNS));
    expect(await pairVotes(b, a)).toBe(3);
  });

  it('adds nothing for a vote that is stored but not counted', async () => {
    const { a, b } = judges();
    const battleId = await handOverAndVote(a, b, 'B', 0); // too fast after the judgments
    const stored = await env.DB.prepare('SELECT counted, excluded_reason FROM votes WHERE battle_id = ?').bind(battleId).first();
    expect(stored).toEqual({ counted: 0, excluded_reason: 'too_fast' });
    expect(await styleRows(b, a)).toEqual([]);
    expect(await pairVotes(b, a)).toBe(0);
  });

  it('is in the same atomic batch: when the style write fails nothing of the vote lands, and later all of it once', async () => {
    const { a, b } = judges();
    // The style upsert itself fails inside D1, after the vote, its counts and stats were written in the batch.
    await env.DB.prepare(
      `CREATE TRIGGER fail_style_${a.slice(-8)} BEFORE INSERT ON pair_style_sums WHEN NEW.model_lo = '${b}' BEGIN SELECT RAISE(ABORT, 'injected style failure'); END`,
    ).run();
    const battleId = await handOverAndVote(a, b, 'B', 30_000);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM votes WHERE battle_id = ?').bind(battleId).first()).toEqual({ n: 0 });
    expect(await pairVotes(b, a)).toBe(0);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM judge_stats WHERE model_id = ?').bind(a).first()).toEqual({ n: 0 });
    expect(await styleRows(b, a)).toEqual([]);
    const ledger = voteLedger(testEnv);
    expect(await ledger.pendingCount()).toBeGreaterThanOrEqual(1); // acknowledged, kept by the ledger

    await env.DB.prepare(`DROP TRIGGER fail_style_${a.slice(-8)}`).run();
    expect(await runDurableObjectAlarm(ledger)).toBe(true);
    expect(await ledger.pendingCount()).toBe(0);
    expect(await pairVotes(b, a)).toBe(1);
    expect((await styleRows(b, a)).map((r) => [r.outcome, r.votes])).toEqual([['lo', 1]]);
    await runDurableObjectAlarm(ledger);
    expect((await styleRows(b, a)).map((r) => r.votes)).toEqual([1]);
  });

  it('feeds the hourly leaderboard: style-controlled standings and the coefficients', async () => {
    const { a, b } = judges();
    for (const choice of ['A', 'B', 'A', 'tie'] as const) await handOverAndVote(a, b, choice, 30_000);
    const leaderboard = await refreshLeaderboard(testEnv);
    const { votes } = (await env.DB.prepare('SELECT SUM(votes) AS votes FROM pair_style_sums').first<{ votes: number }>())!;
    expect(leaderboard.styleControl?.votes).toBe(votes);
    expect(leaderboard.styleControl?.features.map((f) => f.name)).toEqual([...STYLE_FEATURES]);
    const entry = leaderboard.models.find((m) => m.id === a)!;
    expect(entry.styleControlled).toMatchObject({ rank: expect.any(Number) });
    expect(entry.styleControlled!.rating).toEqual(expect.any(Number));
  });

  it('computes the style of a battle read back from D1 the same way, from its stored critiques and scores', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: { ...SAMPLE, input: `style ${crypto.randomUUID()}` } });
    const id = body.battle.id as string;
    await streamEvents(id);
    letTimePass();
    await evictDurableObject(voteLedger(testEnv)); // the handed-over battle was only in the ledger's memory
    const battle = (await env.DB.prepare('SELECT model_a, model_b FROM battles WHERE id = ?').bind(id).first<{ model_a: string; model_b: string }>())!;
    const [lo, hi] = [battle.model_a, battle.model_b].sort();
    const before = await styleRows(lo, hi);
    expect((await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'B' } })).status).toBe(200);
    const judged = (await env.DB.prepare('SELECT critique, score FROM judgments WHERE battle_id = ? ORDER BY position').bind(id).all<{ critique: string; score: number }>()).results;
    const x = styleOfBattle(judged.map((j) => j.critique), judged.map((j) => j.score));
    const sign = battle.model_a === lo ? 1 : -1;
    const outcome = battle.model_b === lo ? 'lo' : 'hi';
    const row = (await styleRows(lo, hi)).find((r) => r.outcome === outcome)!;
    const previous = before.find((r) => r.outcome === outcome);
    expect(row.votes).toBe(((previous?.votes as number) ?? 0) + 1);
    STYLE_SUM_COLUMNS.forEach((column, f) => expect(row[column] as number, column).toBeCloseTo(((previous?.[column] as number) ?? 0) + sign * x[f], 9));
  });
});
