// The document and the worker cannot drift: GET /api/openapi.json serves the document generated from the route
// table, and what the worker really answers on each route matches the schema the table gives for that status
// (parsing keeps every field: a field the schema does not know would be stripped and fail the comparison).
// Needs web/dist/openapi.json (npm run build:web, which `npm test` runs first).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import * as z from '../../src/shared/zod';
import { API_ROUTES } from '../../src/openapi/api-routes';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document';
import { apiErrorBodySchema, battleEventSchema } from '../../src/shared/response-schemas';
import { letTimePass, SAMPLE } from '../support/api';
import { fetchWith, streamWith } from '../support/app-with-env';

const TOKEN = 'openapi-admin-token';
const testEnv = { ...(env as unknown as Env), ADMIN_TOKEN: TOKEN, BOOTSTRAP_ROUNDS: '50' } as Env;
const admin = { authorization: `Bearer ${TOKEN}` };

function schemaOf(method: 'get' | 'post', path: string, status: number): z.ZodMiniType {
  const route = API_ROUTES.find((r) => r.method === method && r.path === path);
  const answer = route?.ok[status];
  if (!answer) throw new Error(`no ${status} answer for ${method} ${path} in the route table`);
  return answer.schema;
}

/** Asserts the answer matches the table's schema for this route and status, field for field. */
function expectConforms(method: 'get' | 'post', path: string, status: number, body: unknown) {
  const parsed = schemaOf(method, path, status).safeParse(body);
  expect(parsed.error?.issues ?? [], `${method} ${path}`).toEqual([]);
  expect(parsed.data, `${method} ${path} has fields its schema lacks`).toEqual(body);
}

async function call(method: 'get' | 'post', tablePath: string, url: string, init: { json?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetchWith(testEnv, url, { method: method.toUpperCase(), ...init });
  return { status: res.status, body: res.text ? (res.headers.get('content-type')?.includes('ndjson') ? res.text : res.json()) : null, tablePath };
}

describe('served answers and the document', () => {
  it('serves the document generated from the route table', async () => {
    const res = await fetchWith(testEnv, '/api/openapi.json');
    expect(res.status, res.text.slice(0, 200)).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('answers each route as its schema says', async () => {
    for (const path of ['/api/health', '/api/config', '/api/models', '/api/status', '/api/leaderboard', '/api/leaderboard/pairs']) {
      const { status, body } = await call('get', path, path);
      expect(status, path).toBe(200);
      expectConforms('get', path, 200, body);
    }
    const sample = await call('get', '/api/samples/random', '/api/samples/random?reference=true');
    expectConforms('get', '/api/samples/random', 200, sample.body);

    const created = await call('post', '/api/battles', '/api/battles', { json: SAMPLE });
    expect(created.status).toBe(201);
    expectConforms('post', '/api/battles', 201, created.body);
    const id = (created.body as { battle: { id: string } }).battle.id;
    const stream = await streamWith(testEnv, id);
    expect(stream.events.length).toBeGreaterThan(2);
    for (const event of stream.events) {
      const parsed = battleEventSchema.parse({ type: event.event, ...event.data });
      expect(parsed).toEqual({ type: event.event, ...event.data });
    }
    const judged = await call('get', '/api/battles/:id', `/api/battles/${id}`);
    expectConforms('get', '/api/battles/:id', 200, judged.body);
    letTimePass();
    const voted = await call('post', '/api/battles/:id/vote', `/api/battles/${id}/vote`, { json: { choice: 'A' } });
    expectConforms('post', '/api/battles/:id/vote', 200, voted.body);
    expectConforms('get', '/api/battles/:id', 200, (await call('get', '/api/battles/:id', `/api/battles/${id}`)).body);
    const regenerated = await call('post', '/api/battles/:id/regenerate', `/api/battles/${id}/regenerate`);
    expect(regenerated.status).toBe(201);
    expectConforms('post', '/api/battles/:id/regenerate', 201, regenerated.body);

    const refreshed = await call('post', '/api/admin/leaderboard/refresh', '/api/admin/leaderboard/refresh', { headers: admin });
    expectConforms('post', '/api/admin/leaderboard/refresh', 200, refreshed.body);
    const board = (await call('get', '/api/leaderboard', '/api/leaderboard')).body as { models: { id: string }[] };
    expectConforms('get', '/api/leaderboard', 200, board);
    const judgeDocument = await call('get', '/api/leaderboard/judges/:id', `/api/leaderboard/judges/${board.models[0].id}`);
    expect(judgeDocument.status).toBe(200);
    expectConforms('get', '/api/leaderboard/judges/:id', 200, judgeDocument.body);
    const judge = (((await call('get', '/api/models', '/api/models')).body) as { models: { id: string }[] }).models[0].id;
    const benched = await call('post', '/api/admin/judges/:id/bench', `/api/admin/judges/${judge}/bench`, { json: { minutes: 0 }, headers: admin });
    expectConforms('post', '/api/admin/judges/:id/bench', 200, benched.body);

    letTimePass(); // past the admin export's settling minute
    const exported = await call('get', '/api/admin/votes/export', '/api/admin/votes/export', { headers: admin });
    const lines = (exported.body as string).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectConforms('get', '/api/admin/votes/export', 200, line);
  });

  it('answers errors in the documented error shape', async () => {
    for (const [method, url] of [['GET', '/api/battles/not-a-uuid'], ['GET', '/api/votes/export?limit=0'], ['GET', '/api/leaderboard/judges/nobody'], ['POST', '/api/admin/leaderboard/refresh'], ['GET', '/api/nowhere']]) {
      const res = await fetchWith(testEnv, url, { method });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(z.strictObject(apiErrorBodySchema.shape).safeParse(res.json()).success, url).toBe(true);
    }
  });
});
