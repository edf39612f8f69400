// The API's answers match the zod schemas in src/shared/response-schemas.ts, from which the types the website
// uses are inferred. Parsing strips unknown keys, so `parse(body)` equal to `body` also means "no extra field".
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type * as z from '../../src/shared/zod';
import worker from '../../src/index';
import * as boards from '../../src/shared/leaderboard-schemas';
import * as shapes from '../../src/shared/response-schemas';
import { api, apiJson, letTimePass, SAMPLE, streamEvents } from '../support/api';

function expectShape(schema: z.ZodMiniType, body: unknown) {
  const result = schema.safeParse(body);
  expect(result.error?.issues ?? []).toEqual([]);
  expect(result.data).toEqual(body);
}

describe('API answers match the shared response schemas', () => {
  it('for a whole round: config, models, sample, battle, stream events, details, vote, leaderboard, pairs, errors', async () => {
    const headers = { 'cf-connecting-ip': '198.51.100.160' };
    expectShape(shapes.siteConfigSchema, (await apiJson('/api/config')).body);
    for (const model of (await apiJson('/api/models')).body.models) expectShape(shapes.modelInfoSchema, model);
    expectShape(shapes.publicSampleSchema, (await apiJson('/api/samples/random?reference=true')).body.sample);

    const created = await apiJson('/api/battles', { method: 'POST', json: { ...SAMPLE, reference: 'Canberra.' }, headers });
    expect(created.status).toBe(201);
    expectShape(shapes.publicBattleSchema, created.body.battle);
    const id = created.body.battle.id;

    const { events } = await streamEvents(id);
    expect(events.map((e) => e.event)).toContain('judgment');
    for (const { event, data } of events) expectShape(shapes.battleEventSchema, { type: event, ...data });

    expectShape(shapes.battleDetailsSchema, (await apiJson(`/api/battles/${id}`)).body.battle);
    letTimePass();
    const vote = await apiJson(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'tie' }, headers });
    expect(vote.status).toBe(200);
    expectShape(shapes.voteAnswerSchema, vote.body);
    expectShape(shapes.battleDetailsSchema, (await apiJson(`/api/battles/${id}`)).body.battle);

    const ctx = createExecutionContext();
    await worker.scheduled!(createScheduledController({ cron: '0 * * * *' }), env as unknown as Env, ctx);
    await waitOnExecutionContext(ctx);
    const board = (await apiJson('/api/leaderboard')).body;
    expect(board.models.length).toBeGreaterThan(0);
    expectShape(boards.leaderboardSchema, board);
    expectShape(boards.pairsDocumentSchema, (await apiJson('/api/leaderboard/pairs')).body);

    const error = await api('/api/battles/not-a-uuid');
    expectShape(shapes.apiErrorBodySchema, await error.json());
  });
});
