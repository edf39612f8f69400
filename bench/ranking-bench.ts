// `npm run bench`: CPU cost of one leaderboard slice — fit, 95% intervals, rank bounds — with the
// sandwich intervals (the default) next to the bootstrap (1000 rounds), and how the refresh scales
// with votes. Counts are built the way the vote ledger accumulates them (one increment per counted
// vote); the refresh itself only reads the counts.
import { allSlices } from '../src/shared/leaderboard-slices';
import { bootstrapIntervals } from '../src/ranking/bootstrap';
import { votesBoundRating } from '../src/ranking/bounded-ratings';
import { BradleyTerryFitter } from '../src/ranking/bradley-terry';
import { connectedComponents } from '../src/ranking/components';
import { cpuMs, cpuPerCall } from './cpu-time';
import { DEFAULT_PRIOR, rankJudges } from '../src/ranking/leaderboard';
import { PairCountBook } from '../test/support/pair-count-book';
import { buildPairTable } from '../src/ranking/pair-table';
import { ranksAndUpperBounds } from '../src/ranking/ranks';
import { ratingsFromStrengths, ridgeOnNats } from '../src/ranking/rating-scale';
import { sandwichIntervals } from '../src/ranking/sandwich';
import { OUTCOMES, simulateArena } from '../test/support/simulated-arena';
import type { PairCount } from '../src/ranking/types';

const ROUNDS = 1000;
const SEED = 7;
/** A refresh ranks the overall board and every slice (3 formats, 7 categories, 21 of both): 32 boards. */
const SLICES = 1 + allSlices().length;
const TARGET_REFRESH_25_MS = 10;
const TARGET_SLICE_100_MS = 50;
const SLICE_CASES = [
  { judges: 25, votes: 1e3 },
  { judges: 25, votes: 1e5 },
  { judges: 100, votes: 1e4 },
  { judges: 100, votes: 2e6 },
];
const SCALING_VOTES = [1e3, 1e4, 1e5, 1e6, 2e6];

function countsOf(judges: number, votes: number): { ids: string[]; counts: PairCount[]; buildMs: number } {
  const arena = simulateArena({ judges, votes, seed: SEED + judges + votes });
  let counts: PairCount[] = [];
  const buildMs = cpuMs(() => {
    const book = new PairCountBook();
    for (let v = 0; v < votes; v++) book.add(arena.judgeIds[arena.modelA[v]], arena.judgeIds[arena.modelB[v]], OUTCOMES[arena.outcome[v]]);
    counts = book.rows();
  });
  return { ids: arena.judgeIds, counts, buildMs };
}

interface SliceCosts {
  judges: number;
  votes: number;
  pairs: number;
  fitIterations: number;
  table: number;
  fit: number;
  sandwich: number;
  bootstrap: number;
  bounds: number;
  sliceSandwich: number;
  sliceBootstrap: number;
}

/** Each stage with the module's own building blocks, then the whole slice as the refresh calls it. */
function sliceCosts(judges: number, votes: number): SliceCosts {
  const { ids, counts } = countsOf(judges, votes);
  const ridge = ridgeOnNats((DEFAULT_PRIOR as { strength: number }).strength);
  const table = buildPairTable(ids, counts);
  const { componentOf, count } = connectedComponents(table.graph);
  const n = table.ids.length;
  const fitter = new BradleyTerryFitter(table.graph, ridge);
  const theta = new Float64Array(n);
  const fitIterations = fitter.fit(table.cells, theta).iterations;
  const ratings = new Float64Array(n);
  ratingsFromStrengths(theta, componentOf, count, null, ratings);
  const { lo, hi } = sandwichIntervals(table, theta, fitter.ridge, ratings, componentOf, count, null);
  const bootstrapOnce = () =>
    bootstrapIntervals({ fitter, cells: table.cells, thetaHat: theta, componentOf, componentCount: count, anchor: null, rounds: ROUNDS, seed: 42 });
  return {
    judges,
    votes,
    pairs: table.rows.length,
    fitIterations,
    table: cpuPerCall(() => connectedComponents(buildPairTable(ids, counts).graph)),
    fit: cpuPerCall(() => new BradleyTerryFitter(table.graph, ridge).fit(table.cells, new Float64Array(n))),
    sandwich: cpuPerCall(() => sandwichIntervals(table, theta, fitter.ridge, ratings, componentOf, count, null)),
    bootstrap: cpuPerCall(bootstrapOnce, 1, 1),
    bounds: cpuPerCall(() => ranksAndUpperBounds(ratings, componentOf, lo, hi, votesBoundRating(table.graph, table.cells))),
    sliceSandwich: cpuPerCall(() => rankJudges(ids, counts, { ci: 'sandwich' })),
    sliceBootstrap: cpuPerCall(() => rankJudges(ids, counts, { ci: 'bootstrap', bootstrapRounds: ROUNDS }), 1, 1),
  };
}

