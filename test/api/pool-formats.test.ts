// The generated-sample pool in every format (issue 10): the hourly job asks SAMPLE_GENERATOR for likert, binary and
// pairwise samples (one paid call each), GET /api/samples/random?format= serves them with no provider call, the
// expected verdict never leaves the server, and a battle started from a pooled sample keeps its id only in its own
// format. Through the hourly job and the HTTP API against the stub provider.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { BINARY_RUBRIC_PRESETS } from '../../src/shared/format-rubric-presets';
import { letTimePass } from '../support/api';
import { fetchWith } from '../support/app-with-env';
import { BINARY_SAMPLE, PAIRWISE_SAMPLE, SAMPLE } from '../support/stub-openai/behaviours';
import { stubCalls, stubEnv, stubModel } from '../support/stub-openai/client';

const baseEnv = env as unknown as Env;

async function runHourlyJob(testEnv: Env): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: '0 * * * *' }), testEnv, ctx);
  await waitOnExecutionContext(ctx);
}

interface PoolRow {
  id: string;
  format: string;
  input: string;
  response: string;
  second_response: string | null;
  rubric_json: string | null;
  expected_verdict: string | null;
  category: string;
  created_at: number;
}

async function poolRows(format?: string): Promise<PoolRow[]> {
  const where = format ? ' WHERE format = ?' : '';
  const statement = baseEnv.DB.prepare(`SELECT * FROM sample_pool${where} ORDER BY created_at, id`);
  return (await (format ? statement.bind(format) : statement).all<PoolRow>()).results;
}

