// The fuzzer's request generator: for each endpoint of the API, requests that are valid, nearly valid or plainly
// malformed (method, path, query, headers, body). Pure and seeded: the same seed gives the same requests.
import type { FuzzRandom } from './fuzz-random';
import { bodyForBodylessEndpoint, fuzzBody, type BodyPlan, type FuzzBody } from './fuzz-bodies';
import { oddString } from './odd-values';

export const ENDPOINTS = [
  'health',
  'config',
  'models',
  'samples.random',
  'battles.create',
  'battles.get',
  'battles.stream',
  'battles.vote',
  'battles.regenerate',
  'responses',
  'leaderboard',
  'leaderboard.pairs',
  'leaderboard.judge',
  'status',
  'admin.refresh',
  'admin.bench',
  'unknown',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** The token the fuzzer configures for admin requests sent with `adminConfigured`. */
export const FUZZ_ADMIN_TOKEN = 'fuzz-admin-token-5f2c';

/** How a real battle id is written into a path: as is, or bent so that it no longer names the battle. */
export type IdForm = 'exact' | 'uppercase' | 'suffixed' | 'truncated' | 'percent-encoded' | 'nul-suffixed';

export interface FuzzRequest {
  seq: number;
  endpoint: Endpoint;
  method: string;
  /** Path with query; `{battle}` and `{judge}` are replaced by real ids when the request is sent. */
  path: string;
  /** Which real battle fills `{battle}` (index into the battles known when sent, modulo their number). */
  battle?: { index: number; form: IdForm };
  /** Which real judge fills `{judge}` (index into the judge list, modulo its length). */
  judge?: number;
  headers: [string, string][];
  body?: FuzzBody;
  /** Sent to a worker whose ADMIN_TOKEN is FUZZ_ADMIN_TOKEN (otherwise no admin token is configured). */
  adminConfigured: boolean;
  /** The client goes away after the first chunk of the answer (a visitor closing the tab mid-stream). */
  hangUpEarly?: boolean;
  /** What is odd about this request, for the failure report. */
  notes: string[];
}

const ROUTES: Record<Exclude<Endpoint, 'unknown'>, { method: string; path: string }> = {
  health: { method: 'GET', path: '/api/health' },
  config: { method: 'GET', path: '/api/config' },
  models: { method: 'GET', path: '/api/models' },
  'samples.random': { method: 'GET', path: '/api/samples/random' },
  'battles.create': { method: 'POST', path: '/api/battles' },
  'battles.get': { method: 'GET', path: '/api/battles/{battle}' },
  'battles.stream': { method: 'GET', path: '/api/battles/{battle}/stream' },
  'battles.vote': { method: 'POST', path: '/api/battles/{battle}/vote' },
  'battles.regenerate': { method: 'POST', path: '/api/battles/{battle}/regenerate' },
  responses: { method: 'POST', path: '/api/responses' },
  leaderboard: { method: 'GET', path: '/api/leaderboard' },
  'leaderboard.pairs': { method: 'GET', path: '/api/leaderboard/pairs' },
  'leaderboard.judge': { method: 'GET', path: '/api/leaderboard/judges/{judge}' },
  status: { method: 'GET', path: '/api/status' },
  'admin.refresh': { method: 'POST', path: '/api/admin/leaderboard/refresh' },
  'admin.bench': { method: 'POST', path: '/api/admin/judges/{judge}/bench' },
};

/** Endpoints with a JSON body get more requests: that is where validation lives. */
const WEIGHTS: Record<Endpoint, number> = {
  health: 3,
  config: 3,
  models: 3,
  'samples.random': 7,
  'battles.create': 14,
  'battles.get': 7,
  'battles.stream': 6,
  'battles.vote': 14,
  'battles.regenerate': 7,
  responses: 8,
  leaderboard: 3,
  'leaderboard.pairs': 3,
  'leaderboard.judge': 4,
  status: 3,
  'admin.refresh': 5,
  'admin.bench': 8,
  unknown: 6,
};

const WRONG_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PURGE', 'TRACE', 'patch'];
const NO_BODY_METHODS = new Set(['GET', 'HEAD']);

/** Ids that cannot name a battle: malformed, traversal, encodings, huge. */
const ODD_IDS = [
  '%00',
  '..',
  '%2e%2e',
  '.',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  'not-a-uuid',
  'null',
  'undefined',
  '0',
  '-1',
  "1'%20OR%20'1'='1",
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  '%20',
  'ÿ',
  '日本',
  '%F0%9F%98%80',
  '__proto__',
  'constructor',
];

const UNKNOWN_PATHS = [
  '/',
  '/api',
  '/api/',
  '/api/nope',
  '/api/battles/{battle}/judgments',
  '/api/battles/{battle}/vote/extra',
  '/api/battles/{battle}/stream/',
  '/api/admin',
  '/api/admin/',
  '/api/admin/judges',
  '/api/admin/judges/{judge}',
  '/api/admin/judges/{judge}/unbench',
  '/api/samples',
  '/api/samples/{battle}',
  '/api/leaderboard/pairs/extra',
  '/api/models/{judge}',
  '/api/%2e%2e/%2e%2e/etc/passwd',
  '/api/..%2fhealth',
  '/api/%00',
  '/api/health%00',
  '/__scheduled',
  '/API/HEALTH',
  '/api/battles%2F{battle}',
  '/.env',
  '/wp-admin/install.php',
  '/api/gpt-4o',
];

export interface GenerateOptions {
  /** Restrict to these endpoints (each with its usual weight; one listed twice gets twice the weight); default all. */
  endpoints?: readonly Endpoint[];
  /** Requests go to a worker with an admin token configured (see FUZZ_ADMIN_TOKEN). */
  adminConfigured?: boolean;
}

/** `count` requests, numbered from `firstSeq`. */
export function generateRequests(r: FuzzRandom, count: number, firstSeq = 0, options: GenerateOptions = {}): FuzzRequest[] {
  const endpoints = options.endpoints ?? ENDPOINTS;
  const weighted = endpoints.map((e) => [WEIGHTS[e], e] as const);
  return Array.from({ length: count }, (_, i) => generateRequest(r, firstSeq + i, r.weighted(weighted), options.adminConfigured ?? false));
}

export function generateRequest(r: FuzzRandom, seq: number, endpoint: Endpoint, adminConfigured: boolean): FuzzRequest {
  const req: FuzzRequest = { seq, endpoint, method: 'GET', path: '', headers: [], adminConfigured, notes: [] };
  const route = endpoint === 'unknown' ? { method: r.pick(['GET', 'POST']), path: r.pick(UNKNOWN_PATHS) } : ROUTES[endpoint];

  req.method = route.method;
  if (r.chance(0.15)) {
    req.method = r.pick(WRONG_METHODS);
    if (req.method !== route.method) req.notes.push(`method ${req.method}`);
  }

  req.path = fillIds(r, req, route.path);
  if (r.chance(0.12)) req.path = oddPath(r, req);
  if (endpoint === 'samples.random' ? r.chance(0.8) : r.chance(0.1)) {
    const query = endpoint === 'samples.random' ? referenceQuery(r) : oddQuery(r);
    req.path += query;
    req.notes.push(`query ${query.slice(0, 60)}`);
  }

  addVisitorHeader(r, req);
  if (endpoint === 'battles.vote' || r.chance(0.05)) addIdempotencyKey(r, req);
  if (endpoint.startsWith('admin.') || r.chance(0.05)) addAuthorization(r, req);
  if (r.chance(0.1)) addOddHeader(r, req);

  if (!NO_BODY_METHODS.has(req.method.toUpperCase())) addBody(req, bodyFor(r, endpoint));
  if (endpoint === 'battles.stream' && r.chance(0.25)) {
    req.hangUpEarly = true;
    req.notes.push('client hangs up after the first chunk');
  }
  return req;
}

function bodyFor(r: FuzzRandom, endpoint: Endpoint): BodyPlan {
  switch (endpoint) {
    case 'battles.create':
      return fuzzBody(r, validBattleBody(r));
    case 'battles.vote':
      return fuzzBody(r, { choice: r.pick(['A', 'B', 'tie', 'both_bad']) });
    case 'responses':
      return fuzzBody(r, { input: r.pick(['Write a haiku about rain.', 'What is 2 + 2?', 'Explain recursion briefly.']) });
    case 'admin.bench':
      return fuzzBody(r, r.chance(0.5) ? { minutes: r.int(0, 30) } : { minutes: r.int(0, 10_080), reason: 'fuzz test' });
    case 'battles.regenerate':
    case 'admin.refresh':
      return bodyForBodylessEndpoint(r);
    default:
      // A body where none belongs (sent only when the method allows one).
      return r.chance(0.5) ? { note: 'no body' } : fuzzBody(r, { stray: 'body' });
  }
}

function addBody(req: FuzzRequest, plan: BodyPlan) {
  if (plan.body) req.body = plan.body;
  if (plan.contentType !== undefined) req.headers.push(['content-type', plan.contentType]);
  req.notes.push(`body: ${plan.note}`);
}

function validBattleBody(r: FuzzRandom): Record<string, unknown> {
  const body: Record<string, unknown> = {
    input: r.pick(['What is the capital of Australia?', 'Summarise the water cycle.', 'Is 91 a prime number?']),
    response: r.pick(['Canberra.', 'Water evaporates, condenses into clouds and falls as rain.', 'No: 91 = 7 × 13.']),
  };
  if (r.chance(0.4)) body.reference = r.pick(['Canberra', 'No, 91 = 7 * 13', '', null]);
  if (r.chance(0.3)) body.sampleId = r.pick(['factual-001', 'coding-006', 'unknown-sample']);
  if (r.chance(0.4)) body.rubric = { criteria: 'Is it correct?', scores: ['wrong', 'mostly wrong', 'partly right', 'mostly right', 'right'] };
  if (r.chance(0.1)) body.turnstileToken = 'XXXX.DUMMY.TOKEN.XXXX';
  return body;
}

function fillIds(r: FuzzRandom, req: FuzzRequest, template: string): string {
  let path = template;
  if (path.includes('{battle}')) {
    if (r.chance(0.6)) {
      const form = r.weighted<IdForm>([
        [70, 'exact'],
        [6, 'uppercase'],
        [6, 'suffixed'],
        [6, 'truncated'],
        [6, 'percent-encoded'],
        [6, 'nul-suffixed'],
      ]);
      req.battle = { index: r.int(0, 1_000), form };
      if (form !== 'exact') req.notes.push(`battle id ${form}`);
    } else {
      const id = r.weighted([
        [4, () => r.uuid()],
        [5, () => r.pick(ODD_IDS)],
        [1, () => 'a'.repeat(r.int(100, 20_000))],
        [1, () => percentEncode(oddString(r).slice(0, 200)) || 'x'],
      ])();
      path = path.replace('{battle}', id);
      req.notes.push(`battle id ${id.length > 40 ? `${id.slice(0, 40)}… (${id.length} chars)` : id}`);
    }
  }
  if (path.includes('{judge}')) {
    if (r.chance(0.6)) req.judge = r.int(0, 1_000);
    else {
      const id = r.pick(['nope', '%00', '..', 'GPT-4O', 'gpt-4o%00', '%20', 'x'.repeat(5_000), 'offline-', '__proto__', 'constructor', '%E0%A4%A']);
      path = path.replace('{judge}', id);
      req.notes.push(`judge id ${id.slice(0, 40)}`);
    }
  }
  return path;
}

function oddPath(r: FuzzRandom, req: FuzzRequest): string {
  const variants: [string, string][] = [
    ['trailing slash', `${req.path}/`],
    ['double slashes', req.path.replace(/\//g, '//')],
    ['upper case', req.path.split(/(\{battle\}|\{judge\})/).map((part, i) => (i % 2 ? part : part.toUpperCase())).join('')],
    ['extra segment', `${req.path}/extra`],
    ['dot segment', `${req.path}/%2e%2e`],
    ['matrix parameter', `${req.path};jsessionid=1`],
    ['percent-encoded letter', req.path.replace('/api/', '/%61pi/')],
    ['fragment', `${req.path}#fragment`],
    ['very long suffix', `${req.path}/${'s'.repeat(r.int(1_000, 30_000))}`],
  ];
  const [note, path] = r.pick(variants);
  req.notes.push(`path ${note}`);
  return path;
}

function referenceQuery(r: FuzzRandom): string {
  return r.pick([
    '?reference=true',
    '?reference=false',
    '?reference=maybe',
    '?reference=',
    '?reference',
    '?reference=TRUE',
    '?reference=1',
    '?reference=%ZZ',
    '?reference=true%00',
    '?reference=true&reference=false',
    '?reference=maybe&reference=true',
    '?reference[]=true',
    '?reference=%74rue',
    `?reference=${'t'.repeat(5_000)}`,
    '?reference=%F0%9F%98%80',
    '?&&&=&',
    '?=',
    '?%',
    '?reference=true&unknown=1',
    '??reference=true',
  ]);
}

function oddQuery(r: FuzzRandom): string {
  return r.pick(['?', '?x=1', '?%', '?a=%ZZ', '?reference=true', `?q=${'q'.repeat(8_000)}`, '?__proto__[x]=1', '?id=..%2f..', '?&', '?a=%00']);
}

// Fixed addresses from the shared-address range, which other test files do not use (the rate limiters may be shared).
const FIXED_VISITOR_IP = '100.64.77.1';

function addVisitorHeader(r: FuzzRandom, req: FuzzRequest) {
  const ip = r.weighted<string | null>([
    [70, `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`],
    [8, `2001:db8:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`],
    [6, FIXED_VISITOR_IP],
    [8, null],
    [8, r.pick(['', 'not-an-ip', '999.999.999.999', '::', '127.0.0.1, 10.0.0.1', 'x'.repeat(2_000), '; DROP TABLE votes'])],
  ]);
  if (ip === null) req.notes.push('no cf-connecting-ip');
  else req.headers.push(['cf-connecting-ip', ip]);
}

function addIdempotencyKey(r: FuzzRandom, req: FuzzRequest) {
  const key = r.weighted<string | null>([
    [30, null],
    [40, r.uuid()],
    [10, r.pick(['fuzz-key-1', 'fuzz-key-2'])],
    [5, ''],
    [5, 'k'.repeat(r.int(201, 10_000))],
    [10, headerJunk(r)],
  ]);
  if (key !== null) {
    req.headers.push(['idempotency-key', key]);
    req.notes.push(`Idempotency-Key (${key.length} chars)`);
  }
}

function addAuthorization(r: FuzzRandom, req: FuzzRequest) {
  // With a token configured, mostly send it, so that the admin bodies get validated too.
  const value = req.adminConfigured && r.chance(0.6) ? `Bearer ${FUZZ_ADMIN_TOKEN}` : r.weighted<string | null>([
    [25, null],
    [30, `Bearer ${FUZZ_ADMIN_TOKEN}`],
    [5, `bearer   ${FUZZ_ADMIN_TOKEN}`],
    [5, `Bearer ${FUZZ_ADMIN_TOKEN} `],
    [5, `Bearer ${FUZZ_ADMIN_TOKEN}x`],
    [5, 'Bearer'],
    [5, 'Bearer '],
    [5, `Basic ${btoa('admin:admin')}`],
    [5, `Bearer ${'t'.repeat(r.int(1_000, 20_000))}`],
    [5, `Token ${FUZZ_ADMIN_TOKEN}`],
    [5, headerJunk(r)],
  ]);
  if (value !== null) {
    req.headers.push(['authorization', value]);
    req.notes.push(`Authorization ${value.slice(0, 30)}`);
  }
}

function addOddHeader(r: FuzzRandom, req: FuzzRequest) {
  const header = r.pick<[string, string]>([
    ['accept', 'text/html'],
    ['accept', headerJunk(r)],
    ['accept-encoding', 'gzip, br, zstd, *'],
    ['content-encoding', 'gzip'],
    ['origin', 'https://evil.example'],
    ['x-forwarded-for', '127.0.0.1'],
    ['cookie', `session=${headerJunk(r)}`],
    ['range', 'bytes=0-10'],
    ['if-none-match', '*'],
    ['x-http-method-override', 'DELETE'],
    ['user-agent', 'x'.repeat(8_000)],
  ]);
  req.headers.push(header);
  req.notes.push(`header ${header[0]}`);
}

/** Printable ASCII with tabs and quotes: header values may not hold NUL, CR or LF, and non-ASCII is a workerd quirk. */
function headerJunk(r: FuzzRandom): string {
  return r.chars(' \t!"#$%&\'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~', r.int(1, 100)).trim() || 'x';
}

/** Percent-encodes the UTF-8 bytes of `text` (lone surrogates become U+FFFD, where encodeURIComponent would throw). */
function percentEncode(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}
