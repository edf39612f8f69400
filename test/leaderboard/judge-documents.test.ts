// One document per judge (GET /api/leaderboard/judges/:id), written by the hourly job: after rounds in two formats
// and three categories through the real worker and D1, each judge's document says what the boards and the pairs
// document say about it (overall and on every slice), and its record adds up to the counted votes in D1.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { JUDGE_DOCUMENTS_KEY } from '../../src/leaderboard/judge-document-store';
import { judgeDocumentSchema, type JudgeDocument } from '../../src/shared/judge-document-schemas';
import { allSlices } from '../../src/shared/leaderboard-slices';
import { apiJson, letTimePass, SAMPLE, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const CHOICES = ['A', 'B', 'tie', 'A', 'both_bad', 'B', 'A'] as const;

let round = 0;
/** One round from a visitor of its own network: create, stream, vote. */
async function playRound(body: Record<string, unknown>) {
  const headers = { 'cf-connecting-ip': `198.51.100.${150 + round}` };
  const created = await apiJson('/api/battles', { method: 'POST', json: body, headers });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.battle.id;
  await streamEvents(id);
  letTimePass();
  const vote = await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: CHOICES[round++ % CHOICES.length] }, headers });
  expect(vote.status).toBe(200);
}

/** The hourly job, as the cron runs it. */
async function refresh() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
  await waitOnExecutionContext(ctx);
}

const sliceQuery = (slice: { format: string | null; category: string | null }) => {
  const query = new URLSearchParams({ ...(slice.format ? { format: slice.format } : {}), ...(slice.category ? { category: slice.category } : {}) }).toString();
  return query ? `?${query}` : '';
};

