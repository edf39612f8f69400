// The whole round through the real worker with offline judges (a fresh clone has no API keys).
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { letTimePass, api, apiJson, SAMPLE, streamEvents } from '../support/api';

async function judgeIdentities(): Promise<string[]> {
  const { body } = await apiJson('/api/models');
  return body.models.flatMap((m: any) => [m.id, m.name]);
}

function expectNoIdentity(text: string, identities: string[]) {
  for (const id of identities) expect(text, `pre-vote text names "${id}"`).not.toContain(id);
}

describe('a round with offline judges', () => {
  it('samples, judges, streams, votes once, reveals, and reaches the leaderboard after the cron', async () => {
    const identities = await judgeIdentities();
    expect(identities.length).toBeGreaterThan(0);

    const sample = await apiJson('/api/samples/random?reference=true');
    expect(sample.status).toBe(200);
    expect(sample.body.sample.reference).toEqual(expect.any(String));

    const created = await apiJson('/api/battles', {
      method: 'POST',
      json: { sampleId: sample.body.sample.id, input: sample.body.sample.input, response: sample.body.sample.response, reference: sample.body.sample.reference },
    });
    expect(created.status).toBe(201);
    const battle = created.body.battle;
    expect(Object.keys(battle).sort()).toEqual(['format', 'id', 'input', 'reference', 'response', 'rubric']);

    const { events, raw, res } = await streamEvents(battle.id);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const judgments = events.filter((e) => e.event === 'judgment');
    expect(judgments.map((j) => j.data.judge).sort()).toEqual(['A', 'B']);
    for (const j of judgments) {
      expect(j.data.score).toBeGreaterThanOrEqual(1);
      expect(j.data.score).toBeLessThanOrEqual(5);
      expect(j.data.critique.length).toBeGreaterThan(10);
    }
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(1);
    expect(events.at(-1)!.event).toBe('done');

    // Nothing before the vote names a judge: bodies, the stream, headers.
    const before = await apiJson(`/api/battles/${battle.id}`);
    expect(before.body.battle.status).toBe('judged');
    expect(before.body.battle.vote).toBeUndefined();
    const headers = [...res.headers, ...before.res.headers, ...created.res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    expectNoIdentity(JSON.stringify(created.body) + raw + JSON.stringify(before.body) + headers, identities);

    letTimePass();
    const vote = await apiJson(`/api/battles/${battle.id}/vote`, { method: 'POST', json: { choice: 'A' } });
    expect(vote.status).toBe(200);
    expect(vote.body.choice).toBe('A');
    expect(vote.body.models.A.id).not.toBe(vote.body.models.B.id);
    expect(vote.body.models.A.kind).toBe('offline');
    expect(['favourite', 'underdog']).toContain(vote.body.outcome);

    const second = await apiJson(`/api/battles/${battle.id}/vote`, { method: 'POST', json: { choice: 'B' } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('already_voted');
    const retried = await apiJson(`/api/battles/${battle.id}/vote`, { method: 'POST', json: { choice: 'A' } });
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(vote.body);

    const after = await apiJson(`/api/battles/${battle.id}`);
    expect(after.body.battle.vote).toEqual(vote.body);

    const counted = await env.DB.prepare('SELECT counted, excluded_reason FROM votes WHERE battle_id = ?').bind(battle.id).first();
    expect(counted).toEqual({ counted: 1, excluded_reason: null });

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), env as Env, ctx);
    await waitOnExecutionContext(ctx);
    const board = await apiJson('/api/leaderboard');
    expect(board.res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(board.body.updatedAt).toEqual(expect.any(String));
    const ids = board.body.models.map((m: any) => m.id);
    expect(ids).toEqual(expect.arrayContaining([vote.body.models.A.id, vote.body.models.B.id]));
    for (const m of board.body.models) {
      expect(m).toMatchObject({ kind: 'offline', preliminary: true });
      expect(m.votes).toBeGreaterThanOrEqual(1);
    }
  });

  it('replays a finished battle to a second client', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: SAMPLE });
    const first = await streamEvents(body.battle.id);
    const second = await streamEvents(body.battle.id);
    const final = (events: typeof first.events) =>
      events.filter((e) => e.event === 'judgment').sort((a, b) => a.data.judge.localeCompare(b.data.judge)).map((e) => e.data);
    expect(final(second.events)).toEqual(final(first.events));
    const text = (events: typeof first.events, judge: string) =>
      events.filter((e) => e.event === 'delta' && e.data.judge === judge).map((e) => e.data.text).join('');
    expect(text(second.events, 'A')).toBe(text(first.events, 'A'));
  });

  it('regenerates: same sample and rubric, a new battle', async () => {
    const rubric = { criteria: 'Is it concise?', scores: ['1: rambling', '2', '3', '4', '5: crisp'] };
    const { body } = await apiJson('/api/battles', { method: 'POST', json: { ...SAMPLE, rubric } });
    const regen = await apiJson(`/api/battles/${body.battle.id}/regenerate`, { method: 'POST' });
    expect(regen.status).toBe(201);
    expect(regen.body.battle.id).not.toBe(body.battle.id);
    expect(regen.body.battle).toMatchObject({ input: SAMPLE.input, response: SAMPLE.response, rubric });
  });

  it('regenerates a bank sample\'s battle as that sample: the parent\'s sample id and category are kept', async () => {
    const { body: drawn } = await apiJson('/api/samples/random');
    const { sample } = drawn;
    const { body } = await apiJson('/api/battles', { method: 'POST', json: { sampleId: sample.id, input: sample.input, response: sample.response } });
    const regen = await apiJson(`/api/battles/${body.battle.id}/regenerate`, { method: 'POST' });
    expect(regen.status).toBe(201);
    const rows = await env.DB.prepare('SELECT id, sample_id, category FROM battles WHERE id IN (?, ?)').bind(body.battle.id, regen.body.battle.id).all();
    expect(rows.results).toHaveLength(2);
    for (const row of rows.results) expect(row).toMatchObject({ sample_id: sample.id, category: sample.category });
  });

  it('refuses a vote before the judgments are complete, and on unknown battles', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: SAMPLE });
    const early = await apiJson(`/api/battles/${body.battle.id}/vote`, { method: 'POST', json: { choice: 'tie' } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('judgments_incomplete');
    const unknown = await apiJson(`/api/battles/${crypto.randomUUID()}/vote`, { method: 'POST', json: { choice: 'tie' } });
    expect(unknown.status).toBe(404);
  });

  it('lets exactly one of many concurrent different votes win', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: SAMPLE });
    await streamEvents(body.battle.id);
    letTimePass();
    const choices = ['A', 'B', 'tie', 'both_bad', 'A', 'B', 'tie', 'both_bad'];
    const results = await Promise.all(
      choices.map((choice) => apiJson(`/api/battles/${body.battle.id}/vote`, { method: 'POST', json: { choice } })),
    );
    const winners = results.filter((r) => r.status === 200);
    const winningChoice = winners[0].body.choice;
    expect(winners.every((w) => w.body.choice === winningChoice)).toBe(true);
    expect(winners.length).toBe(choices.filter((c) => c === winningChoice).length);
    expect(results.filter((r) => r.status === 409).length).toBe(choices.length - winners.length);
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM votes WHERE battle_id = ?').bind(body.battle.id).first();
    expect(stored).toEqual({ n: 1 });
  });

  it('leaderboard before any refresh says so plainly', async () => {
    await env.LEADERBOARD_KV.delete('leaderboard:v1');
    const res = await api('/api/leaderboard');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ schemaVersion: 2, updatedAt: null, totalVotes: 0, models: [], slice: { format: null, category: null } });
  });
});
