// The route table of the HTTP API: every route the app serves, with the zod schemas its request is validated
// with (the same objects the route modules pass to `validate`, from src/shared/) and its answers by status.
// The OpenAPI document is generated from this table (openapi-document.ts). test/unit/openapi-document.test.ts
// checks that the table and the app's routes are the same set and that each route's validators use these very
// schema objects; test/openapi/ that the worker's answers match the answer schemas.
import * as z from '../shared/zod';
import * as req from '../shared/request-schemas';
import * as judgeDocument from '../shared/judge-document-schemas';
import * as board from '../shared/leaderboard-schemas';
import * as res from '../shared/response-schemas';

export type HttpMethod = 'get' | 'post';

/** How an answer is sent: JSON (the default), an SSE stream of events, or NDJSON lines. */
export type AnswerBody = { schema: z.ZodMiniType; media?: 'application/json' | 'text/event-stream' | 'application/x-ndjson' };

export interface ApiRoute {
  method: HttpMethod;
  /** Hono's path syntax (`:id`), as mounted in src/app.ts. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** Request headers the route reads (beyond the body's Content-Type). */
  headers?: { name: string; description: string }[];
  /** Success answers by status; every error status answers with the error shape. */
  ok: Record<number, { description: string } & AnswerBody>;
  errors: Record<number, string>;
  /** Needs the admin bearer token. */
  admin?: boolean;
}

const BODY_ERRORS = {
  400: 'invalid_body, invalid_json or invalid_encoding: the field to fix is named',
  413: 'too_long (a text over its limit) or body_too_large (over 256 KB)',
  415: 'unsupported_media_type: send the body as application/json',
};
const NOT_FOUND = { 404: 'battle_not_found: no battle with this id' };
const RATE_LIMITED = { 429: 'rate_limited: too many requests from this visitor; see Retry-After' };
const ADMIN_ERRORS = { 401: 'unauthorized: missing or wrong admin token' };
const judgeIdParam = z.object({ id: z.string() });

