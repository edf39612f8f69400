// The OpenAPI document describes exactly the API the app serves: every route of the Hono app (walked through
// app.routes) is in the document and every path in the document is served; it is a valid OpenAPI 3.1 document
// (checked by a standard validator against the official schema); each route's validators use the very zod schemas
// its entry names (so the document cannot describe other rules than those applied); and it carries the error shape, the admin
// security scheme, the SSE events and the export's NDJSON lines.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { API_ROUTES } from '../../src/openapi/api-routes';
import { buildOpenApiDocument, openApiPath } from '../../src/openapi/openapi-document';

const document = buildOpenApiDocument();
type Operation = { security?: unknown; responses: Record<string, any>; parameters?: { name: string; in: string }[]; requestBody?: any };
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, op: op as Operation })),
);

describe('the OpenAPI document', () => {
  it('lists every route the app serves, and only those', () => {
    const served = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL') // middleware (security headers, body limit, admin auth)
        .map((r) => `${r.method} ${openApiPath(r.path)}`),
    );
    const documented = new Set(operations.map((o) => o.key));
    expect([...served].filter((r) => !documented.has(r)), 'served but not documented').toEqual([]);
    expect([...documented].filter((r) => !served.has(r)), 'documented but not served').toEqual([]);
    expect(served.size).toBe(API_ROUTES.length);
  });

  it('describes each route with the very schemas its validators use', () => {
    type Tagged = { validates?: { target: 'json' | 'query' | 'param'; schema: unknown } };
    const used = new Map<string, Partial<Record<'json' | 'query' | 'param', unknown>>>();
    for (const r of createApp().routes) {
      const tag = (r.handler as Tagged).validates;
      if (!tag || r.method === 'ALL') continue;
      const key = `${r.method.toLowerCase()} ${r.path}`;
      used.set(key, { ...used.get(key), [tag.target]: tag.schema });
    }
    expect(used.size).toBeGreaterThan(5);
    for (const route of API_ROUTES) {
      const validators = used.get(`${route.method} ${route.path}`) ?? {};
      const key = `${route.method} ${route.path}`;
      expect(validators.json === route.body, `${key}: body schema`).toBe(true);
      expect(validators.query === route.query, `${key}: query schema`).toBe(true);
      // A path parameter is documented even where the route checks it by hand (a judge id against the registry).
      if (validators.param !== undefined) expect(validators.param === route.params, `${key}: path schema`).toBe(true);
    }
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('answers every error with the error shape, and guards admin routes with the bearer scheme', () => {
    expect(document.components.schemas.Error).toMatchObject({
      type: 'object',
      properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
    });
    expect(document.components.securitySchemes.adminBearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { key, path, op } of operations) {
      for (const [status, answer] of Object.entries(op.responses)) {
        if (status === 'default' || Number(status) >= 400) expect(answer.content['application/json'].schema, `${key} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
      }
      const admin = path.startsWith('/api/admin/');
      expect(op.security, key).toEqual(admin ? [{ adminBearer: [] }] : undefined);
      if (admin) expect(op.responses['401'], key).toBeDefined();
      // Path parameters are declared for every {name} in the path.
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name), key).toEqual(names);
    }
  });

  it('describes requests as the validators accept them', () => {
    const create = document.paths['/api/battles'].post as Operation;
    // One strict object per format: likert (format optional) and binary take `response`, pairwise `responses`.
    const formats = create.requestBody.content['application/json'].schema.oneOf as any[];
    expect(formats.map((f) => f.required)).toEqual([['input', 'response'], ['format', 'input', 'response'], ['format', 'input', 'responses']]);
    expect(formats.map((f) => f.properties.format.const)).toEqual(['likert', 'binary', 'pairwise']);
    for (const body of formats) {
      expect(body.additionalProperties).toBe(false);
      expect(body.properties.input).toMatchObject({ type: 'string', minLength: 1, maxLength: 10_000 });
    }
    expect(formats[1].properties.rubric.required).toEqual(['criteria', 'pass', 'fail']);
    expect(formats[2].properties.responses).toMatchObject({ type: 'array', minItems: 2, maxItems: 2 });
    const sampleQuery = (document.paths['/api/samples/random'].get as Operation).parameters!;
    expect(sampleQuery.find((p) => p.name === 'format')).toMatchObject({ in: 'query', schema: { enum: ['likert', 'binary', 'pairwise'] } });
    const vote = document.paths['/api/battles/{id}/vote'].post as Operation;
    expect(vote.requestBody.content['application/json'].schema.properties.choice.enum).toEqual(['A', 'B', 'tie', 'both_bad']);
    const exportQuery = (document.paths['/api/votes/export'].get as Operation).parameters!;
    expect(exportQuery.map((p) => `${p.in}:${p.name}`)).toEqual(['query:cursor', 'query:limit']);
  });

  it('gives the stream\'s event types and the export\'s line shape', () => {
    const stream = (document.paths['/api/battles/{id}/stream'].get as Operation).responses['200'];
    expect(Object.keys(stream['x-sse-events'])).toEqual(['delta', 'reasoning', 'judgment', 'judge_error', 'done']);
    // One judgment shape per format: likert's score, binary's and pairwise's verdict (pairwise with the order its judge read).
    const judgments = stream['x-sse-events'].judgment.oneOf as any[];
    expect(judgments.map((j) => j.required)).toEqual([['judge', 'critique', 'score'], ['judge', 'critique', 'verdict'], ['judge', 'critique', 'verdict', 'shownOrder']]);
    expect(judgments[2].properties.shownOrder.enum).toEqual(['as_shown', 'swapped']);
    expect(judgments.map((j) => j.properties.verdict?.enum)).toEqual([undefined, ['pass', 'fail'], ['first', 'second', 'tie']]);
    const events = stream.content['text/event-stream'].schema.oneOf ?? stream.content['text/event-stream'].schema.anyOf;
    expect(events).toHaveLength(7);
    const line = (document.paths['/api/votes/export'].get as Operation).responses['200'].content['application/x-ndjson'].schema;
    expect(line.properties.winner.enum).toEqual(['model_a', 'model_b', 'tie', 'tie (bothbad)']);
    expect(line.properties).not.toHaveProperty('counted');
    expect(line.properties.format.enum).toEqual(['likert', 'binary', 'pairwise']);
    expect(Object.keys(line.properties.judge_a.properties)).toEqual(['score', 'verdict', 'critique', 'reasoning', 'shown_order']);
    const adminLine = (document.paths['/api/admin/votes/export'].get as Operation).responses['200'].content['application/x-ndjson'].schema;
    expect(adminLine.required).toContain('counted');
  });
});
