// Every bad input of each judging format (issue 10) is a 4xx that names the field to fix, through the HTTP API:
// a field of another format, an unknown format, a rubric of another format's shape, a text over its limit, a
// sampleId of another format. Never a 500, and nothing is stored.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIRWISE_RUBRIC } from '../../src/shared/format-rubric-presets';
import { LIMITS } from '../../src/shared/limits';
import { apiJson, SAMPLE } from '../support/api';

const LIKERT_RUBRIC = { criteria: 'Helpful?', scores: ['1', '2', '3', '4', '5'] };
const BINARY_RUBRIC = { criteria: 'Any factual error?', pass: 'None.', fail: 'At least one.' };
const PAIRWISE = { format: 'pairwise', input: SAMPLE.input, responses: [SAMPLE.response, 'Sydney.'] };
const BINARY = { format: 'binary', input: SAMPLE.input, response: SAMPLE.response };
const tooLong = 'x'.repeat(LIMITS.maxTextChars + 1);
const rubricTooLong = 'x'.repeat(LIMITS.maxRubricChars + 1);

async function expectRefused(json: unknown, status: number, code: string, names: RegExp) {
  const before = await env.DB.prepare('SELECT count(*) AS n FROM battles').first<{ n: number }>();
  const res = await apiJson('/api/battles', { method: 'POST', json });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toEqual({ error: { code, message: expect.stringMatching(names) } });
  const after = await env.DB.prepare('SELECT count(*) AS n FROM battles').first<{ n: number }>();
  expect(after!.n).toBe(before!.n);
}

