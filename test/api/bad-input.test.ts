// Every kind of bad input gets a 4xx with the JSON error shape that says what to fix; never a 500.
import { describe, expect, it } from 'vitest';
import { api, apiJson, SAMPLE } from '../support/api';

const long = (n: number) => 'x'.repeat(n);
const rubric = { criteria: 'Helpful?', scores: ['1', '2', '3', '4', '5'] };

async function expectError(res: Response, status: number, code: string, messagePart?: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as any;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  if (messagePart) expect(body.error.message).toMatch(messagePart);
}

const post = (path: string, body: string, type = 'application/json') =>
  api(path, { method: 'POST', body, headers: { 'content-type': type } });

describe('battle creation input', () => {
  it('rejects malformed JSON', async () => {
    await expectError(await post('/api/battles', '{"input": "a",'), 400, 'invalid_json');
  });
  it('rejects a body that is not JSON', async () => {
    await expectError(await post('/api/battles', 'input=a', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  });
  it('rejects wrong types and names the field', async () => {
    await expectError(await api('/api/battles', { method: 'POST', json: { input: 42, response: 'r' } }), 400, 'invalid_body', /input/);
    await expectError(await api('/api/battles', { method: 'POST', json: [SAMPLE] }), 400, 'invalid_body');
    await expectError(await api('/api/battles', { method: 'POST', json: null }), 400, 'invalid_body');
  });
  it('rejects missing and empty fields', async () => {
    await expectError(await api('/api/battles', { method: 'POST', json: { input: 'q' } }), 400, 'invalid_body', /response/);
    await expectError(await api('/api/battles', { method: 'POST', json: { input: '   ', response: 'r' } }), 400, 'invalid_body', /input/);
  });
  it('rejects unknown fields by name', async () => {
    await expectError(await api('/api/battles', { method: 'POST', json: { ...SAMPLE, modelA: 'gpt-4o' } }), 400, 'invalid_body', /modelA/);
  });
  it('rejects texts over 10,000 characters with 413 and the limit', async () => {
    for (const field of ['input', 'response', 'reference'] as const) {
      const res = await api('/api/battles', { method: 'POST', json: { ...SAMPLE, [field]: long(10_001) } });
      await expectError(res, 413, 'too_long', new RegExp(`${field}.*10,000`));
    }
    const ok = await api('/api/battles', { method: 'POST', json: { ...SAMPLE, input: long(10_000) } });
    expect(ok.status).toBe(201);
  });
  it('validates the rubric: five descriptions, each at most 1,000 characters', async () => {
    await expectError(
      await api('/api/battles', { method: 'POST', json: { ...SAMPLE, rubric: { ...rubric, scores: ['1', '2', '3', '4'] } } }),
      400,
      'invalid_body',
      /scores/,
    );
    await expectError(
      await api('/api/battles', { method: 'POST', json: { ...SAMPLE, rubric: { ...rubric, criteria: long(1001) } } }),
      413,
      'too_long',
      /criteria/,
    );
    await expectError(
      await api('/api/battles', { method: 'POST', json: { ...SAMPLE, rubric: { ...rubric, scores: ['1', '2', long(1001), '4', '5'] } } }),
      413,
      'too_long',
      /scores\.2/,
    );
  });
  it('rejects an oversized body with 413 before parsing it', async () => {
    await expectError(await post('/api/battles', JSON.stringify({ ...SAMPLE, input: long(300_000) })), 413, 'body_too_large');
  });
  it('rejects lone surrogates instead of storing mangled text', async () => {
    await expectError(await post('/api/battles', '{"input": "q\\ud800", "response": "r"}'), 400, 'invalid_body', /input.*invalid Unicode/);
  });
  it('rejects invalid UTF-8', async () => {
    const res = await api('/api/battles', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: { 'content-type': 'application/json' } });
    await expectError(res, 400, 'invalid_encoding');
  });
});

describe('other endpoints', () => {
  it('vote: rejects unknown choices and extra fields', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: SAMPLE });
    await expectError(await api(`/api/battles/${body.battle.id}/vote`, { method: 'POST', json: { choice: 'C' } }), 400, 'invalid_body', /choice/);
    await expectError(await api(`/api/battles/${body.battle.id}/vote`, { method: 'POST', json: { choice: 'A', weight: 2 } }), 400, 'invalid_body', /weight/);
  });
  it('malformed and unknown battle ids are 404', async () => {
    await expectError(await api('/api/battles/not-a-uuid'), 404, 'battle_not_found');
    await expectError(await api(`/api/battles/${crypto.randomUUID()}/stream`), 404, 'battle_not_found');
    await expectError(await api(`/api/battles/${crypto.randomUUID()}/regenerate`, { method: 'POST' }), 404, 'battle_not_found');
  });
  it('random sample: validates the reference flag', async () => {
    await expectError(await api('/api/samples/random?reference=maybe'), 400, 'invalid_query', /reference/);
  });
  it('responses: 503 with a clear message when no generator is configured', async () => {
    await expectError(await api('/api/responses', { method: 'POST', json: { input: 'Hi' } }), 503, 'not_configured', /generator/);
    await expectError(await api('/api/responses', { method: 'POST', json: {} }), 400, 'invalid_body', /input/);
  });
  it('unknown routes are JSON 404s', async () => {
    await expectError(await api('/api/nothing-here'), 404, 'not_found');
    await expectError(await api('/api/battles', { method: 'DELETE' }), 404, 'not_found');
  });
});
