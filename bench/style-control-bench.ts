// `npm run bench` (second part): what style control costs. The vote ledger's side, per counted vote — the
// features of the two critiques (once per battle, at hand-over) and the moments it adds to pair_style_sums —
// and the hourly job's side — reading the moments (at most judges² × 3 rows, independent of the votes) and
// fitting the contextual Bradley–Terry model with sandwich intervals — up to 2·10⁶ votes. For scale, the
// exact per-vote fit that the moments replace (it needs every vote, which the hourly job never reads).
import { STYLE_FEATURE_COUNT, STYLE_PRODUCT_COLUMNS, STYLE_SUM_COLUMNS, styleIncrement } from '../src/ranking/style-sums';
import { StyleSumsBook } from '../test/support/style-sums-book';
import { cpuMs, cpuPerCall } from './cpu-time';
import { styleControl } from '../src/ranking/style-control';
import { ridgeOnNats } from '../src/ranking/rating-scale';
import { styleOfBattle } from '../src/votes/style-features';
import { exactContextualFit } from '../test/support/exact-contextual-fit';
import { simulateStyleArena } from '../test/support/simulated-style-arena';

const EFFECTS = { length: 0.8, bold: 0.3, score: -0.1 };
const CASES = [
  { judges: 25, votes: 1e5 },
  { judges: 25, votes: 2e6 },
  { judges: 100, votes: 1e5 },
  { judges: 100, votes: 2e6 },
];

const CRITIQUE_A = `## Verdict\nThe response answers the question but **misses** the edge case.\n- The loop is off by one.\n- No input validation.\n1. Fix the bound.\n2. Validate the input.\n${'It is otherwise clear and well organised. '.repeat(6)}`;
const CRITIQUE_B = `Mostly correct. ${'The explanation follows the steps the user asked for, in order. '.repeat(4)}`;
const featuresUs = 1000 * cpuPerCall(() => styleOfBattle([CRITIQUE_A, CRITIQUE_B], [2, 4]));
const x = styleOfBattle([CRITIQUE_A, CRITIQUE_B], [2, 4]);
const incrementNs = 1e6 * cpuPerCall(() => styleIncrement('judge-a', 'judge-b', 'A', x));
const columns = STYLE_SUM_COLUMNS.length + STYLE_PRODUCT_COLUMNS.length;
console.log(`Style control, the ledger's side (per counted vote; words ${CRITIQUE_A.split(/\s+/).length} and ${CRITIQUE_B.split(/\s+/).length}):`);
console.log(`  features of the two critiques: ${featuresUs.toFixed(1)} µs per battle (at hand-over, not on the vote path)`);
console.log(`  moments of one vote (lo − hi, ${STYLE_FEATURE_COUNT} sums + ${STYLE_PRODUCT_COLUMNS.length} products): ${incrementNs.toFixed(0)} ns, then one more upsert in the vote's D1 batch`);
console.log(`  storage: one row per (pair, outcome): ${columns} REAL columns + key ≈ ${columns * 8 + 40} bytes, at most judges² × 3 rows whatever the votes\n`);

console.log('The hourly job (CPU ms; rows = what it reads; fit = build + Newton + sandwich of ratings and coefficients):');
console.log('judges     votes    rows  accumulate  ns/vote   fit ms  exact fit ms (per-vote, extrapolated)');
for (const { judges, votes } of CASES) {
  const arena = simulateStyleArena({ judges, votes, seed: judges + votes, effects: EFFECTS });
  const book = new StyleSumsBook();
  const vector = new Array<number>(STYLE_FEATURE_COUNT);
  const accumulateMs = cpuMs(() => {
    for (let v = 0; v < votes; v++) {
      for (let f = 0; f < STYLE_FEATURE_COUNT; f++) vector[f] = arena.features[v * STYLE_FEATURE_COUNT + f];
      book.add(styleIncrement(arena.judgeIds[arena.modelA[v]], arena.judgeIds[arena.modelB[v]], arena.choice[v], vector));
    }
  });
  const rows = book.all();
  const fitMs = cpuPerCall(() => styleControl(arena.judgeIds, rows), 500);
  // The exact fit on the first 20,000 votes, scaled to all of them (its cost is linear in the votes).
  const sample = 20_000;
  const exactMs =
    cpuMs(() =>
      exactContextualFit(judges, arena.modelA.subarray(0, sample), arena.modelB.subarray(0, sample), arena.choice.slice(0, sample), arena.features.subarray(0, sample * STYLE_FEATURE_COUNT), STYLE_FEATURE_COUNT, ridgeOnNats(0.5)),
    ) *
    (votes / sample);
  console.log(
    `${String(judges).padStart(6)} ${votes.toExponential(0).padStart(9)} ${String(rows.length).padStart(7)} ${accumulateMs.toFixed(0).padStart(8)} ms ${((1e6 * accumulateMs) / votes).toFixed(0).padStart(8)} ${fitMs.toFixed(2).padStart(8)} ${exactMs.toFixed(0).padStart(13)}`,
  );
}
