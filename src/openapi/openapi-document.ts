// The OpenAPI 3.1 document, generated from the route table and its zod schemas with zod's own
// z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Requests are described as the validators
// accept them (io: 'input'), answers as the worker sends them (io: 'output').
import * as z from '../shared/zod';
import { apiErrorBodySchema, battleEventSchema } from '../shared/response-schemas';
import { API_ROUTES, type ApiRoute } from './api-routes';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  // Refinements (well-formed Unicode) cannot be expressed and are left out; transforms describe their input.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/api/battles/:id` → `/api/battles/{id}` */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)/g, '{$1}');
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

function parameters(route: ApiRoute) {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...propertySchema } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  for (const header of route.headers ?? []) list.push({ name: header.name, in: 'header', required: false, description: header.description, schema: { type: 'string' } });
  return list;
}

/** Each SSE event's name and the JSON Schema of its data (`oneOf` for an event with one shape per format: judgment). */
function sseEvents(): Record<string, JsonSchema> {
  const shapes = new Map<string, JsonSchema[]>();
  for (const event of battleEventSchema.def.options) {
    const { type, ...data } = event.shape;
    const name = type.def.values[0];
    shapes.set(name, [...(shapes.get(name) ?? []), jsonSchema(z.object(data), 'output')]);
  }
  return Object.fromEntries([...shapes].map(([name, [first, ...more]]) => [name, more.length ? { oneOf: [first, ...more] } : first]));
}

function operation(route: ApiRoute) {
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(route.ok)) {
    const media = answer.media ?? 'application/json';
    responses[status] = {
      description: answer.description,
      content: { [media]: { schema: jsonSchema(answer.schema, 'output') } },
      ...(media === 'text/event-stream' ? { 'x-sse-events': sseEvents() } : {}),
    };
  }
  for (const [status, description] of Object.entries(route.errors)) {
    responses[status] = { description, content: { 'application/json': { schema: ERROR_REF } } };
  }
  responses.default = { description: 'Any other error (500 internal)', content: { 'application/json': { schema: ERROR_REF } } };
  const params = parameters(route);
  return {
    operationId: `${route.method}${openApiPath(route.path).replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    ...(params.length ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
    ...(route.admin ? { security: [{ adminBearer: [] }] } : {}),
    responses,
  };
}

export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Judge Arena API',
      version: '1.0.0',
      description:
        'Anonymous LLM judges grade a sample; visitors vote for the judge they agree with; votes feed a Bradley–Terry leaderboard. ' +
        'Every error is `{ "error": { "code", "message" } }`. No answer names a judge before the vote.',
      license: { name: 'Open source; see the repository' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: { Error: jsonSchema(apiErrorBodySchema, 'output') },
      securitySchemes: {
        adminBearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <ADMIN_TOKEN>; without a configured token every admin call is 401' },
      },
    },
  };
}
