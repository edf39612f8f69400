// Invariants of the stored data that no sequence of requests may break. Each query returns the offending rows
// (or a mismatch), so a violation says exactly what is wrong.

interface Check {
  name: string;
  /** A query returning one row per violation. */
  sql: string;
}

const CHECKS: Check[] = [
  {
    name: 'every vote references an existing battle',
    sql: `SELECT v.id, v.battle_id FROM votes v LEFT JOIN battles b ON b.id = v.battle_id WHERE b.id IS NULL`,
  },
  {
    name: 'a vote names the judges of its battle',
    sql: `SELECT v.id, v.model_a, v.model_b, b.model_a AS battle_a, b.model_b AS battle_b
          FROM votes v JOIN battles b ON b.id = v.battle_id WHERE v.model_a <> b.model_a OR v.model_b <> b.model_b`,
  },
  {
    name: 'a battle is "voted" exactly when it has a vote',
    sql: `SELECT b.id, b.status, v.id AS vote_id FROM battles b LEFT JOIN votes v ON v.battle_id = b.id
          WHERE (b.status = 'voted') <> (v.id IS NOT NULL)`,
  },
  {
    name: 'only battles whose two judgments completed are voted on',
    sql: `SELECT v.battle_id, COUNT(j.position) AS complete FROM votes v
          LEFT JOIN judgments j ON j.battle_id = v.battle_id AND j.status = 'complete'
          GROUP BY v.battle_id HAVING COUNT(j.position) <> 2`,
  },
  {
    name: 'every battle has exactly its A and B judgments',
    sql: `SELECT b.id, GROUP_CONCAT(j.position) AS positions FROM battles b LEFT JOIN judgments j ON j.battle_id = b.id
          GROUP BY b.id HAVING COUNT(j.position) <> 2 OR SUM(j.position = 'A') <> 1 OR SUM(j.position = 'B') <> 1`,
  },
  {
    name: 'no judgment without a battle',
    sql: `SELECT j.battle_id, j.position FROM judgments j LEFT JOIN battles b ON b.id = j.battle_id WHERE b.id IS NULL`,
  },
  {
    name: 'a counted vote has no exclusion reason and an uncounted one has one',
    sql: `SELECT id, counted, excluded_reason FROM votes WHERE (counted = 1) = (excluded_reason IS NOT NULL)`,
  },
  {
    name: 'the sum of pair_counts equals the number of counted votes',
    sql: `SELECT pairs, counted FROM (
            SELECT (SELECT COALESCE(SUM(wins_lo + wins_hi + ties + both_bad), 0) FROM pair_counts) AS pairs,
                   (SELECT COUNT(*) FROM votes WHERE counted = 1) AS counted)
          WHERE pairs <> counted`,
  },
  {
    name: 'pair_counts agree with the counted votes, slice (format, category) by slice and pair by pair',
    sql: `WITH v AS (
            SELECT b.format, b.category, MIN(x.model_a, x.model_b) AS lo, MAX(x.model_a, x.model_b) AS hi, COUNT(*) AS n
            FROM votes x JOIN battles b ON b.id = x.battle_id WHERE x.counted = 1 GROUP BY 1, 2, 3, 4)
          SELECT p.format, p.category, p.model_lo, p.model_hi, p.wins_lo + p.wins_hi + p.ties + p.both_bad AS stored, COALESCE(v.n, 0) AS votes
          FROM pair_counts p LEFT JOIN v ON v.format = p.format AND v.category = p.category AND v.lo = p.model_lo AND v.hi = p.model_hi
          WHERE p.wins_lo + p.wins_hi + p.ties + p.both_bad <> COALESCE(v.n, 0)
          UNION ALL
          SELECT v.format, v.category, v.lo, v.hi, NULL, v.n FROM v
          LEFT JOIN pair_counts p ON p.format = v.format AND p.category = v.category AND p.model_lo = v.lo AND p.model_hi = v.hi
          WHERE p.model_lo IS NULL`,
  },
  {
    name: 'pair_counts keys are ordered (model_lo < model_hi)',
    sql: `SELECT model_lo, model_hi FROM pair_counts WHERE NOT (model_lo < model_hi)`,
  },
  {
    name: 'judge_stats count each counted vote once per judge',
    sql: `SELECT stats, expected FROM (
            SELECT (SELECT COALESCE(SUM(votes), 0) FROM judge_stats) AS stats,
                   (SELECT 2 * COUNT(*) FROM votes WHERE counted = 1) AS expected)
          WHERE stats <> expected`,
  },
];

/** One line per broken invariant, with up to three offending rows. */
export async function dataIntegrityViolations(db: D1Database): Promise<string[]> {
  const results = await db.batch(CHECKS.map((c) => db.prepare(c.sql)));
  return CHECKS.flatMap((check, i) => {
    const rows = results[i].results;
    return rows.length ? [`${check.name}: ${rows.length} violation(s), e.g. ${JSON.stringify(rows.slice(0, 3))}`] : [];
  });
}
