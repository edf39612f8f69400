// Rounds in every judging format through the real worker and D1 with the offline baselines, then the hourly job:
// each format's slice (and a format × category slice) counts exactly the votes it came from, and the pairwise
// boards carry each judge's position bias, equal to what its stored judgments say (never the vote table).
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { verdictInVisitorOrder, type ShownOrder } from '../../src/judges/pairwise-order';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { apiJson, letTimePass, SAMPLE, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const CHOICES = ['A', 'B', 'tie', 'both_bad'] as const;

let round = 0;
/** One round from a visitor of its own network: create, stream, vote. Returns the battle id. */
async function playRound(body: Record<string, unknown>): Promise<string> {
  const headers = { 'cf-connecting-ip': `198.51.100.${100 + round}` };
  const created = await apiJson('/api/battles', { method: 'POST', json: body, headers });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.battle.id;
  const { events } = await streamEvents(id);
  expect(events.filter((e) => e.event === 'judgment')).toHaveLength(2);
  letTimePass();
  const vote = await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: CHOICES[round++ % CHOICES.length] }, headers });
  expect(vote.status).toBe(200);
  return id;
}

async function votesOfSlice(format: string | null, category: string | null) {
  const { results } = await testEnv.DB.prepare(
    `SELECT v.model_a, v.model_b FROM votes v JOIN battles b ON b.id = v.battle_id
     WHERE v.counted = 1 AND (?1 IS NULL OR b.format = ?1) AND (?2 IS NULL OR b.category = ?2)`,
  )
    .bind(format, category)
    .all<{ model_a: string; model_b: string }>();
  const perJudge: Record<string, number> = {};
  for (const r of results) for (const m of [r.model_a, r.model_b]) perJudge[m] = (perJudge[m] ?? 0) + 1;
  return { total: results.length, perJudge };
}

/** Position bias per judge straight from the judgment rows, in a category or all. */
async function biasFromJudgments(category: string | null) {
  const { results } = await testEnv.DB.prepare(
    `SELECT j.model_id, j.shown_order, j.verdict FROM judgments j JOIN battles b ON b.id = j.battle_id
     WHERE b.format = 'pairwise' AND j.status = 'complete' AND (?1 IS NULL OR b.category = ?1)`,
  )
    .bind(category)
    .all<{ model_id: string; shown_order: ShownOrder; verdict: 'first' | 'second' | 'tie' }>();
  const bias: Record<string, { verdicts: number; firstShown: number; ties: number }> = {};
  for (const r of results) {
    const b = (bias[r.model_id] ??= { verdicts: 0, firstShown: 0, ties: 0 });
    const asShown = verdictInVisitorOrder(r.verdict, r.shown_order);
    b.verdicts++;
    if (asShown === 'first') b.firstShown++;
    if (asShown === 'tie') b.ties++;
  }
  return bias;
}

const byId = (models: { id: string; votes: number }[]) => Object.fromEntries(models.map((m) => [m.id, m.votes]));

describe('slices of every format', () => {
  const pairwiseCoding = PAIRWISE_SAMPLES.filter((s) => s.category === 'coding').slice(0, 3);
  const pairwiseSafety = PAIRWISE_SAMPLES.filter((s) => s.category === 'safety').slice(0, 2);
  const binaryFactual = BINARY_SAMPLES.filter((s) => s.category === 'factual').slice(0, 2);

  beforeAll(async () => {
    for (const s of [...pairwiseCoding, ...pairwiseSafety]) await playRound({ format: 'pairwise', sampleId: s.id, input: s.input, responses: s.responses });
    await playRound({ format: 'pairwise', input: SAMPLE.input, responses: [SAMPLE.response, 'Sydney is the capital.'] });
    for (const s of binaryFactual) await playRound({ format: 'binary', sampleId: s.id, input: s.input, response: s.response, rubric: s.rubric });
    await playRound(SAMPLE);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
    await waitOnExecutionContext(ctx);
  });

  it('records each battle’s format and category, and a shown order only for pairwise judgments', async () => {
    const { results } = await testEnv.DB.prepare('SELECT format, category, count(*) AS n FROM battles GROUP BY 1, 2 ORDER BY 1, 2').all();
    expect(results).toEqual([
      { format: 'binary', category: 'factual', n: 2 },
      { format: 'likert', category: 'custom', n: 1 },
      { format: 'pairwise', category: 'coding', n: 3 },
      { format: 'pairwise', category: 'custom', n: 1 },
      { format: 'pairwise', category: 'safety', n: 2 },
    ]);
    const orders = await testEnv.DB.prepare('SELECT b.format, j.shown_order IS NOT NULL AS shown, j.verdict IS NOT NULL AS verdict, j.score IS NOT NULL AS score, count(*) AS n FROM judgments j JOIN battles b ON b.id = j.battle_id GROUP BY 1, 2, 3, 4 ORDER BY 1').all();
    expect(orders.results).toEqual([
      { format: 'binary', shown: 0, verdict: 1, score: 0, n: 4 },
      { format: 'likert', shown: 0, verdict: 0, score: 1, n: 2 },
      { format: 'pairwise', shown: 1, verdict: 1, score: 0, n: 12 },
    ]);
  });

  it('gives each format’s slice the votes it came from', async () => {
    for (const [format, category] of [['pairwise', null], ['binary', null], ['likert', null], ['pairwise', 'coding'], ['binary', 'factual'], [null, 'safety'], [null, null]] as const) {
      const query = new URLSearchParams({ ...(format ? { format } : {}), ...(category ? { category } : {}) }).toString();
      const board = await apiJson(`/api/leaderboard${query ? `?${query}` : ''}`);
      expect(board.status).toBe(200);
      expect(board.body.slice).toEqual({ format, category });
      const expected = await votesOfSlice(format, category);
      expect(expected.total, query).toBeGreaterThan(0);
      expect(board.body.totalVotes, query).toBe(expected.total);
      expect(byId(board.body.models), query).toEqual(expected.perJudge);
    }
  });

  it('reports each judge’s position bias on the pairwise boards and the overall board, from its judgments', async () => {
    for (const [path, category] of [['/api/leaderboard?format=pairwise', null], ['/api/leaderboard?format=pairwise&category=coding', 'coding'], ['/api/leaderboard', null]] as const) {
      const board = (await apiJson(path)).body;
      const expected = await biasFromJudgments(category);
      expect(Object.keys(expected).length, path).toBeGreaterThan(0);
      for (const m of board.models) {
        const e = expected[m.id];
        if (!e) {
          expect(m.positionBias, `${path} ${m.id}`).toBeNull();
          continue;
        }
        expect(m.positionBias, `${path} ${m.id}`).toEqual({
          ...e,
          firstShownShare: e.firstShown / e.verdicts,
          firstShownShareOfDecisive: e.verdicts > e.ties ? e.firstShown / (e.verdicts - e.ties) : null,
        });
      }
    }
    const binary = (await apiJson('/api/leaderboard?format=binary')).body;
    for (const m of binary.models) expect(m).not.toHaveProperty('positionBias');
  });
});