describe('battle requests of each format', () => {
  it('refuses an unknown format, listing the valid ones', async () => {
    await expectRefused({ ...SAMPLE, format: 'ranking' }, 400, 'invalid_body', /^format: must be one of "likert", "binary", "pairwise"/);
    await expectRefused({ ...SAMPLE, format: 3 }, 400, 'invalid_body', /format: must be one of/);
  });

  it('refuses a field of another format by name', async () => {
    await expectRefused({ ...SAMPLE, responses: [SAMPLE.response, 'x'] }, 400, 'invalid_body', /unknown field "responses"/);
    await expectRefused({ ...PAIRWISE, response: SAMPLE.response }, 400, 'invalid_body', /unknown field "response"/);
    await expectRefused({ format: 'pairwise', input: SAMPLE.input, response: SAMPLE.response }, 400, 'invalid_body', /responses/);
    await expectRefused({ ...BINARY, responses: [SAMPLE.response, 'x'] }, 400, 'invalid_body', /unknown field "responses"/);
  });

  it('refuses pairwise responses that are not two texts', async () => {
    await expectRefused({ ...PAIRWISE, responses: [SAMPLE.response] }, 400, 'invalid_body', /responses/);
    await expectRefused({ ...PAIRWISE, responses: [SAMPLE.response, 'a', 'b'] }, 400, 'invalid_body', /responses/);
    await expectRefused({ ...PAIRWISE, responses: [SAMPLE.response, '   '] }, 400, 'invalid_body', /responses\.1 must not be empty/);
    await expectRefused({ ...PAIRWISE, responses: SAMPLE.response }, 400, 'invalid_body', /responses/);
  });

  it('refuses a rubric of another format’s shape, naming the field', async () => {
    await expectRefused({ ...BINARY, rubric: LIKERT_RUBRIC }, 400, 'invalid_body', /rubric\.(pass|fail)|unknown field "scores" in rubric/);
    await expectRefused({ ...BINARY, rubric: { ...BINARY_RUBRIC, scores: LIKERT_RUBRIC.scores } }, 400, 'invalid_body', /unknown field "scores" in rubric/);
    await expectRefused({ ...PAIRWISE, rubric: LIKERT_RUBRIC }, 400, 'invalid_body', /unknown field "scores" in rubric/);
    await expectRefused({ ...PAIRWISE, rubric: BINARY_RUBRIC }, 400, 'invalid_body', /unknown fields "pass", "fail" in rubric/);
    await expectRefused({ ...SAMPLE, rubric: BINARY_RUBRIC }, 400, 'invalid_body', /rubric\.scores|unknown fields "pass", "fail" in rubric/);
    await expectRefused({ ...BINARY, rubric: { criteria: 'Errors?', pass: 'None.' } }, 400, 'invalid_body', /rubric\.fail/);
  });

  it('refuses each format’s texts over their limits with 413 and the field', async () => {
    await expectRefused({ ...PAIRWISE, responses: [SAMPLE.response, tooLong] }, 413, 'too_long', /^responses\.1 is too long: at most 10,000 characters/);
    await expectRefused({ ...PAIRWISE, responses: [tooLong, SAMPLE.response] }, 413, 'too_long', /^responses\.0 is too long/);
    await expectRefused({ ...PAIRWISE, input: tooLong }, 413, 'too_long', /^input is too long/);
    await expectRefused({ ...PAIRWISE, reference: tooLong }, 413, 'too_long', /^reference is too long/);
    await expectRefused({ ...PAIRWISE, rubric: { criteria: rubricTooLong } }, 413, 'too_long', /^rubric\.criteria is too long/);
    await expectRefused({ ...BINARY, response: tooLong }, 413, 'too_long', /^response is too long/);
    await expectRefused({ ...BINARY, rubric: { ...BINARY_RUBRIC, fail: rubricTooLong } }, 413, 'too_long', /^rubric\.fail is too long/);
  });

  it('refuses a sampleId of another format, naming it and the sample’s format', async () => {
    const pairwise = (await apiJson('/api/samples/random?format=pairwise')).body.sample;
    const binary = (await apiJson('/api/samples/random?format=binary')).body.sample;
    const likert = (await apiJson('/api/samples/random?format=likert&reference=true')).body.sample;
    await expectRefused({ ...SAMPLE, sampleId: pairwise.id }, 400, 'invalid_body', /^sampleId: .* is a pairwise sample, but this battle's format is likert/);
    await expectRefused({ ...BINARY, sampleId: pairwise.id }, 400, 'invalid_body', /^sampleId: .* is a pairwise sample, but this battle's format is binary/);
    await expectRefused({ ...PAIRWISE, sampleId: binary.id }, 400, 'invalid_body', /^sampleId: .* is a binary sample/);
    await expectRefused({ ...PAIRWISE, sampleId: likert.id }, 400, 'invalid_body', /^sampleId: .* is a likert sample/);
  });

  it('takes a sample’s own rubric when none is sent, and the format’s default otherwise', async () => {
    const binary = (await apiJson('/api/samples/random?format=binary')).body.sample;
    const created = await apiJson('/api/battles', { method: 'POST', json: { format: 'binary', sampleId: binary.id, input: binary.input, response: binary.response } });
    expect(created.status).toBe(201);
    expect(created.body.battle.rubric).toEqual(binary.rubric);
    const row = await env.DB.prepare('SELECT sample_id, format, category FROM battles WHERE id = ?').bind(created.body.battle.id).first();
    expect(row).toEqual({ sample_id: binary.id, format: 'binary', category: binary.category });

    const pairwise = (await apiJson('/api/samples/random?format=pairwise')).body.sample;
    const fromSample = await apiJson('/api/battles', { method: 'POST', json: { format: 'pairwise', sampleId: pairwise.id, input: pairwise.input, responses: pairwise.responses } });
    expect(fromSample.status).toBe(201);
    expect(fromSample.body.battle.rubric).toEqual(pairwise.rubric ?? DEFAULT_PAIRWISE_RUBRIC);
    const category = await env.DB.prepare('SELECT category FROM battles WHERE id = ?').bind(fromSample.body.battle.id).first<{ category: string }>();
    expect(category!.category).toBe(pairwise.category);
  });
});
