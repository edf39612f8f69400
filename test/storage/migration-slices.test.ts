// The slices migration on a database with votes and pair counts from before it: every battle gets format likert
// and the category its sample names, and the pair counts are split per (format, category) so that each slice's
// counts equal the votes they came from and their sum equals the counts the ledger had kept.
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { refreshLeaderboard } from '../../src/leaderboard/refresh-leaderboard';
import { orderPair, pairCountField } from '../../src/ranking/pair-counts';
import type { VoteChoice } from '../../src/shared/api-types';
import { apiJson } from '../support/api';

const testEnv = env as unknown as Env;
const migrations = (env as unknown as { TEST_MIGRATIONS: D1Migration[] }).TEST_MIGRATIONS;
const SLICES_MIGRATION = migrations.findIndex((m) => m.name.includes('slices_leaderboard_slices'));

/** Battles before the migration, with the category the migration must give each. */
const BATTLES = [
  { id: 'b1', sampleId: 'coding-001', category: 'coding' },
  { id: 'b2', sampleId: 'coding-004', category: 'coding' },
  { id: 'b3', sampleId: 'writing-002', category: 'writing' },
  { id: 'b4', sampleId: 'pairwise-safety-003', category: 'safety' },
  { id: 'b5', sampleId: 'generated-1', category: 'factual' },
  { id: 'b6', sampleId: 'generated-2', category: 'custom' },
  { id: 'b7', sampleId: null, category: 'custom' },
  { id: 'b8', sampleId: 'poetry-001', category: 'custom' },
  { id: 'b9', sampleId: 'coding-', category: 'custom' },
] as const;
const POOL = [
  { id: 'generated-1', category: ' Factual' },
  { id: 'generated-2', category: 'poems' },
];
/** [battle, model A, model B, choice, counted] */
const VOTES: [string, string, string, VoteChoice, boolean][] = [
  ['b1', 'judge-x', 'judge-y', 'A', true],
  ['b2', 'judge-y', 'judge-x', 'A', true],
  ['b3', 'judge-x', 'judge-y', 'tie', true],
  ['b4', 'judge-z', 'judge-x', 'B', true],
  ['b5', 'judge-x', 'judge-z', 'both_bad', true],
  ['b6', 'judge-y', 'judge-z', 'B', true],
  ['b7', 'judge-x', 'judge-y', 'B', true],
  ['b8', 'judge-x', 'judge-y', 'A', false],
  ['b9', 'judge-z', 'judge-y', 'A', true],
];

type Counts = Record<'winsLo' | 'winsHi' | 'ties' | 'bothBad', number>;
const zero = (): Counts => ({ winsLo: 0, winsHi: 0, ties: 0, bothBad: 0 });

/** The counts the votes make, keyed as given (a slice and pair, or a pair alone). */
function tally(key: (battle: (typeof BATTLES)[number], lo: string, hi: string) => string): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const [battleId, a, b, choice, counted] of VOTES) {
    if (!counted) continue;
    const { lo, hi } = orderPair(a, b);
    const k = key(BATTLES.find((x) => x.id === battleId)!, lo, hi);
    const c = counts.get(k) ?? zero();
    c[pairCountField(a, b, choice)] += 1;
    counts.set(k, c);
  }
  return counts;
}

async function databaseFromBeforeSlices() {
  const { results } = await testEnv.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  await testEnv.DB.batch(results.map((t) => testEnv.DB.prepare(`DROP TABLE "${t.name}"`)));
  expect(SLICES_MIGRATION).toBeGreaterThan(0);
  await applyD1Migrations(testEnv.DB, migrations.slice(0, SLICES_MIGRATION));
  const now = Date.now();
  // The pair counts as the ledger kept them before slices: one row per pair, from the counted votes.
  const before = tally((_battle, lo, hi) => `${lo}|${hi}`);
  await testEnv.DB.batch([
    ...BATTLES.map((b) =>
      testEnv.DB.prepare(`INSERT INTO battles (id, sample_id, model_a, model_b, status, created_at) VALUES (?, ?, 'x', 'y', 'voted', ?)`).bind(b.id, b.sampleId, now),
    ),
    ...POOL.map((p) => testEnv.DB.prepare(`INSERT INTO sample_pool (id, input, response, category, created_at) VALUES (?, 'in', 'out', ?, ?)`).bind(p.id, p.category, now)),
    ...VOTES.map(([battleId, a, b, choice, counted], i) =>
      testEnv.DB.prepare(
        `INSERT INTO votes (id, battle_id, choice, model_a, model_b, counted, excluded_reason, response_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
      ).bind(`v${i}`, battleId, choice, a, b, counted ? 1 : 0, counted ? null : 'too_fast', now),
    ),
    ...[...before].map(([pair, c]) =>
      testEnv.DB.prepare('INSERT INTO pair_counts (model_lo, model_hi, wins_lo, wins_hi, ties, both_bad) VALUES (?, ?, ?, ?, ?, ?)').bind(
        ...pair.split('|'),
        c.winsLo,
        c.winsHi,
        c.ties,
        c.bothBad,
      ),
    ),
  ]);
  return before;
}

describe('the slices migration on a database with votes', () => {
  let before: Map<string, Counts>;
  beforeAll(async () => {
    before = await databaseFromBeforeSlices();
    await applyD1Migrations(testEnv.DB, migrations);
  });

  it('gives every battle format likert and the category its sample names', async () => {
    const { results } = await testEnv.DB.prepare('SELECT id, format, category FROM battles ORDER BY id').all<{ id: string; format: string; category: string }>();
    expect(results).toEqual(BATTLES.map((b) => ({ id: b.id, format: 'likert', category: b.category })));
  });

  it('splits the pair counts per slice, each equal to the votes it came from, their sum equal to the old counts', async () => {
    const { results } = await testEnv.DB.prepare('SELECT * FROM pair_counts').all<Record<string, string | number>>();
    const stored = new Map(
      results.map((r) => [
        `${r.format}|${r.category}|${r.model_lo}|${r.model_hi}`,
        { winsLo: r.wins_lo, winsHi: r.wins_hi, ties: r.ties, bothBad: r.both_bad },
      ]),
    );
    expect(stored).toEqual(tally((battle, lo, hi) => `likert|${battle.category}|${lo}|${hi}`));
    const summed = new Map<string, Counts>();
    for (const [key, c] of stored) {
      const pair = key.split('|').slice(2).join('|');
      const s = summed.get(pair) ?? zero();
      for (const f of Object.keys(s) as (keyof Counts)[]) s[f] += c[f] as number;
      summed.set(pair, s);
    }
    expect(summed).toEqual(before);
  });

  it('serves each slice from the migrated counts after the hourly refresh', async () => {
    const overall = await refreshLeaderboard(testEnv);
    expect(overall.totalVotes).toBe(VOTES.filter((v) => v[4]).length);
    const coding = (await apiJson('/api/leaderboard?category=coding')).body;
    expect(coding.slice).toEqual({ format: null, category: 'coding' });
    expect(coding.totalVotes).toBe(2);
    const custom = (await apiJson('/api/leaderboard/pairs?format=likert&category=custom')).body;
    expect(custom.pairs.reduce((n: number, p: { battles: number }) => n + p.battles, 0)).toBe(3);
    expect((await apiJson('/api/leaderboard?category=reasoning')).body).toMatchObject({ updatedAt: null, totalVotes: 0 });
  });
});
