import { Hono } from 'hono';
import { ApiError } from '../errors';

export const openApiRoutes = new Hono<{ Bindings: Env }>();

/** Where `npm run build:web` puts the document (scripts/write-openapi.ts), among the site's static files. */
export const OPENAPI_ASSET = '/openapi.json';

// The document is generated at build time from the route table's zod schemas (src/openapi/), so neither
// zod's JSON Schema generator nor the answers' schemas are in the worker; it is served from the static assets.
openApiRoutes.get('/', async (c) => {
  const asset = await c.env.ASSETS.fetch(new URL(OPENAPI_ASSET, c.req.url));
  // A missing file would be answered with the site's index.html (single-page-application fallback).
  if (!asset.ok || !asset.headers.get('content-type')?.includes('json')) {
    throw new ApiError(503, 'not_built', 'The OpenAPI document is not in this build: run npm run build:web.');
  }
  return c.body(await asset.text(), 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
});
