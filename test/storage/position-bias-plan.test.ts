// The hourly position-bias read (readPairwiseVerdictCounts) joins judgments to battles on battles.format =
// 'pairwise'. Its query plan must start from the pairwise battles through an index, not scan every battle or every
// judgment: the query is captured as the job sends it to D1 and explained there.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readPairwiseVerdictCounts } from '../../src/leaderboard/position-bias-report';

const testEnv = env as unknown as Env;

/** Runs `read` against D1, keeping each statement it prepares with its bound values. */
async function statementsOf(read: (d1: D1Database) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const d1 = new Proxy(testEnv.DB, {
    get(target, key) {
      if (key !== 'prepare') return Reflect.get(target, key).bind(target);
      return (sql: string) => {
        const entry = { sql, params: [] as unknown[] };
        seen.push(entry);
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(st, k) {
            if (k === 'bind') return (...params: unknown[]) => ((entry.params = params), st.bind(...params));
            return Reflect.get(st, k).bind(st);
          },
        });
      };
    },
  });
  await read(d1);
  return seen;
}

describe('the position-bias query plan', () => {
  it('reads the pairwise battles by index, and each one\'s judgments by their primary key', async () => {
    const [query, ...others] = await statementsOf(readPairwiseVerdictCounts);
    expect(others).toHaveLength(0);
    expect(query.sql).toMatch(/"battles"\."format" = \?/);
    const { results } = await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).bind(...query.params).all<{ detail: string }>();
    const plan = results.map((r) => r.detail);
    expect(plan.some((step) => /^SCAN (battles|judgments)\b/.test(step)), plan.join('\n')).toBe(false);
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH battles USING (COVERING )?INDEX battles_format\w* \(format=\?/));
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH judgments USING INDEX sqlite_autoindex_judgments_1 \(battle_id=\?/));
  });
});