export const API_ROUTES: readonly ApiRoute[] = [
  { method: 'get', path: '/api/health', tag: 'meta', summary: 'Liveness check', ok: { 200: { description: 'The worker answers', schema: res.healthSchema } }, errors: {} },
  {
    method: 'get', path: '/api/openapi.json', tag: 'meta', summary: 'This OpenAPI 3.1 document',
    ok: { 200: { description: 'The document', schema: z.record(z.string(), z.unknown()) } }, errors: {},
  },
  { method: 'get', path: '/api/config', tag: 'meta', summary: 'What the website needs to know about this deployment', ok: { 200: { description: 'Settings', schema: res.siteConfigSchema } }, errors: {} },
  { method: 'get', path: '/api/models', tag: 'judges', summary: 'Every judge, with whether it can be paired now', ok: { 200: { description: 'The judges', schema: res.modelsAnswerSchema } }, errors: {} },
  { method: 'get', path: '/api/status', tag: 'judges', summary: "Each judge's health and the arena's budget", ok: { 200: { description: 'Status', schema: res.statusDocumentSchema } }, errors: {} },
  {
    method: 'get', path: '/api/samples/random', tag: 'samples', summary: 'A random sample to judge, of the format asked for (?format=likert|binary|pairwise, default likert)', query: req.randomSampleQuery,
    ok: { 200: { description: 'A sample', schema: res.randomSampleAnswerSchema } }, errors: { 400: 'invalid_query' },
  },
  {
    method: 'post', path: '/api/battles', tag: 'battles', summary: 'Start a battle: two anonymous judges on a sample, in one format (likert and binary: `response`; pairwise: `responses`)', body: req.createBattleSchema,
    ok: { 201: { description: 'The battle (no judge identities)', schema: res.battleAnswerSchema } },
    errors: { ...BODY_ERRORS, 403: 'turnstile_required or turnstile_failed', ...RATE_LIMITED, 503: 'arena_resting, no_judges or turnstile_unavailable; see Retry-After' },
  },
  {
    method: 'get', path: '/api/battles/:id', tag: 'battles', summary: 'A battle, its judgments and (once voted) the vote', params: req.battleIdParam,
    ok: { 200: { description: 'The battle', schema: res.battleDetailsAnswerSchema } }, errors: NOT_FOUND,
  },
  {
    method: 'get', path: '/api/battles/:id/stream', tag: 'battles', summary: 'The judges at work, as server-sent events', params: req.battleIdParam,
    ok: {
      200: {
        description:
          'Server-sent events. Each event\'s SSE `event:` field is the `type` below and its `data:` is the JSON object without `type`: ' +
          '`delta` (streamed answer text of judge A or B), `reasoning` (a reasoning model\'s thinking as it streams), ' +
          '`judgment` (the verdict in the battle\'s format: likert `score`, binary `verdict` pass/fail, pairwise `verdict` ' +
          'first/second/tie in the visitor\'s order, with `shownOrder`, the order the judge read the responses in and its critique\'s ' +
          '"first" and "second" refer to; with the critique and any reasoning), `judge_error`, then `done`. ' +
          'The schema is the union of the events (each with its `type`); `x-sse-events` maps each event name to its data schema.',
        schema: res.battleEventSchema,
        media: 'text/event-stream',
      },
    },
    errors: NOT_FOUND,
  },
  {
    method: 'post', path: '/api/battles/:id/vote', tag: 'battles', summary: 'Vote, and learn who the judges were', params: req.battleIdParam, body: req.voteSchema,
    headers: [{ name: 'Idempotency-Key', description: 'The same key (or the same vote) again gets the same answer' }],
    ok: { 200: { description: 'The vote and the revealed judges', schema: res.voteAnswerSchema } },
    errors: { ...BODY_ERRORS, ...NOT_FOUND, 409: 'already_voted, judgments_incomplete or judgment_failed', ...RATE_LIMITED, 503: 'the vote could not be stored; nothing was acknowledged' },
  },
  {
    method: 'post', path: '/api/battles/:id/regenerate', tag: 'battles', summary: 'A new battle on the same sample, rubric and format, with a fresh pair of judges', params: req.battleIdParam,
    ok: { 201: { description: 'The new battle', schema: res.battleAnswerSchema } },
    errors: { ...NOT_FOUND, ...RATE_LIMITED, 503: 'arena_resting or no_judges' },
  },
  {
    method: 'post', path: '/api/responses', tag: 'samples', summary: 'Generate an AI response to a custom input', body: req.generateResponseSchema,
    ok: { 200: { description: 'The generated response', schema: res.generatedResponseSchema } },
    errors: { ...BODY_ERRORS, ...RATE_LIMITED, 502: 'generator_failed', 503: 'not_configured' },
  },
  {
    method: 'get', path: '/api/leaderboard', tag: 'leaderboard', summary: 'The leaderboard the hourly job last computed (overall, or a slice by format and/or category)', query: req.leaderboardSliceQuery,
    ok: { 200: { description: 'The leaderboard', schema: board.leaderboardSchema } }, errors: { 400: 'invalid_query: an unknown format or category (the message lists the valid ones)' },
  },
  {
    method: 'get', path: '/api/leaderboard/pairs', tag: 'leaderboard', summary: 'Pairwise win rates, observed and predicted (overall, or a slice)', query: req.leaderboardSliceQuery,
    ok: { 200: { description: 'The pairs', schema: board.pairsDocumentSchema } }, errors: { 400: 'invalid_query: an unknown format or category (the message lists the valid ones)' },
  },
  {
    method: 'get', path: '/api/leaderboard/history', tag: 'leaderboard', summary: 'One judge\'s rating after each refresh, oldest first', query: req.leaderboardHistoryQuery,
    ok: { 200: { description: 'The series', schema: board.leaderboardHistorySchema } },
    errors: { 400: 'invalid_query: judge is missing', 404: 'unknown_judge: no judge has this id' },
  },
  {
    method: 'get', path: '/api/leaderboard/judges/:id', tag: 'leaderboard',
    summary: 'Everything the leaderboard says about one judge: its overall entry, its standing in every slice it has votes in, its record against each opponent',
    params: req.leaderboardJudgeParam,
    ok: { 200: { description: 'The judge\'s document, written by the hourly job', schema: judgeDocument.judgeDocumentSchema } },
    errors: { 404: 'unknown_judge: no judge with this id is on the leaderboard' },
  },
  {
    method: 'get', path: '/api/votes/export', tag: 'open data', summary: 'The public vote release (NDJSON, Chatbot Arena battle-log shape)', query: req.voteExportQuery,
    ok: {
      200: {
        description:
          'One vote per line. The `X-Next-Cursor` header (and `Link: <…>; rel="next"`) says where the next page starts; absent on the last page. ' +
          'Counted votes older than EXPORT_DELAY_HOURS, in the EXPORT_SHARE_PERCENT share chosen by a hash of the battle id.',
        schema: res.exportedVoteSchema,
        media: 'application/x-ndjson',
      },
    },
    errors: { 400: 'invalid_query (also a cursor this server did not write)' },
  },
  {
    method: 'get', path: '/api/admin/votes/export', tag: 'admin', summary: 'Every vote, counted or not (NDJSON)', query: req.voteExportQuery, admin: true,
    ok: { 200: { description: 'One vote per line, with `counted` and `excluded_reason`; paged like the public export', schema: res.adminExportedVoteSchema, media: 'application/x-ndjson' } },
    errors: { 400: 'invalid_query', ...ADMIN_ERRORS },
  },
  {
    method: 'post', path: '/api/admin/leaderboard/refresh', tag: 'admin', summary: 'Recompute the leaderboard now', admin: true,
    ok: { 200: { description: 'The new leaderboard\'s summary', schema: res.leaderboardRefreshAnswerSchema } }, errors: ADMIN_ERRORS,
  },
  {
    method: 'post', path: '/api/admin/judges/:id/bench', tag: 'admin', summary: 'Bench a judge by hand (minutes: 0 brings it back)', admin: true, params: judgeIdParam, body: req.benchSchema,
    ok: { 200: { description: 'The judge and when its bench ends', schema: res.benchAnswerSchema } },
    errors: { ...BODY_ERRORS, ...ADMIN_ERRORS, 404: 'judge_not_found' },
  },
];