async function paidCallsToday(): Promise<number> {
  const row = await baseEnv.DB.prepare('SELECT paid_judge_calls AS n FROM daily_usage WHERE day = ?')
    .bind(new Date(Date.now()).toISOString().slice(0, 10))
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** An arena whose sample generator is a stub model of its own (own call count), judged by the offline baselines. */
function generatorArena(behaviour: string, overrides: Record<string, string> = {}) {
  const sampleModel = stubModel(behaviour);
  const testEnv = stubEnv([], { SAMPLE_GENERATOR: `local:${sampleModel}`, OFFLINE_JUDGES: 'on', ...overrides } as Partial<Env>);
  return { testEnv, sampleModel };
}

const NO_REFERENCE_CRITERIA = BINARY_RUBRIC_PRESETS.filter((p) => !p.usesReference).map((p) => p.rubric);

beforeEach(async () => {
  await baseEnv.DB.prepare('DELETE FROM sample_pool').run();
});

describe('the hourly job fills a pool per format', () => {
  it('spends the hour\'s calls on all three formats and stores what each needs, the verdict kept internal', async () => {
    const { testEnv, sampleModel } = generatorArena('sample-any', { SAMPLE_GENERATOR_PER_HOUR: '6' });
    const paidBefore = await paidCallsToday();
    await runHourlyJob(testEnv);
    expect(await stubCalls(sampleModel)).toBe(6);
    expect(await paidCallsToday()).toBe(paidBefore + 6);

    const rows = await poolRows();
    expect(rows.map((r) => r.format).sort()).toEqual(['binary', 'binary', 'likert', 'likert', 'pairwise', 'pairwise']);
    for (const row of rows.filter((r) => r.format === 'likert')) {
      expect(row).toMatchObject({ input: SAMPLE.input, response: SAMPLE.response, second_response: null, rubric_json: null, expected_verdict: null });
    }
    for (const row of rows.filter((r) => r.format === 'binary')) {
      expect(row).toMatchObject({ input: BINARY_SAMPLE.input, response: BINARY_SAMPLE.response, second_response: null, expected_verdict: 'fail' });
      // Written for one of the presets that need no reference (the generator writes none).
      expect(NO_REFERENCE_CRITERIA).toContainEqual(JSON.parse(row.rubric_json!));
    }
    for (const row of rows.filter((r) => r.format === 'pairwise')) {
      expect([row.response, row.second_response].sort()).toEqual([...PAIRWISE_SAMPLE.responses].sort());
      // Whatever order the responses were stored in, the expected verdict points at the better one.
      const better = row.expected_verdict === 'first' ? row.response : row.second_response;
      expect(better).toBe(PAIRWISE_SAMPLE.responses[0]);
      expect(row).toMatchObject({ input: PAIRWISE_SAMPLE.input, rubric_json: null, category: 'reasoning' });
    }
  });

  it('keeps each format\'s pool to SAMPLE_POOL_SIZE, oldest out, without one format crowding out another', async () => {
    const { testEnv } = generatorArena('sample-any', { SAMPLE_GENERATOR_PER_HOUR: '3', SAMPLE_POOL_SIZE: '1' });
    letTimePass(1_000);
    await runHourlyJob(testEnv);
    const firstHour = new Set((await poolRows()).map((r) => r.id));
    letTimePass(1_000);
    await runHourlyJob(testEnv);
    const rows = await poolRows();
    expect(rows.map((r) => r.format).sort()).toEqual(['binary', 'likert', 'pairwise']);
    // The newest of each format: the second hour's.
    expect(rows.filter((r) => firstHour.has(r.id))).toEqual([]);
  });

  it('goes on with the other formats when one format\'s output cannot be read, and spends no more on that one', async () => {
    const { testEnv, sampleModel } = generatorArena('sample-any-but-pairwise', { SAMPLE_GENERATOR_PER_HOUR: '6' });
    const paidBefore = await paidCallsToday();
    await runHourlyJob(testEnv);
    // Six planned, two of each format: the first pairwise call fails, the second is never made.
    expect(await stubCalls(sampleModel)).toBe(5);
    expect(await paidCallsToday()).toBe(paidBefore + 5);
    expect((await poolRows()).map((r) => r.format).sort()).toEqual(['binary', 'binary', 'likert', 'likert']);

    // With no pooled pairwise sample the bank answers.
    const res = await fetchWith(testEnv, '/api/samples/random?format=pairwise');
    expect(res.status).toBe(200);
    expect(res.json().sample.id).toMatch(/^pairwise-/);
  });

  it('stops the hour at a provider failure', async () => {
    // A refused key (401, not retried): the provider will refuse the next call too.
    const { testEnv, sampleModel } = generatorArena('http401', { SAMPLE_GENERATOR_PER_HOUR: '6' });
    const paidBefore = await paidCallsToday();
    await runHourlyJob(testEnv);
    expect(await stubCalls(sampleModel)).toBe(1);
    expect(await paidCallsToday()).toBe(paidBefore + 1);
    expect(await poolRows()).toEqual([]);
  });
});

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

describe('GET /api/samples/random from the pool of each format', () => {
  it('serves each format\'s pooled samples with no provider call, exactly the public fields', async () => {
    const { testEnv, sampleModel } = generatorArena('sample-any', { SAMPLE_GENERATOR_PER_HOUR: '3' });
    await runHourlyJob(testEnv);
    expect(await stubCalls(sampleModel)).toBe(3);
    const [likert] = await poolRows('likert');
    const [binary] = await poolRows('binary');
    const [pairwise] = await poolRows('pairwise');

    const served = async (query: string) => {
      const res = await fetchWith(testEnv, `/api/samples/random${query}`);
      expect(res.status).toBe(200);
      // The expected verdict is on the row, never in the answer (under no key; a bank sample's text may say "better").
      expect(keysOf(res.json())).not.toContainEqual(expect.stringMatching(/expected|verdict|better/i));
      return res.json().sample;
    };
    for (let i = 0; i < 5; i++) {
      expect(await served('')).toEqual({ id: likert.id, format: 'likert', input: SAMPLE.input, response: SAMPLE.response, category: SAMPLE.category });
      expect(await served('?format=binary')).toEqual({
        id: binary.id,
        format: 'binary',
        input: BINARY_SAMPLE.input,
        response: BINARY_SAMPLE.response,
        rubric: JSON.parse(binary.rubric_json!),
        category: 'factual',
      });
      expect(await served('?format=pairwise')).toEqual({
        id: pairwise.id,
        format: 'pairwise',
        input: PAIRWISE_SAMPLE.input,
        responses: [pairwise.response, pairwise.second_response],
        category: 'reasoning',
      });
    }
    expect(await stubCalls(sampleModel), 'no provider call per request').toBe(3);

    // Generated samples have no reference: asking for one is answered from the bank, in the format asked for.
    for (const format of ['likert', 'binary', 'pairwise']) {
      const sample = await served(`?format=${format}&reference=true`);
      expect(sample.id).not.toMatch(/^generated-/);
      expect(sample).toMatchObject({ format, reference: expect.any(String) });
    }
    expect(await stubCalls(sampleModel)).toBe(3);
  });
});

describe('a battle started from a pooled sample', () => {
  async function battleRow(id: string) {
    return baseEnv.DB.prepare('SELECT sample_id, format, category FROM battles WHERE id = ?').bind(id).first<{ sample_id: string | null; format: string; category: string }>();
  }

  it('keeps the sample id in its own format, uses a binary sample\'s criterion, and refuses another format', async () => {
    const { testEnv } = generatorArena('sample-any', { SAMPLE_GENERATOR_PER_HOUR: '3' });
    await runHourlyJob(testEnv);
    const sampleOf = async (format: string) => (await fetchWith(testEnv, `/api/samples/random?format=${format}`)).json().sample;
    const binary = await sampleOf('binary');
    const pairwise = await sampleOf('pairwise');
    expect(binary.id).toMatch(/^generated-/);
    expect(pairwise.id).toMatch(/^generated-/);

    const create = (json: object) => fetchWith(testEnv, '/api/battles', { method: 'POST', json });
    const fromBinary = await create({ format: 'binary', sampleId: binary.id, input: binary.input, response: binary.response });
    expect(fromBinary.status).toBe(201);
    expect(fromBinary.json().battle.rubric).toEqual(binary.rubric);
    expect(await battleRow(fromBinary.json().battle.id)).toEqual({ sample_id: binary.id, format: 'binary', category: 'factual' });

    const fromPairwise = await create({ format: 'pairwise', sampleId: pairwise.id, input: pairwise.input, responses: pairwise.responses });
    expect(fromPairwise.status).toBe(201);
    expect(await battleRow(fromPairwise.json().battle.id)).toEqual({ sample_id: pairwise.id, format: 'pairwise', category: 'reasoning' });

    // Edited, the sample is the visitor's own: the battle goes ahead without the id.
    const edited = await create({ format: 'pairwise', sampleId: pairwise.id, input: pairwise.input, responses: [pairwise.responses[1], pairwise.responses[0]] });
    expect(edited.status).toBe(201);
    expect(await battleRow(edited.json().battle.id)).toMatchObject({ sample_id: null, category: 'custom' });

    // A pooled sample of another format than the battle's is refused, naming sampleId.
    const wrong = await create({ format: 'likert', sampleId: binary.id, input: binary.input, response: binary.response });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_body', message: expect.stringContaining(`sampleId: "${binary.id}" is a binary sample`) });
    const wrongPairwise = await create({ format: 'binary', sampleId: pairwise.id, input: pairwise.input, response: pairwise.responses[0] });
    expect(wrongPairwise.status).toBe(400);
    expect(wrongPairwise.json().error.message).toContain('is a pairwise sample');
  });
});
