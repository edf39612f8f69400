// The fuzz verdict rules: a fuzz that cannot fail proves nothing, so each rule is shown to catch what it should.
import { describe, expect, it } from 'vitest';
import { DEV_PROXY_RESTART_TEXT, isDevProxyRestart } from '../support/dev-proxy-restart';
import { responseProblems, type Answer } from './response-problems';

const IDENTITIES = ['gpt-4o', 'GPT-4o', 'OpenAI'];
const ERROR = JSON.stringify({ error: { code: 'invalid_body', message: 'input must be string' } });

function answer(overrides: Partial<Answer>): Answer {
  return {
    method: 'POST',
    isStream: false,
    status: 400,
    contentType: 'application/json; charset=UTF-8',
    body: ERROR,
    complete: true,
    requestText: 'POST /api/battles {"input": 42}',
    identities: IDENTITIES,
    ...overrides,
  };
}

describe('fuzz verdict', () => {
  it('accepts a 4xx in the JSON error shape and a JSON success', () => {
    expect(responseProblems(answer({}))).toEqual([]);
    expect(responseProblems(answer({ status: 201, body: '{"battle":{"id":"x"}}' }))).toEqual([]);
  });

  it('flags any 500, whatever its body', () => {
    const body = JSON.stringify({ error: { code: 'internal', message: 'Something went wrong' } });
    expect(responseProblems(answer({ status: 500, body }))).toContain('status 500');
  });

  it('accepts only documented 5xx codes', () => {
    const notConfigured = JSON.stringify({ error: { code: 'not_configured', message: 'No generator' } });
    expect(responseProblems(answer({ status: 503, body: notConfigured }))).toEqual([]);
    const other = JSON.stringify({ error: { code: 'storage_unavailable', message: 'Try again' } });
    expect(responseProblems(answer({ status: 503, body: other }))).toEqual(['undocumented 503 with code "storage_unavailable"']);
    expect(responseProblems(answer({ status: 502, body: notConfigured }))).toEqual(['undocumented 502 with code "not_configured"']);
  });

  it('flags errors that are not the JSON error shape', () => {
    const shapes = [
      'Internal Server Error',
      '{"error":"bad"}',
      '{"error":{"code":"x"}}',
      '{"error":{"code":"x","message":""}}',
      '{"error":{"code":"Bad Code","message":"m"}}',
      '{"error":{"code":"x","message":"m","stack":"at …"}}',
      '{"error":{"code":"x","message":"m"},"detail":1}',
      '[{"error":{"code":"x","message":"m"}}]',
      'null',
    ];
    for (const body of shapes) expect(responseProblems(answer({ body })).length, body).toBeGreaterThan(0);
    expect(responseProblems(answer({ contentType: 'text/html' }))).toEqual(['error content-type is "text/html"']);
    expect(responseProblems(answer({ contentType: null }))).toEqual(['error content-type is null']);
  });

  it('flags an error message naming a judge, unless the client wrote that name itself', () => {
    const body = JSON.stringify({ error: { code: 'judge_failed', message: 'GPT-4o timed out' } });
    expect(responseProblems(answer({ body }))).toEqual(['error message names "GPT-4o"']);
    expect(responseProblems(answer({ body, requestText: 'GET /api/GPT-4o' }))).toEqual([]);
  });

  it('checks successes: JSON, or a finished event stream', () => {
    expect(responseProblems(answer({ status: 200, body: '<html>' }))).toEqual(['success body is not JSON']);
    expect(responseProblems(answer({ status: 200, contentType: 'text/plain', body: '{}' }))).toEqual(['success content-type is "text/plain"']);
    const sse = 'event: delta\ndata: {"judge":"A","text":"ok"}\n\nevent: done\ndata: {}\n\n';
    expect(responseProblems(answer({ method: 'GET', isStream: true, status: 200, contentType: 'text/event-stream', body: sse }))).toEqual([]);
    expect(
      responseProblems(answer({ method: 'GET', isStream: true, status: 200, contentType: 'text/event-stream', body: sse.slice(0, sse.indexOf('\n\n') + 2) })),
    ).toEqual(['stream does not end with a "done" event']);
    expect(
      responseProblems(answer({ method: 'GET', isStream: true, status: 200, contentType: 'text/event-stream', body: 'event: delta\ndata: {oops\n\n' })),
    ).toEqual(['stream has an event whose data is not JSON']);
  });

  it('checks only the status and content type of HEAD answers and of answers the client stopped reading', () => {
    expect(responseProblems(answer({ method: 'HEAD', body: '' }))).toEqual([]);
    expect(responseProblems(answer({ method: 'HEAD', status: 500, body: '' }))).toEqual(['status 500']);
    const partial = answer({ method: 'GET', isStream: true, status: 200, contentType: 'text/event-stream', body: 'event: del', complete: false });
    expect(responseProblems(partial)).toEqual([]);
    expect(responseProblems({ ...partial, contentType: 'application/json' })).toEqual(['content-type is "application/json"']);
  });

  it('flags redirects and impossible statuses', () => {
    expect(responseProblems(answer({ status: 302, body: '' }))).toEqual(['unexpected redirect status 302']);
    expect(responseProblems(answer({ status: 600, body: '' }))[0]).toBe('status 600 out of range');
  });
});

describe("wrangler dev's own 503", () => {
  it('is recognised only as wrangler words it: status 503 and exactly its text', () => {
    expect(isDevProxyRestart(503, DEV_PROXY_RESTART_TEXT)).toBe(true);
    expect(isDevProxyRestart(500, DEV_PROXY_RESTART_TEXT)).toBe(false);
    expect(isDevProxyRestart(503, 'Your worker restarted mid-request.')).toBe(false);
    expect(isDevProxyRestart(503, JSON.stringify({ error: { code: 'internal', message: DEV_PROXY_RESTART_TEXT } }))).toBe(false);
    expect(isDevProxyRestart(503, JSON.stringify({ error: { code: 'no_judges', message: 'Not enough judges' } }))).toBe(false);
  });

  it('still fails the verdict when not set apart first, so it is never silently passed as the worker’s answer', () => {
    const problems = responseProblems(answer({ status: 503, contentType: 'text/plain;charset=UTF-8', body: DEV_PROXY_RESTART_TEXT }));
    expect(problems).toContain('error body is not JSON');
    // Our own undocumented 5xx stays a problem too.
    const ours = JSON.stringify({ error: { code: 'internal', message: 'Something went wrong' } });
    expect(responseProblems(answer({ status: 503, body: ours }))).toContain('undocumented 503 with code "internal"');
  });
});
