// The pool-formats migration on a pool from before it: every sample already pooled becomes a likert sample, with
// no second response, criterion or expected verdict, and is still served as one.
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPooledSample } from '../../src/samples/sample-pool';
import { database } from '../../src/db/client';

const testEnv = env as unknown as Env;
const migrations = (env as unknown as { TEST_MIGRATIONS: D1Migration[] }).TEST_MIGRATIONS;
const POOL_MIGRATION = migrations.findIndex((m) => /_pool_formats(\.sql)?$/.test(m.name));

describe('the pool-formats migration on a filled pool', () => {
  beforeAll(async () => {
    const { results } = await testEnv.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
    ).all<{ name: string }>();
    await testEnv.DB.batch(results.map((t) => testEnv.DB.prepare(`DROP TABLE "${t.name}"`)));
    expect(POOL_MIGRATION).toBeGreaterThan(0);
    await applyD1Migrations(testEnv.DB, migrations.slice(0, POOL_MIGRATION));
    await testEnv.DB.batch(
      ['generated-old-1', 'generated-old-2'].map((id, i) =>
        testEnv.DB.prepare("INSERT INTO sample_pool (id, input, response, category, created_at) VALUES (?, ?, 'An answer.', 'coding', ?)").bind(id, `Question ${i}?`, i),
      ),
    );
    await applyD1Migrations(testEnv.DB, migrations);
  });

  it('makes every pooled sample likert, with none of the other formats\' columns', async () => {
    const { results } = await testEnv.DB.prepare('SELECT id, format, second_response, rubric_json, expected_verdict FROM sample_pool ORDER BY id').all();
    expect(results).toEqual([
      { id: 'generated-old-1', format: 'likert', second_response: null, rubric_json: null, expected_verdict: null },
      { id: 'generated-old-2', format: 'likert', second_response: null, rubric_json: null, expected_verdict: null },
    ]);
    expect(await findPooledSample(database(testEnv.DB), 'generated-old-2')).toEqual({
      id: 'generated-old-2',
      format: 'likert',
      input: 'Question 1?',
      response: 'An answer.',
      category: 'coding',
    });
  });
});
