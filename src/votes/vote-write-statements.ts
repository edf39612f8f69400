// The SQL of a vote's atomic D1 batch (vote-store.ts writes it): the vote row, its judges' reveals and, for a
// counted vote, the pair counts, both judges' stats and the style moments. Drizzle builds each statement once,
// with placeholders; a vote then only binds its values. Building them per vote measured 0.0–0.4 ms of a vote's
// ~5 ms at one client, inside the noise, yet the load test's ratios rose once they were built once (README,
// Nothing lost); a counted vote has five statements.
import { fillPlaceholders, sql, type Query } from 'drizzle-orm';
import { database, type Database } from '../db/client';
import { battles, judgePromptReveals, judgeStats, pairCounts, pairStyleSums, votes } from '../db/schema';
import { orderPair, pairCountField } from '../ranking/pair-counts';
import { STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS, styleIncrement } from '../ranking/style-sums';
import type { RecordedVote } from './vote-decision';

const p = sql.placeholder;
const STYLE_MOMENT_COLUMNS = [...STYLE_SUM_COLUMNS, ...STYLE_PRODUCT_COLUMNS];

function buildTemplates(db: Database) {
  const stats = (side: 'A' | 'B') => ({
    modelId: p(`model${side}`),
    elo: p(`elo${side}`),
    votes: 1,
    wins: p(`wins${side}`),
    losses: p(`losses${side}`),
    ties: p('ties'),
    bothBad: p('bothBad'),
    updatedAt: p('receivedAt'),
  });
  // A vote kept from before slices existed carries none: its battle's row says (likert/custom, as the migration
  // counts them, should there be no row).
  const sliceOf = (column: typeof battles.format | typeof battles.category, fallback: string) =>
    sql`coalesce(${p(column.name)}, (select ${column} from ${battles} where ${battles.id} = ${p('battleId')}), ${fallback})`;
  return {
    // Its insert marks the battle voted (the trigger votes_mark_battle_voted of migration 0015).
    vote: db
      .insert(votes)
      .values({
        id: p('voteId'),
        battleId: p('battleId'),
        choice: p('choice'),
        modelA: p('modelA'),
        modelB: p('modelB'),
        visitorId: p('visitorId'),
        counted: p('counted'),
        excludedReason: p('excludedReason'),
        idempotencyKey: p('idempotencyKey'),
        responseJson: p('answer'),
        createdAt: p('receivedAt'),
      })
      .toSQL(),
    // A row exists once the judgment has been revealed, so a vote on an existing row is one "since the reveal".
    reveals: db
      .insert(judgePromptReveals)
      .values(['modelA', 'modelB'].map((model) => ({ promptHash: p('promptHash'), modelId: p(model), reveals: 1, countedSinceReveal: 0 })))
      .onConflictDoUpdate({
        target: [judgePromptReveals.promptHash, judgePromptReveals.modelId],
        set: { reveals: sql`${judgePromptReveals.reveals} + 1`, countedSinceReveal: sql`${judgePromptReveals.countedSinceReveal} + ${p('countedAsNumber')}` },
      })
      .toSQL(),
    pairCounts: db
      .insert(pairCounts)
      .values({
        format: sliceOf(battles.format, 'likert'),
        category: sliceOf(battles.category, 'custom'),
        modelLo: p('lo'),
        modelHi: p('hi'),
        winsLo: p('winsLo'),
        winsHi: p('winsHi'),
        ties: p('ties'),
        bothBad: p('bothBad'),
      })
      .onConflictDoUpdate({
        target: [pairCounts.format, pairCounts.category, pairCounts.modelLo, pairCounts.modelHi],
        set: {
          winsLo: sql`${pairCounts.winsLo} + excluded.wins_lo`,
          winsHi: sql`${pairCounts.winsHi} + excluded.wins_hi`,
          ties: sql`${pairCounts.ties} + excluded.ties`,
          bothBad: sql`${pairCounts.bothBad} + excluded.both_bad`,
        },
      })
      .toSQL(),
    // Both judges' stats in one statement: each row adds its own outcome; Elo is set to the value decided with
    // the vote, so applying the votes in order always ends at the ledger's Elo.
    judgeStats: db
      .insert(judgeStats)
      .values([stats('A'), stats('B')])
      .onConflictDoUpdate({
        target: judgeStats.modelId,
        set: {
          elo: sql`excluded.elo`,
          votes: sql`${judgeStats.votes} + 1`,
          wins: sql`${judgeStats.wins} + excluded.wins`,
          losses: sql`${judgeStats.losses} + excluded.losses`,
          ties: sql`${judgeStats.ties} + excluded.ties`,
          bothBad: sql`${judgeStats.bothBad} + excluded.both_bad`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .toSQL(),
    // One counted vote's style moments added to its (pair, outcome) row.
    styleSums: db
      .insert(pairStyleSums)
      .values({
        modelLo: p('lo'),
        modelHi: p('hi'),
        outcome: p('outcome'),
        votes: 1,
        ...Object.fromEntries(STYLE_MOMENT_COLUMNS.map((name) => [name, p(name)])),
      })
      .onConflictDoUpdate({
        target: [pairStyleSums.modelLo, pairStyleSums.modelHi, pairStyleSums.outcome],
        set: {
          votes: sql`${pairStyleSums.votes} + 1`,
          ...Object.fromEntries(STYLE_MOMENT_COLUMNS.map((name) => [name, sql`${sql.identifier(name)} + excluded.${sql.identifier(name)}`])),
        },
      })
      .toSQL(),
  };
}

type Templates = ReturnType<typeof buildTemplates>;
/** The same for every D1 binding (they depend on the schema and dialect only): built on the first vote. */
let templates: Templates | null = null;

function bound(d1: D1Database, query: Query, values: object): D1PreparedStatement {
  return d1.prepare(query.sql).bind(...fillPlaceholders(query.params, values as Record<string, unknown>));
}

/** One vote's statements, in the order the batch must apply them. */
export function voteStatements(d1: D1Database, vote: RecordedVote): D1PreparedStatement[] {
  const t = (templates ??= buildTemplates(database(d1)));
  const statements = [bound(d1, t.vote, vote)];
  if (vote.promptHash) statements.push(bound(d1, t.reveals, { ...vote, countedAsNumber: vote.counted ? 1 : 0 }));
  if (!vote.eloAfter) return statements;

  const { lo, hi } = orderPair(vote.modelA, vote.modelB);
  const field = pairCountField(vote.modelA, vote.modelB, vote.choice);
  const one = (f: typeof field) => (f === field ? 1 : 0);
  const outcome = {
    ...vote,
    lo,
    hi,
    format: vote.slice?.format ?? null,
    category: vote.slice?.category ?? null,
    winsLo: one('winsLo'),
    winsHi: one('winsHi'),
    ties: one('ties'),
    bothBad: one('bothBad'),
    eloA: vote.eloAfter.A,
    eloB: vote.eloAfter.B,
    winsA: vote.choice === 'A' ? 1 : 0,
    lossesA: vote.choice === 'B' ? 1 : 0,
    winsB: vote.choice === 'B' ? 1 : 0,
    lossesB: vote.choice === 'A' ? 1 : 0,
  };
  statements.push(bound(d1, t.pairCounts, outcome), bound(d1, t.judgeStats, outcome));
  if (vote.style) {
    const increment = styleIncrement(vote.modelA, vote.modelB, vote.choice, vote.style);
    const moments = [...increment.sums, ...increment.products];
    const values = Object.fromEntries(STYLE_MOMENT_COLUMNS.map((name, i) => [name, moments[i]]));
    statements.push(bound(d1, t.styleSums, { lo: increment.lo, hi: increment.hi, outcome: increment.outcome, ...values }));
  }
  return statements;
}
