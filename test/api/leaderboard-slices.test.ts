// Leaderboard slices through the real worker and D1: rounds in two bank categories and one custom sample, the
// hourly job, then each slice's board against the votes table it came from (never the other way round).
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { SLICE_CATEGORIES, SLICE_FORMATS } from '../../src/shared/leaderboard-slices';
import { apiJson, letTimePass, SAMPLE, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const CHOICES = ['A', 'B', 'tie', 'A', 'both_bad', 'B'] as const;

/** One round from a visitor of its own network: create, stream, vote. */
async function playRound(round: number, sample: { id?: string; input: string; response: string }) {
  const headers = { 'cf-connecting-ip': `198.51.100.${round + 10}` };
  const json = { ...(sample.id ? { sampleId: sample.id } : {}), input: sample.input, response: sample.response };
  const created = await apiJson('/api/battles', { method: 'POST', json, headers });
  expect(created.status).toBe(201);
  const id = created.body.battle.id;
  await streamEvents(id);
  letTimePass();
  const vote = await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: CHOICES[round % CHOICES.length] }, headers });
  expect(vote.status).toBe(200);
}

/** The counted votes of a slice, per judge, read from the votes table joined with the battles. */
async function votesOfSlice(format: string | null, category: string | null): Promise<{ total: number; perJudge: Record<string, number> }> {
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

const byId = (models: { id: string; votes: number }[]) => Object.fromEntries(models.map((m) => [m.id, m.votes]));

describe('leaderboard slices', () => {
  const coding = SAMPLE_BANK.filter((s) => s.category === 'coding').slice(0, 3);
  const writing = SAMPLE_BANK.filter((s) => s.category === 'writing').slice(0, 2);

  beforeAll(async () => {
    let round = 0;
    for (const s of [...coding, ...writing]) await playRound(round++, s);
    await playRound(round, SAMPLE);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
    await waitOnExecutionContext(ctx);
  });

  it('records each battle’s format and category', async () => {
    const { results } = await testEnv.DB.prepare('SELECT sample_id, format, category FROM battles').all<{ sample_id: string | null; format: string; category: string }>();
    expect(results).toHaveLength(6);
    for (const b of results) {
      expect(b.format).toBe('likert');
      expect(b.category).toBe(b.sample_id ? SAMPLE_BANK.find((s) => s.id === b.sample_id)!.category : 'custom');
    }
  });

  it('gives every slice the votes it came from, and the overall board their sum', async () => {
    const slices = [
      { format: null, category: null },
      { format: 'likert', category: null },
      { format: null, category: 'coding' },
      { format: null, category: 'writing' },
      { format: null, category: 'custom' },
      { format: 'likert', category: 'coding' },
      { format: 'likert', category: 'writing' },
    ];
    const totals: Record<string, number> = {};
    for (const slice of slices) {
      const query = new URLSearchParams(Object.entries(slice).filter((e): e is [string, string] => e[1] !== null)).toString();
      const board = await apiJson(`/api/leaderboard${query ? `?${query}` : ''}`);
      expect(board.status).toBe(200);
      expect(board.body.slice).toEqual(slice);
      const expected = await votesOfSlice(slice.format, slice.category);
      expect(expected.total).toBeGreaterThan(0);
      expect(board.body.totalVotes, query).toBe(expected.total);
      expect(byId(board.body.models), query).toEqual(expected.perJudge);
      for (const m of board.body.models) {
        // The same statistics as the overall board (a few votes: preliminary, intervals may be unbounded).
        expect(m).toMatchObject({ rating: expect.any(Number), rank: expect.any(Number), preliminary: true });
        expect(Object.keys(m)).toEqual(expect.arrayContaining(['ci', 'rankUpperBound', 'votes', 'wins', 'losses', 'ties', 'bothBad']));
      }
      const pairs = await apiJson(`/api/leaderboard/pairs${query ? `?${query}` : ''}`);
      expect(pairs.body.slice).toEqual(slice);
      expect(pairs.body.pairs.reduce((n: number, p: any) => n + p.battles, 0)).toBe(expected.total);
      totals[query] = expected.total;
    }
    expect(totals['category=coding'] + totals['category=writing'] + totals['category=custom']).toBe(totals['']);
    // Style control is the overall board's only; cost and speed (measured per judge, not per slice) are the overall board's on every slice.
    const overall = await apiJson('/api/leaderboard');
    const codingBoard = await apiJson('/api/leaderboard?category=coding');
    expect(overall.body.performanceWindow).toBeDefined();
    expect(codingBoard.body.performanceWindow).toEqual(overall.body.performanceWindow);
    for (const m of codingBoard.body.models) expect(m.performance, m.id).toEqual(overall.body.models.find((o: any) => o.id === m.id).performance);
    expect(codingBoard.body.styleControl).toBeUndefined();
  });

  it('gives a slice with no votes yet its empty document', async () => {
    const board = await apiJson('/api/leaderboard?format=pairwise&category=safety');
    expect(board.status).toBe(200);
    expect(board.body).toMatchObject({ updatedAt: null, totalVotes: 0, models: [], slice: { format: 'pairwise', category: 'safety' } });
    const pairs = await apiJson('/api/leaderboard/pairs?format=binary');
    expect(pairs.body).toMatchObject({ pairs: [], slice: { format: 'binary', category: null } });
  });

  it('answers an unknown format or category with a 400 that lists the valid values', async () => {
    for (const path of ['/api/leaderboard?format=essay', '/api/leaderboard/pairs?category=poetry', '/api/leaderboard?format=likert&category=Coding']) {
      const res = await apiJson(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('invalid_query');
      const valid = path.includes('format=essay') ? SLICE_FORMATS : SLICE_CATEGORIES;
      for (const v of valid) expect(res.body.error.message).toContain(`"${v}"`);
    }
  });
});