describe('judge documents', () => {
  const documents = new Map<string, JudgeDocument>();
  let overall: any;

  beforeAll(async () => {
    for (const s of SAMPLE_BANK.filter((b) => b.category === 'coding').slice(0, 3)) await playRound({ sampleId: s.id, input: s.input, response: s.response });
    for (const s of SAMPLE_BANK.filter((b) => b.category === 'writing').slice(0, 2)) await playRound({ sampleId: s.id, input: s.input, response: s.response });
    for (const s of PAIRWISE_SAMPLES.filter((b) => b.category === 'coding').slice(0, 2)) await playRound({ format: 'pairwise', sampleId: s.id, input: s.input, responses: s.responses });
    await playRound(SAMPLE);
    await refresh();
    overall = (await apiJson('/api/leaderboard')).body;
    for (const m of overall.models) {
      const res = await apiJson(`/api/leaderboard/judges/${encodeURIComponent(m.id)}`);
      expect(res.status, m.id).toBe(200);
      expect(res.res.headers.get('Cache-Control')).toBe('public, max-age=60');
      documents.set(m.id, judgeDocumentSchema.parse(res.body));
    }
  });

  it('writes one document per judge on the overall board, with its overall entry as the board has it', async () => {
    expect(overall.models.length).toBeGreaterThanOrEqual(2);
    expect(documents.size).toBe(overall.models.length);
    for (const m of overall.models) {
      const d = documents.get(m.id)!;
      expect(d.judge).toEqual(m);
      expect(d.judge.performance).toBeDefined();
      expect(d).toMatchObject({ updatedAt: overall.updatedAt, totalVotes: overall.totalVotes, schemaVersion: overall.schemaVersion });
    }
  });

  it('gives each judge its standing on every slice board it is on, with that board’s own figures', async () => {
    let standings = 0;
    for (const slice of allSlices()) {
      const board = (await apiJson(`/api/leaderboard${sliceQuery(slice)}`)).body;
      for (const [id, d] of documents) {
        const standing = d.slices.find((s) => s.slice.format === slice.format && s.slice.category === slice.category);
        const entry = board.models.find((m: { id: string }) => m.id === id);
        if (!entry) {
          expect(standing, `${id} ${sliceQuery(slice)}`).toBeUndefined();
          continue;
        }
        standings++;
        const { rating, ci, rank, rankUpperBound, votes, wins, losses, ties, bothBad, preliminary, positionBias } = entry;
        expect(standing, `${id} ${sliceQuery(slice)}`).toEqual({
          slice,
          sliceVotes: board.totalVotes,
          sliceJudges: board.models.length,
          ...{ rating, ci, rank, rankUpperBound, votes, wins, losses, ties, bothBad, preliminary },
          ...(positionBias !== undefined ? { positionBias } : {}),
        });
      }
    }
    // Formats, categories and format × category slices all appear (likert and pairwise; coding, writing, custom).
    expect(standings).toBe([...documents.values()].reduce((n, d) => n + d.slices.length, 0));
    const kinds = new Set([...documents.values()].flatMap((d) => d.slices.map((s) => `${s.slice.format !== null}${s.slice.category !== null}`)));
    expect(kinds).toEqual(new Set(['truefalse', 'falsetrue', 'truetrue']));
    const categories = new Set([...documents.values()].flatMap((d) => d.slices.map((s) => s.slice.category)));
    expect(categories).toEqual(new Set([null, 'coding', 'writing', 'custom']));
    expect([...documents.values()].some((d) => d.slices.some((s) => s.positionBias !== undefined))).toBe(true);
  });

  it('gives each judge its record against each opponent: the pairs document from its side, adding up to the counted votes', async () => {
    const pairs = (await apiJson('/api/leaderboard/pairs')).body.pairs as any[];
    const { results: votes } = await testEnv.DB.prepare('SELECT model_a, model_b FROM votes WHERE counted = 1').all<{ model_a: string; model_b: string }>();
    for (const [id, d] of documents) {
      const mine = pairs.filter((p) => p.a === id || p.b === id);
      expect(d.record.map((r) => r.opponent).sort()).toEqual(mine.map((p) => (p.a === id ? p.b : p.a)).sort());
      for (const r of d.record) {
        const p = mine.find((q) => q.a === r.opponent || q.b === r.opponent);
        const isA = p.a === id;
        expect(r).toEqual({
          opponent: r.opponent,
          opponentName: isA ? p.nameB : p.nameA,
          battles: p.battles,
          wins: isA ? p.winsA : p.winsB,
          losses: isA ? p.winsB : p.winsA,
          ties: p.ties,
          bothBad: p.bothBad,
          observedWinRate: isA ? p.observedWinRateA : 1 - p.observedWinRateA,
          predictedWinRate: isA ? p.predictedWinRateA : 1 - p.predictedWinRateA,
        });
        const met = votes.filter((v) => [v.model_a, v.model_b].sort().join() === [id, r.opponent].sort().join()).length;
        expect(r.battles).toBe(met);
      }
      expect(d.record.reduce((n, r) => n + r.battles, 0)).toBe(d.judge.votes);
      expect(d.record.map((r) => r.battles)).toEqual(d.record.map((r) => r.battles).sort((x, y) => y - x));
    }
  });

  it('writes every judge’s document in one KV value (one write an hour), and nothing for a judge off the board', async () => {
    const { keys } = await testEnv.LEADERBOARD_KV.list({ prefix: 'leaderboard-judge' });
    expect(keys.map((k) => k.name)).toEqual([JUDGE_DOCUMENTS_KEY]);
    const stored = (await testEnv.LEADERBOARD_KV.get(JUDGE_DOCUMENTS_KEY, 'json')) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual([...documents.keys()].sort());
    for (const [id, d] of documents) expect(stored[id]).toEqual(d);
  });

  it('serves the next refresh\'s document once KV holds it, not the value this isolate read before', async () => {
    await playRound(SAMPLE);
    await refresh();
    const board = (await apiJson('/api/leaderboard')).body;
    expect(board.totalVotes).toBe(overall.totalVotes + 1);
    for (const m of board.models) {
      const d = judgeDocumentSchema.parse((await apiJson(`/api/leaderboard/judges/${encodeURIComponent(m.id)}`)).body);
      expect(d.judge).toEqual(m);
      expect(d).toMatchObject({ updatedAt: board.updatedAt, totalVotes: board.totalVotes });
    }
  });

  it('answers 404 unknown_judge for an id that is not on the board, or too long to be one', async () => {
    for (const id of ['no-such-judge', 'x'.repeat(101)]) {
      const res = await apiJson(`/api/leaderboard/judges/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('unknown_judge');
      expect(res.body.error.message).toMatch(/GET \/api\/leaderboard lists them/);
    }
    expect((await apiJson('/api/leaderboard/judges/no-such-judge')).body.error.message).toContain('"no-such-judge"');
  });
});
