// Battles store their sample texts and rubric once, content-addressed, and load them back exactly.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { insertBattle, loadBattle } from '../../src/battles/battle-store';
import { database } from '../../src/db/client';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';
import { apiJson, streamEvents } from '../support/api';

const testEnv = env as unknown as Env;
const db = database(testEnv.DB);

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const unique = (label: string) => `${label} ${crypto.randomUUID()}`;

async function textExists(body: string): Promise<boolean> {
  const row = await testEnv.DB.prepare('SELECT body FROM texts WHERE hash = ?').bind(await sha256(body)).first<{ body: string }>();
  return row?.body === body;
}

async function promptHashOf(battleId: string) {
  return (await testEnv.DB.prepare('SELECT prompt_hash, input, response, reference, rubric_json FROM battles WHERE id = ?').bind(battleId).first())!;
}

describe('content-addressed battle texts', () => {
  it('stores each text once however many battles use it, and loads every battle back as it was given', async () => {
    const input = unique('Which planet is largest?');
    const response = unique('Jupiter.');
    const reference = unique('Jupiter is the largest planet.');
    const rubric = { criteria: unique('Is it right?'), scores: ['1', '2', '3', '4', '5'] as [string, string, string, string, string] };
    const common = { input, response, reference, rubric, models: ['offline-a', 'offline-b'] as [string, string], now: Date.now() };
    const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const id of ids) await insertBattle(db, { id, ...common });

    for (const body of [input, response, reference, JSON.stringify(rubric)]) {
      expect(await textExists(body), body).toBe(true);
      const { n } = (await testEnv.DB.prepare('SELECT COUNT(*) AS n FROM texts WHERE body = ?').bind(body).first<{ n: number }>())!;
      expect(n).toBe(1);
    }
    const rows = await Promise.all(ids.map(promptHashOf));
    // Every battle points at the same prompt and keeps nothing inline.
    expect(new Set(rows.map((r) => r.prompt_hash)).size).toBe(1);
    for (const r of rows) expect([r.input, r.response, r.reference, r.rubric_json]).toEqual([null, null, null, null]);
    const prompt = await testEnv.DB.prepare('SELECT * FROM prompts WHERE hash = ?').bind(rows[0]!.prompt_hash).first();
    expect(prompt).toEqual({
      hash: rows[0]!.prompt_hash,
      input_hash: await sha256(input),
      response_hash: await sha256(response),
      reference_hash: await sha256(reference),
      rubric_hash: await sha256(JSON.stringify(rubric)),
    });

    for (const id of ids) {
      const battle = await loadBattle(db, id);
      expect(battle).toMatchObject({ id, input, response, reference, rubric, modelA: 'offline-a', modelB: 'offline-b', status: 'pending' });
      expect(battle!.judgments.A.status).toBe('pending');
    }
  });

  it('gives a different prompt to a different rubric or reference, sharing the texts they have in common', async () => {
    const input = unique('Say hi.');
    const response = unique('Hi!');
    const base = { input, response, models: ['offline-a', 'offline-b'] as [string, string], now: Date.now() };
    const [plain, withReference, otherRubric] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await insertBattle(db, { id: plain, ...base, rubric: DEFAULT_RUBRIC });
    await insertBattle(db, { id: withReference, ...base, reference: unique('Hello.'), rubric: DEFAULT_RUBRIC });
    await insertBattle(db, { id: otherRubric, ...base, rubric: { ...DEFAULT_RUBRIC, criteria: unique('Is it short?') } });

    const hashes = await Promise.all([plain, withReference, otherRubric].map(async (id) => (await promptHashOf(id)).prompt_hash));
    expect(new Set(hashes).size).toBe(3);
    const { n } = (await testEnv.DB.prepare('SELECT COUNT(*) AS n FROM texts WHERE hash IN (?, ?)').bind(await sha256(input), await sha256(response)).first<{ n: number }>())!;
    expect(n).toBe(2);
    expect((await loadBattle(db, plain))!.reference).toBeNull();
    expect((await loadBattle(db, otherRubric))!.rubric.criteria).toMatch(/^Is it short\?/);
  });

  it('serves the same texts through the API, and a regenerated battle reuses its prompt', async () => {
    const sample = { input: unique('Name a prime.'), response: unique('Seven.'), reference: unique('Any prime, e.g. 7.') };
    const created = await apiJson('/api/battles', { method: 'POST', json: sample });
    expect(created.status).toBe(201);
    const id = created.body.battle.id;
    await streamEvents(id);
    const details = await apiJson(`/api/battles/${id}`);
    expect(details.body.battle).toMatchObject({ ...sample, rubric: DEFAULT_RUBRIC, status: 'judged' });

    const again = await apiJson(`/api/battles/${id}/regenerate`, { method: 'POST' });
    expect(again.status).toBe(201);
    expect(again.body.battle).toMatchObject(sample);
    expect((await promptHashOf(again.body.battle.id)).prompt_hash).toBe((await promptHashOf(id)).prompt_hash);
  });
});
