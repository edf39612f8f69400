// The leaderboard statistics: Bradley–Terry ratings with 95% confidence intervals, computed
// from the running pair counts only (at most judges² rows), so the hourly refresh costs the same at
// two million votes as at two thousand. Pure: no I/O, no clock; the caller times it.
//
// Method
//  - Model: Bradley–Terry, P(i beats j) = 1 / (1 + 10^((R_j − R_i)/400)). A "tie" or "both bad"
//    vote counts as half a win for each side. Ratings maximise the (penalised) likelihood of the
//    aggregated counts with damped Newton; the bootstrap refits use cheaper warm-started variants
//    of it (see bradley-terry.ts for the choices and why).
//  - Scale: R = 1000 + 400·log10(strength), each group of judges connected by votes centred on a
//    mean of 1000, unless an anchor {id, rating} is given: then every rating (and every bootstrap
//    round) is shifted so that judge sits at that rating. An anchor with no votes is not applied
//    and is then absent from `method`.
//  - Prior: by default a weak L2 prior, strength 0.5 on log10-strengths, i.e. the penalty
//    0.25·Σ log10(strength)² next to the log-likelihood where each vote counts once. It is ON
//    because a judge arena keeps adding young judges: without it a judge that has won (or lost)
//    every battle so far has no finite maximum-likelihood rating, and groups never compared with
//    each other have no defined relative position. It is WEAK: as a Normal(0, 1/0.5) belief about
//    log10-strength it has a standard deviation of 566 rating points and carries the information of
//    about 0.4 of a vote between evenly matched judges: it pulls a judge with 300 votes toward the
//    mean by some 0.2–0.3% of its distance (about half a point at 200 points out). It is also exactly
//    the default of Chatbot Arena's original fit
//    (scikit-learn LogisticRegression, C = 1, each battle counted twice), the method behind the
//    published GenAI-Arena table this module reproduces in its tests. {kind: 'none'} gives plain
//    maximum likelihood (a 1e-6 ridge stays in, only so that a degenerate arena still yields
//    finite numbers instead of diverging).
//  - Intervals (options.ci), both at 95%:
//    'sandwich' (default, as arena-rank and LMArena since July 2025): rating ± 1.96·standard error
//    from the robust covariance H⁻¹·M·H⁻¹ of the fit, computed from the pair counts (sandwich.ts);
//    no resampling, a few milliseconds at 100 judges.
//    'bootstrap': percentile intervals. Each round resamples all counted votes with replacement —
//    one multinomial draw over the (pair × outcome) cells, never a pass over votes — refits
//    warm-started from the full-data fit and records the ratings; the interval is the 2.5% and
//    97.5% quantiles of the rounds. 1000 rounds and seed 42 by default, so a refresh is reproducible.
//    Both include the prior and follow the centring or the anchor; on simulated arenas both cover the
//    true rating for ~95% of judges, and on GenAI-Arena's votes their widths agree (tests).
//  - Rank: 1 + the number of judges with a strictly higher rating. Rank upper bound (Chatbot Arena's
//    "Rank (UB)"): 1 + the number of judges whose interval lies entirely above this judge's
//    interval, counting only judges of the same connected group (across groups the votes prove
//    nothing; their relative position comes from the prior alone).
//  - `ci` is null, with either method, when the votes cannot bound the rating: the judge has no finite
//    maximum-likelihood rating (it won or lost every vote, or sits in an uncontradicted chain; see
//    bounded-ratings.ts), or the interval has zero width (all its votes draws with its only opponent),
//    or the bootstrap has 0 rounds. Its rankUpperBound is null too, and it counts in no one else's.
//  - Judges without counted votes are listed last with rating, ci, rank, rankUpperBound and
//    component null, and preliminary true. Ids that appear in the counts but not in judgeIds are
//    ranked too (their votes shape everyone else's rating); filter the output to hide them.
import { bootstrapIntervals } from './bootstrap';
import { votesBoundRating } from './bounded-ratings';
import { BradleyTerryFitter } from './bradley-terry';
import { connectedComponents } from './components';
import { buildPairTable } from './pair-table';
import { ranksAndUpperBounds, resolveAnchor, shownIntervals } from './ranks';
import { ratingsFromStrengths, ridgeOnNats, winProbability } from './rating-scale';
import { sandwichIntervals } from './sandwich';
import type { CiMethod, PairCount, PairSummary, RankedJudge, RankingMethod, RankingOptions, RankingPrior, RankingResult } from './types';
import { DEFAULT_PRELIMINARY_VOTES } from '../shared/preliminary-votes';

const DEFAULT_CI: CiMethod = 'sandwich';
export const DEFAULT_PRIOR: RankingPrior = { kind: 'l2', strength: 0.5 };
const DEFAULT_BOOTSTRAP_ROUNDS = 1000;
const DEFAULT_SEED = 42;
/** Bounds the work one refresh can be asked to do. */
export const MAX_BOOTSTRAP_ROUNDS = 100_000;

/** The prior of scikit-learn's LogisticRegression(C) on battles counted twice (Chatbot Arena's original fit). */
export function sklearnEquivalentPrior(c: number): RankingPrior {
  return { kind: 'l2', strength: 1 / (2 * c) };
}