const ms = (x: number, width = 9) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0)).padStart(width);
const votesLabel = (v: number) => (v >= 1e6 ? `${v / 1e6}e6` : v.toLocaleString('en-US'));
const ratio = (x: number) => `×${x >= 100 ? x.toFixed(0) : x.toFixed(1)}`.padStart(7);

console.log(`Judge Arena ranking benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('CPU ms per call (process.cpuUsage, user + system, averaged over repeated calls after warm-up).');
console.log('table = pair table + groups; fit = Bradley–Terry Newton fit; sandwich / bootstrap = the 95% intervals');
console.log(`(bootstrap: ${ROUNDS} rounds); bounds = which ratings the votes bound + ranks + rank upper bounds;`);
console.log('slice = rankJudges as the refresh calls it (all of the above plus the result objects).\n');

const cases = SLICE_CASES.map(({ judges, votes }) => sliceCosts(judges, votes));
console.log(
  [
    'judges'.padStart(6),
    'votes'.padStart(8),
    'pairs'.padStart(6),
    'iters'.padStart(5),
    'table'.padStart(9),
    'fit'.padStart(9),
    'sandwich'.padStart(9),
    'bootstrap'.padStart(9),
    'ratio'.padStart(7),
    'bounds'.padStart(9),
    'slice sw'.padStart(9),
    'slice bs'.padStart(9),
    'ratio'.padStart(7),
  ].join(' '),
);
for (const c of cases) {
  console.log(
    [
      String(c.judges).padStart(6),
      votesLabel(c.votes).padStart(8),
      String(c.pairs).padStart(6),
      String(c.fitIterations).padStart(5),
      ms(c.table),
      ms(c.fit),
      ms(c.sandwich),
      ms(c.bootstrap),
      ratio(c.bootstrap / c.sandwich),
      ms(c.bounds),
      ms(c.sliceSandwich),
      ms(c.sliceBootstrap),
      ratio(c.sliceBootstrap / c.sliceSandwich),
    ].join(' '),
  );
}

const small = cases.filter((c) => c.judges === 25);
const worstSmall = Math.max(...small.map((c) => c.sliceSandwich));
const big = cases.find((c) => c.judges === 100 && c.votes === 2e6)!;
console.log(
  `\n25 judges: ${ms(worstSmall, 0)} ms per slice (the costlier case above) × ${SLICES} slices = ${ms(SLICES * worstSmall, 0)} ms per refresh` +
    ` with the sandwich (bootstrap: ${ms(SLICES * Math.max(...small.map((c) => c.sliceBootstrap)), 0)} ms) — target ≤ ${TARGET_REFRESH_25_MS} ms: ${SLICES * worstSmall <= TARGET_REFRESH_25_MS ? 'met' : 'NOT met'}.`,
);
console.log(
  `100 judges, 2e6 votes: ${ms(big.sliceSandwich, 0)} ms per slice with the sandwich (bootstrap: ${ms(big.sliceBootstrap, 0)} ms)` +
    ` — target ≤ ${TARGET_SLICE_100_MS} ms: ${big.sliceSandwich <= TARGET_SLICE_100_MS ? 'met' : 'NOT met'}.`,
);

console.log('\nScaling with votes, 100 judges (build = counting every vote into pair counts, which the vote ledger does');
console.log('incrementally, never the refresh; slice = rankJudges on the counts):');
console.log(['votes'.padStart(9), 'pairs'.padStart(6), 'build'.padStart(9), 'ns/vote'.padStart(8), 'slice sw'.padStart(9), 'slice bs'.padStart(9)].join(' '));
for (const votes of SCALING_VOTES) {
  const { ids, counts, buildMs } = countsOf(100, votes);
  const sw = cpuPerCall(() => rankJudges(ids, counts, { ci: 'sandwich' }), 200, 2);
  const bs = cpuPerCall(() => rankJudges(ids, counts, { ci: 'bootstrap', bootstrapRounds: ROUNDS }), 1, 1);
  console.log(
    [
      votesLabel(votes).padStart(9),
      String(counts.length).padStart(6),
      ms(buildMs),
      ((buildMs * 1e6) / votes).toFixed(0).padStart(8),
      ms(sw),
      ms(bs),
    ].join(' '),
  );
}
