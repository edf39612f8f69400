// Reliability fuzz: well over 1,000 random and malformed requests (bodies, types, sizes, encodings, methods, paths,
// queries, headers) at every endpoint of the API. Never a 500; every error is `{ "error": { "code", "message" } }`
// JSON; every success is JSON (or a finished SSE stream); and the stored votes and counts stay consistent.
//
// Reproducing a failure: the report prints the seed and each failing request in full. Requests are generated from
// the seed alone (generateRequests is pure), so the same SEED sends the same requests. With requests in flight
// together, the order they land in (and so which real battle a `{battle}` index picks, as battles created by the
// fuzz join the pool) can vary; the printed request, with its real id, is what to replay. Change SEED to explore.
// Streamed request bodies the API refuses unread make workerd log "read end of pipe was aborted"; that is noise.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { letTimePass, apiJson, SAMPLE, streamEvents } from '../support/api';
import { isDevProxyRestart } from '../support/dev-proxy-restart';
import { dataIntegrityViolations } from './data-integrity';
import { FuzzRandom } from './fuzz-random';
import { ENDPOINTS, FUZZ_ADMIN_TOKEN, generateRequests, type Endpoint, type FuzzRequest } from './fuzz-requests';
import { responseProblems } from './response-problems';
import { describeExchange, requestText, sendFuzzRequest, type Exchange, type Fetcher, type KnownIds } from './send-fuzz-request';

const SEED = 20_260_701;
const MAIN_REQUESTS = 1_500;
const ADMIN_REQUESTS = 400;
/** Requests in flight at once: enough for races (two votes on one battle, two streams of one run). */
const CONCURRENCY = 4;
/** Between chunks, time "passes" for judged battles so that fuzz votes on them can count. */
const CHUNK = 100;
// An address no other test file uses: the rate limiters' counts may be shared between test files.
const BURST_IP = '100.64.250.1';

const workerFetch: Fetcher = (request) => exports.default.fetch(request);

/** The same app with an admin token configured, so admin bodies are validated too (wrangler.toml sets none). */
function adminConfiguredFetch(): Fetcher {
  const app = createApp();
  const adminEnv = { ...env, ADMIN_TOKEN: FUZZ_ADMIN_TOKEN } as Env;
  return async (request) => {
    const ctx = createExecutionContext();
    const res = await app.fetch(request, adminEnv, ctx);
    const body = await res.arrayBuffer();
    await waitOnExecutionContext(ctx);
    return new Response(request.method === 'HEAD' ? null : body, res);
  };
}

interface Finding {
  exchange: Exchange;
  problems: string[];
}

describe('API fuzz', () => {
  it(
    'answers random and malformed requests on every endpoint without a 500, always with JSON errors, and keeps stored data consistent',
    async () => {
      const started = performance.now();
      const r = new FuzzRandom(SEED);

      const models = (await apiJson<{ models: { id: string; name: string; organization: string }[] }>('/api/models')).body.models;
      const identities = [...new Set(models.flatMap((m) => [m.id, m.name, m.organization]))].filter((s) => s.length >= 4);
      const ids: KnownIds = { battles: await seedBattles(), judges: models.map((m) => m.id) };

      const exchanges: Exchange[] = [];
      const findings: Finding[] = [];
      /** wrangler dev's own 503s, should the fuzz be sent through it: counted apart, never the worker's answer. */
      const devProxyRestarts: Exchange[] = [];
      const run = async (requests: FuzzRequest[], fetcher: Fetcher) => {
        await inParallel(requests, CONCURRENCY, async (req) => {
          const exchange = await sendFuzzRequest(req, ids, fetcher);
          if (isDevProxyRestart(exchange.status, exchange.body)) {
            devProxyRestarts.push(exchange);
            return;
          }
          exchanges.push(exchange);
          const problems = responseProblems({
            method: req.method,
            isStream: req.endpoint === 'battles.stream',
            status: exchange.status,
            contentType: exchange.contentType,
            body: exchange.body,
            complete: exchange.complete,
            requestText: requestText(req, exchange.path),
            identities,
          });
          if (exchange.readError) problems.push(exchange.readError);
          if (problems.length) findings.push({ exchange, problems });
          // Battles the fuzz creates become targets for later votes, streams and regenerations.
          if (exchange.status === 201 && (req.endpoint === 'battles.create' || req.endpoint === 'battles.regenerate')) {
            const id = safeJson(exchange.body)?.battle?.id;
            if (typeof id === 'string') ids.battles.push(id);
          }
        });
      };

      // 1. Every endpoint, no admin token configured.
      const main = generateRequests(r, MAIN_REQUESTS);
      for (let i = 0; i < main.length; i += CHUNK) {
        await run(main.slice(i, i + CHUNK), workerFetch);
        letTimePass(60_000); // a minute of reading, so votes on battles judged earlier are not "too fast"
      }

      // 2. One visitor over the per-minute limits: the 429s must have the error shape too.
      const burst = burstRequests(MAIN_REQUESTS);
      await run(burst, workerFetch);

      // 3. Admin endpoints with a token configured (last: benching judges may leave too few to pair, a 503).
      const admin = generateRequests(r, ADMIN_REQUESTS, MAIN_REQUESTS + burst.length, {
        endpoints: ['admin.bench', 'admin.bench', 'admin.bench', 'admin.refresh', 'battles.create', 'battles.regenerate'],
        adminConfigured: true,
      });
      await run(admin, adminConfiguredFetch());

      const seconds = (performance.now() - started) / 1000;
      console.log(summary(exchanges, seconds));
      console.log(`dev-proxy 503s ("Your worker restarted mid-request", from wrangler dev, not the worker): ${devProxyRestarts.length}`);

      // No 500, no malformed error, no leak, nothing hanging.
      expect(findings.length, report(findings)).toBe(0);

      // The fuzz really ran: enough requests, every endpoint, and into every layer of validation.
      expect(exchanges.length).toBeGreaterThanOrEqual(1_000);
      for (const endpoint of ENDPOINTS) expect(exchanges.filter((e) => e.request.endpoint === endpoint).length, endpoint).toBeGreaterThanOrEqual(30);
      const seen = new Set(exchanges.map((e) => `${e.request.endpoint} ${e.status} ${safeJson(e.body)?.error?.code ?? ''}`.trim()));
      for (const expected of [
        'battles.create 201',
        'battles.create 400 invalid_json',
        'battles.create 400 invalid_body',
        'battles.create 400 invalid_encoding',
        'battles.create 413 body_too_large',
        'battles.create 413 too_long',
        'battles.create 415 unsupported_media_type',
        'battles.create 429 rate_limited',
        'battles.get 200',
        'battles.get 404 battle_not_found',
        'battles.stream 200',
        'battles.vote 200',
        'battles.vote 409 already_voted',
        'battles.vote 429 rate_limited',
        'battles.regenerate 201',
        'responses 503 not_configured',
        'samples.random 200',
        'samples.random 400 invalid_query',
        'admin.bench 200',
        'admin.bench 401 unauthorized',
        'admin.bench 404 judge_not_found',
        'admin.refresh 200',
        'unknown 404 not_found',
      ]) {
        expect(seen.has(expected), `no "${expected}" among the answers`).toBe(true);
      }

      // Runs whose client hung up (or asked with HEAD) finish in the background; none may stay "running".
      expect(await battlesStillRunning(10_000)).toEqual([]);

      // Stored data is still consistent, and the check had votes to check.
      expect(await dataIntegrityViolations(env.DB)).toEqual([]);
      const counted = await env.DB.prepare('SELECT COUNT(*) AS n FROM votes WHERE counted = 1').first<{ n: number }>();
      expect(counted!.n).toBeGreaterThan(0);
      const status = await apiJson('/api/status');
      expect(status.body.arena.votesAwaitingStorage).toBe(0);

    },
    180_000,
  );
});

