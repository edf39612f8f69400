// `npm run bench`: cost of the leaderboard refresh for 100 judges × 1000 bootstrap rounds at
// 10^3 … 2·10^6 votes. Counts are built the way the Durable Object accumulates them (one increment
// per counted vote); the refresh itself (fit + bootstrap) only reads the counts.
import { bootstrapRatings } from '../src/ranking/bootstrap';
import { BradleyTerryFitter } from '../src/ranking/bradley-terry';
import { connectedComponents } from '../src/ranking/components';
import { DEFAULT_PRIOR, rankJudges } from '../src/ranking/leaderboard';
import { PairCountBook } from '../test/support/pair-count-book';
import { buildPairTable } from '../src/ranking/pair-table';
import { ratingsFromStrengths, ridgeOnNats } from '../src/ranking/rating-scale';
import { OUTCOMES, simulateArena } from '../test/support/simulated-arena';

const JUDGES = 100;
const ROUNDS = 1000;
const SEED = 7;
const VOTE_TOTALS = [1e3, 1e4, 1e5, 1e6, 2e6];
const TARGET_CPU_MS = 2000;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed<T>(work: () => T): [T, Timing] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [result, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

interface Row {
  votes: number;
  pairs: number;
  build: Timing;
  fit: Timing;
  fitIterations: number;
  bootstrap: Timing;
  bootstrapIterations: number;
  refresh: Timing;
}

function run(votes: number): Row {
  const arena = simulateArena({ judges: JUDGES, votes, seed: SEED + votes });
  const [counts, build] = timed(() => {
    const book = new PairCountBook();
    for (let v = 0; v < votes; v++) {
      book.add(arena.judgeIds[arena.modelA[v]], arena.judgeIds[arena.modelB[v]], OUTCOMES[arena.outcome[v]]);
    }
    return book.rows();
  });

  // The refresh's two stages, timed separately with the module's own building blocks...
  const table = buildPairTable(arena.judgeIds, counts);
  const { componentOf, count } = connectedComponents(table.graph);
  const fitter = new BradleyTerryFitter(table.graph, ridgeOnNats((DEFAULT_PRIOR as { strength: number }).strength));
  const thetaHat = new Float64Array(table.ids.length);
  const [fitStats, fit] = timed(() => fitter.fit(table.cells, thetaHat));
  const ratings = new Float64Array(table.ids.length);
  ratingsFromStrengths(thetaHat, componentOf, count, null, ratings);
  const [boot, bootstrap] = timed(() =>
    bootstrapRatings({ fitter, cells: table.cells, thetaHat, componentOf, componentCount: count, anchor: null, rounds: ROUNDS, seed: 42 }),
  );
  // ...and the whole refresh as the cron calls it (pair table, fit, bootstrap, quantiles, JSON shape).
  const [, refresh] = timed(() => rankJudges(arena.judgeIds, counts, { bootstrapRounds: ROUNDS }));
  return {
    votes,
    pairs: table.rows.length,
    build,
    fit,
    fitIterations: fitStats.iterations,
    bootstrap,
    bootstrapIterations: boot.fitIterations,
    refresh,
  };
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0).padStart(8);
const fmtVotes = (v: number) => (v >= 1e6 ? `${v / 1e6}e6` : v.toLocaleString('en-US')).padStart(9);

console.log(`Judge Arena ranking benchmark — ${JUDGES} judges, ${ROUNDS} bootstrap rounds, Node ${process.version}`);
console.log('Times in ms. cpu = process.cpuUsage (user+system), wall = performance.now.');
console.log('build = counting every vote into pair counts (done incrementally by the Durable Object, not by the cron);');
console.log('refresh = rankJudges on the counts (what the cron runs); total = build + refresh.\n');
run(1e4); // warm-up so the first row does not pay for JIT compilation
const rows = VOTE_TOTALS.map(run);
const header = [
  'votes'.padStart(9),
  'pairs'.padStart(6),
  'build cpu'.padStart(10),
  'ns/vote'.padStart(8),
  'fit cpu'.padStart(8),
  'iters'.padStart(5),
  'boot cpu'.padStart(9),
  'ms/round'.padStart(8),
  'it/round'.padStart(8),
  'refresh cpu'.padStart(11),
  'refresh wall'.padStart(12),
  'total cpu'.padStart(10),
];
console.log(header.join(' '));
for (const r of rows) {
  console.log(
    [
      fmtVotes(r.votes),
      String(r.pairs).padStart(6),
      fmt(r.build.cpuMs).padStart(10),
      ((r.build.cpuMs * 1e6) / r.votes).toFixed(0).padStart(8),
      fmt(r.fit.cpuMs),
      String(r.fitIterations).padStart(5),
      fmt(r.bootstrap.cpuMs).padStart(9),
      (r.bootstrap.cpuMs / ROUNDS).toFixed(3).padStart(8),
      (r.bootstrapIterations / ROUNDS).toFixed(2).padStart(8),
      fmt(r.refresh.cpuMs).padStart(11),
      fmt(r.refresh.wallMs).padStart(12),
      fmt(r.build.cpuMs + r.refresh.cpuMs).padStart(10),
    ].join(' '),
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
console.log(
  `\nRatios ${fmtVotes(last.votes).trim()} / ${fmtVotes(first.votes).trim()} votes: ` +
    `build ×${(last.build.cpuMs / first.build.cpuMs).toFixed(0)}, ` +
    `refresh ×${(last.refresh.cpuMs / first.refresh.cpuMs).toFixed(2)}, ` +
    `total ×${((last.build.cpuMs + last.refresh.cpuMs) / (first.build.cpuMs + first.refresh.cpuMs)).toFixed(1)}`,
);
const ok = last.refresh.cpuMs < TARGET_CPU_MS;
console.log(
  `Refresh at ${fmtVotes(last.votes).trim()} votes: ${last.refresh.cpuMs.toFixed(0)} ms CPU — target < ${TARGET_CPU_MS} ms: ${ok ? 'met' : 'NOT met'}.`,
);
