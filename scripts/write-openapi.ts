// Writes the OpenAPI document, generated from the route table and its zod schemas (src/openapi/), into the
// site's build output, from which the worker serves GET /api/openapi.json. Generating it at build time keeps
// zod's JSON Schema generator and the answers' schemas out of the worker bundle (about 10 KB gzipped).
// Run by `npm run build:web`, after vite (which empties web/dist). Usage: tsx scripts/write-openapi.ts [outFile]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/openapi/openapi-document';

const out = process.argv[2] ?? fileURLToPath(new URL('../web/dist/openapi.json', import.meta.url));
writeFileSync(out, JSON.stringify(buildOpenApiDocument()));
console.log(`OpenAPI document written to ${out}`);
