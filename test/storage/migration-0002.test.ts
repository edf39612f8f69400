// Migration 0002 on a database that already has battles: they keep loading, and the hourly backfill moves their
// inline texts into the content-addressed tables, where they share rows with newer battles of the same prompt.
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertBattle, loadBattle } from '../../src/battles/battle-store';
import { backfillPromptHashes } from '../../src/battles/prune-store';
import { database } from '../../src/db/client';
import type { Rubric } from '../../src/judges/types';
import { apiJson } from '../support/api';

const testEnv = env as unknown as Env;
const migrations = (env as unknown as { TEST_MIGRATIONS: D1Migration[] }).TEST_MIGRATIONS;
const db = database(testEnv.DB);
const RUBRIC: Rubric = { criteria: 'Is the answer correct?', scores: ['wrong', 'mostly wrong', 'half right', 'mostly right', 'right'] };
const LEGACY = [
  { id: '00000000-0000-4000-8000-00000000a001', input: 'What is 2 + 2?', response: '4', reference: 'Four.', status: 'voted' },
  { id: '00000000-0000-4000-8000-00000000a002', input: 'What is 2 + 2?', response: '5', reference: null, status: 'judged' },
] as const;

/** Rebuilds the test database as it was before 0002 (migrations 0000 and 0001 only) and stores two old battles. */
async function databaseFromBeforeMigration2() {
  const { results } = await testEnv.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  await testEnv.DB.batch(results.map((t) => testEnv.DB.prepare(`DROP TABLE "${t.name}"`)));
  const before = migrations.filter((m) => m.name < '0002');
  expect(before.map((m) => m.name)).toEqual(['0000_init.sql', '0001_judgment_time_index.sql']);
  await applyD1Migrations(testEnv.DB, before);
  const now = Date.now();
  await testEnv.DB.batch([
    ...LEGACY.map((b) =>
      testEnv.DB.prepare(
        `INSERT INTO battles (id, input, response, reference, rubric_json, model_a, model_b, status, created_at, judged_at)
         VALUES (?, ?, ?, ?, ?, 'offline-a', 'offline-b', ?, ?, ?)`,
      ).bind(b.id, b.input, b.response, b.reference, JSON.stringify(RUBRIC), b.status, now, now),
    ),
    ...LEGACY.flatMap((b) =>
      (['A', 'B'] as const).map((p) =>
        testEnv.DB.prepare(
          `INSERT INTO judgments (battle_id, position, model_id, status, text, score, critique, finished_at)
           VALUES (?, ?, ?, 'complete', 'Score: 4', 4, 'Fine.', ?)`,
        ).bind(b.id, p, p === 'A' ? 'offline-a' : 'offline-b', now),
      ),
    ),
  ]);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('migration 0002 on a database with battles', () => {
  beforeAll(async () => {
    await databaseFromBeforeMigration2();
    await applyD1Migrations(testEnv.DB, migrations);
  });

  it('keeps every old battle loadable, from its inline texts, right after the migration', async () => {
    for (const b of LEGACY) {
      const battle = await loadBattle(db, b.id);
      expect(battle).toMatchObject({ id: b.id, input: b.input, response: b.response, reference: b.reference, rubric: RUBRIC, status: b.status, promptHash: null });
      expect(battle!.judgments.B).toMatchObject({ status: 'complete', score: 4 });
    }
    const details = await apiJson(`/api/battles/${LEGACY[1].id}`);
    expect(details.status).toBe(200);
    expect(details.body.battle).toMatchObject({ input: 'What is 2 + 2?', response: '5', rubric: RUBRIC });
  });

  it('moves old texts into texts/prompts with their SHA-256, once, and shares them with new battles', async () => {
    // A battle stored after the migration on the same prompt as the voted legacy battle.
    const { input, response } = LEGACY[0];
    await insertBattle(db, { id: 'new-same-prompt', input, response, reference: 'Four.', rubric: RUBRIC, models: ['offline-a', 'offline-b'], now: Date.now() });

    expect(await backfillPromptHashes(db, 100)).toBe(2);
    expect(await backfillPromptHashes(db, 100)).toBe(0);

    const rows = await testEnv.DB.prepare(
      'SELECT id, prompt_hash, input, response, reference, rubric_json FROM battles ORDER BY id',
    ).all<{ id: string; prompt_hash: string | null; input: string | null }>();
    for (const r of rows.results) expect(r).toMatchObject({ prompt_hash: expect.stringMatching(/^[0-9a-f]{64}$/), input: null, response: null, reference: null, rubric_json: null });
    const hash = (id: string) => rows.results.find((r) => r.id === id)!.prompt_hash;
    expect(hash(LEGACY[0].id)).toBe(hash('new-same-prompt'));
    expect(hash(LEGACY[1].id)).not.toBe(hash(LEGACY[0].id));

    // Texts: the shared input once, both responses, one reference, one rubric; each keyed by its SHA-256.
    const texts = await testEnv.DB.prepare('SELECT hash, body FROM texts').all<{ hash: string; body: string }>();
    expect(texts.results.map((t) => t.body).sort()).toEqual(['4', '5', 'Four.', JSON.stringify(RUBRIC), 'What is 2 + 2?'].sort());
    for (const t of texts.results) expect(t.hash).toBe(await sha256(t.body));

    for (const b of LEGACY) {
      expect(await loadBattle(db, b.id)).toMatchObject({ input: b.input, response: b.response, reference: b.reference, rubric: RUBRIC, promptHash: hash(b.id) });
    }
  });
});