function resolveOptions(options: RankingOptions) {
  const rounds = options.bootstrapRounds ?? DEFAULT_BOOTSTRAP_ROUNDS;
  if (!Number.isInteger(rounds) || rounds < 0 || rounds > MAX_BOOTSTRAP_ROUNDS) {
    throw new RangeError(`bootstrapRounds must be an integer from 0 to ${MAX_BOOTSTRAP_ROUNDS}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a safe integer');
  const prior = options.prior ?? DEFAULT_PRIOR;
  if (prior.kind === 'l2' && !(Number.isFinite(prior.strength) && prior.strength > 0)) {
    throw new RangeError('prior strength must be a positive finite number');
  }
  const preliminaryThreshold = options.preliminaryThreshold ?? DEFAULT_PRELIMINARY_VOTES;
  if (!(preliminaryThreshold >= 0)) throw new RangeError('preliminaryThreshold must be non-negative');
  if (options.anchor && !Number.isFinite(options.anchor.rating)) throw new RangeError('anchor rating must be finite');
  const ci = options.ci ?? DEFAULT_CI;
  if (ci !== 'sandwich' && ci !== 'bootstrap') throw new RangeError("ci must be 'sandwich' or 'bootstrap'");
  return { ci, rounds, seed, prior, preliminaryThreshold };
}

/** Ranks the judges from the pair counts; see the header of this file for the method. */
export function rankJudges(judgeIds: string[], counts: PairCount[], options: RankingOptions = {}): RankingResult {
  const { ci, rounds, seed, prior, preliminaryThreshold } = resolveOptions(options);
  const table = buildPairTable(judgeIds, counts);
  const n = table.ids.length;
  const { componentOf, count: componentCount } = connectedComponents(table.graph);

  const anchor = resolveAnchor(options.anchor, table.index, componentOf);

  const fitter = new BradleyTerryFitter(table.graph, prior.kind === 'l2' ? ridgeOnNats(prior.strength) : 0);
  const thetaHat = new Float64Array(n);
  fitter.fit(table.cells, thetaHat);
  const ratings = new Float64Array(n);
  ratingsFromStrengths(thetaHat, componentOf, componentCount, anchor, ratings);

  const { lo: ciLo, hi: ciHi } =
    ci === 'sandwich'
      ? sandwichIntervals(table, thetaHat, fitter.ridge, ratings, componentOf, componentCount, anchor?.index ?? null)
      : bootstrapIntervals({ fitter, cells: table.cells, thetaHat, componentOf, componentCount, anchor, rounds, seed });
  const hasCi = shownIntervals(votesBoundRating(table.graph, table.cells), componentOf, ciLo, ciHi, anchor?.index ?? null);
  const { rank, upperBound } = ranksAndUpperBounds(ratings, componentOf, ciLo, ciHi, hasCi);

  const judges: RankedJudge[] = table.ids.map((id, i) => {
    const rated = componentOf[i] >= 0;
    const totals = table.totals[i];
    const elo = options.onlineElo?.[id];
    return {
      id,
      rating: rated ? ratings[i] : null,
      ci: hasCi[i] ? [ciLo[i], ciHi[i]] : null,
      rank: rank[i] || null,
      rankUpperBound: upperBound[i] || null,
      elo: typeof elo === 'number' && Number.isFinite(elo) ? elo : null,
      votes: totals.votes,
      wins: totals.wins,
      losses: totals.losses,
      ties: totals.ties,
      bothBad: totals.bothBad,
      preliminary: totals.votes < preliminaryThreshold,
      component: rated ? componentOf[i] : null,
    };
  });
  judges.sort((x, y) => {
    if (x.rating !== null && y.rating !== null && x.rating !== y.rating) return y.rating - x.rating;
    if ((x.rating === null) !== (y.rating === null)) return x.rating === null ? 1 : -1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });

  const components: string[][] = Array.from({ length: componentCount }, () => []);
  table.ids.forEach((id, i) => {
    if (componentOf[i] >= 0) components[componentOf[i]].push(id);
  });

  const pairs: PairSummary[] = table.rows.map((row) => {
    const battles = row.winsA + row.winsB + row.ties + row.bothBad;
    return {
      a: row.a,
      b: row.b,
      battles,
      winsA: row.winsA,
      winsB: row.winsB,
      ties: row.ties,
      bothBad: row.bothBad,
      observedWinRateA: (row.winsA + 0.5 * (row.ties + row.bothBad)) / battles,
      predictedWinRateA: winProbability(ratings[table.index.get(row.a)!], ratings[table.index.get(row.b)!]),
    };
  });

  const method: RankingMethod = {
    model: 'bradley-terry',
    ties: 'half-win-each',
    scale: 400,
    base: 10,
    center: 1000,
    ci,
    bootstrapRounds: ci === 'bootstrap' ? rounds : 0,
    ciLevel: 0.95,
    prior: prior.kind === 'l2' ? { kind: 'l2', strength: prior.strength } : { kind: 'none' },
    seed,
    preliminaryThreshold,
  };
  if (anchor) method.anchor = { id: options.anchor!.id, rating: options.anchor!.rating };
  return { judges, components, method, pairs };
}