/** A few real battles before the fuzz starts: judged and aged (votes count), judged only, and still pending. */
async function seedBattles(): Promise<string[]> {
  const battles: string[] = [];
  for (let i = 0; i < 10; i++) {
    const created = await apiJson('/api/battles', { method: 'POST', json: SAMPLE, headers: { 'cf-connecting-ip': `100.64.10.${10 + i}` } });
    expect(created.status).toBe(201);
    const id = created.body.battle.id as string;
    battles.push(id);
    if (i < 7) expect((await streamEvents(id)).events.at(-1)?.event).toBe('done');
    if (i < 5) letTimePass();
  }
  return battles;
}

/**
 * Battle creations and votes from one visitor: more than twice the 30 and 60 a minute it is allowed, so some are
 * refused even if a limiter window ends in the middle of the burst.
 */
function burstRequests(firstSeq: number): FuzzRequest[] {
  const base = { headers: [['cf-connecting-ip', BURST_IP]] as [string, string][], adminConfigured: false, notes: ['rate-limit burst'] };
  const json = (value: unknown) => ({ kind: 'text' as const, text: JSON.stringify(value) });
  const creations = Array.from({ length: 61 }, (_, i) => ({
    ...base,
    seq: firstSeq + i,
    endpoint: 'battles.create' as Endpoint,
    method: 'POST',
    path: '/api/battles',
    headers: [...base.headers, ['content-type', 'application/json']] as [string, string][],
    body: json(SAMPLE),
  }));
  const votes = Array.from({ length: 121 }, (_, i) => ({
    ...base,
    seq: firstSeq + 61 + i,
    endpoint: 'battles.vote' as Endpoint,
    method: 'POST',
    path: '/api/battles/{battle}/vote',
    battle: { index: i, form: 'exact' as const },
    headers: [...base.headers, ['content-type', 'application/json']] as [string, string][],
    body: json({ choice: (['A', 'B', 'tie', 'both_bad'] as const)[i % 4] }),
  }));
  return [...creations, ...votes];
}

/** Ids of battles still "running" after waiting up to `ms` for background runs to end. */
async function battlesStillRunning(ms: number): Promise<string[]> {
  const deadline = performance.now() + ms;
  for (;;) {
    const { results } = await env.DB.prepare(`SELECT id FROM battles WHERE status = 'running'`).all<{ id: string }>();
    if (results.length === 0 || performance.now() > deadline) return results.map((r) => r.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function report(findings: Finding[]): string {
  const shown = findings.slice(0, 25).map((f) => `${describeExchange(f.exchange, SEED)}\n  PROBLEMS: ${f.problems.join('; ')}`);
  return `${findings.length} bad answer(s) (seed ${SEED}):\n\n${shown.join('\n\n')}${findings.length > 25 ? `\n\n… and ${findings.length - 25} more` : ''}`;
}

function summary(exchanges: Exchange[], seconds: number): string {
  const byEndpoint = new Map<string, Map<number, number>>();
  for (const e of exchanges) {
    const statuses = byEndpoint.get(e.request.endpoint) ?? new Map<number, number>();
    statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
    byEndpoint.set(e.request.endpoint, statuses);
  }
  const lines = [...byEndpoint].map(
    ([endpoint, statuses]) =>
      `  ${endpoint.padEnd(20)} ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`,
  );
  return `API fuzz (seed ${SEED}): ${exchanges.length} requests in ${seconds.toFixed(1)} s\n${lines.join('\n')}`;
}
