// Style control: the ranking with the judges' critique style held fixed, and how much each style feature sways
// the voters. A contextual Bradley–Terry fit (contextual-bradley-terry.ts) on the style moments the vote ledger
// keeps (style-sums.ts; never the vote table), with sandwich intervals (contextual-sandwich.ts), ranks and rank
// upper bounds as in the plain ranking (leaderboard.ts): same scale, prior, centring or anchor, and `ci: null`
// for a judge the votes cannot bound. Pure.
import { MIN_RIDGE } from './bradley-terry-objective';
import { votesBoundRating } from './bounded-ratings';
import { connectedComponents } from './components';
import { ContextualObjective } from './contextual-bradley-terry';
import { contextualSandwich } from './contextual-sandwich';
import { DEFAULT_PRIOR } from './leaderboard';
import { ranksAndUpperBounds, resolveAnchor, shownIntervals } from './ranks';
import { POINTS_PER_NAT, ratingsFromStrengths, ridgeOnNats } from './rating-scale';
import { Z_95 } from './sandwich';
import { buildStyleData, pairMoments } from './style-data';
import { STYLE_FEATURES, type PairStyleSums, type StyleFeature } from './style-sums';
import type { RankingPrior } from './types';

export interface StyleControlledJudge {
  rating: number;
  ci: [number, number] | null;
  rank: number;
  rankUpperBound: number | null;
}

export interface StyleCoefficient {
  name: StyleFeature;
  /** Rating points gained by the side whose feature is one RMS (`scale`) higher; null when the feature never varied. */
  coefficient: number | null;
  ci: [number, number] | null;
  /** The RMS of the raw feature over the counted votes, the unit of `coefficient`; null with no votes. */
  scale: number | null;
}

export interface StyleControlResult {
  /** Judges with votes in the style moments; the rest have no style-controlled rating. */
  judges: Map<string, StyleControlledJudge>;
  features: StyleCoefficient[];
  /** Counted votes the fit saw (those since style moments were kept). */
  votes: number;
  converged: boolean;
}

export interface StyleControlOptions {
  prior?: RankingPrior;
  anchor?: { id: string; rating: number };
}

export function styleControl(judgeIds: readonly string[], rows: readonly PairStyleSums[], options: StyleControlOptions = {}): StyleControlResult {
  const data = buildStyleData(judgeIds, rows);
  const prior = options.prior ?? DEFAULT_PRIOR;
  const objective = new ContextualObjective(data, pairMoments(data), prior.kind === 'l2' ? ridgeOnNats(prior.strength) : MIN_RIDGE);
  const fit = objective.fit();
  const n = data.ids.length;
  const { componentOf, count } = connectedComponents(data.graph);
  const anchor = resolveAnchor(options.anchor, data.index, componentOf);
  const ratings = new Float64Array(n);
  ratingsFromStrengths(fit.theta, componentOf, count, anchor, ratings);

  const params = new Float64Array([...fit.theta, ...fit.beta]);
  const variances = data.votes > 0 ? contextualSandwich(objective, data, params, componentOf, count, anchor?.index ?? null) : null;
  const half = (v: number) => Z_95 * POINTS_PER_NAT * Math.sqrt(Math.max(v, 0));
  const lo = Float64Array.from(ratings, (r, i) => r - half(variances?.ratings[i] ?? NaN));
  const hi = Float64Array.from(ratings, (r, i) => r + half(variances?.ratings[i] ?? NaN));
  const hasCi = shownIntervals(votesBoundRating(data.graph, data.cells), componentOf, lo, hi, anchor?.index ?? null);
  const { rank, upperBound } = ranksAndUpperBounds(ratings, componentOf, lo, hi, hasCi);

  const judges = new Map<string, StyleControlledJudge>();
  data.ids.forEach((id, i) => {
    if (componentOf[i] < 0) return;
    judges.set(id, { rating: ratings[i], ci: hasCi[i] ? [lo[i], hi[i]] : null, rank: rank[i], rankUpperBound: upperBound[i] || null });
  });
  const features: StyleCoefficient[] = STYLE_FEATURES.map((name) => {
    const a = data.features.indexOf(name);
    if (a < 0) return { name, coefficient: null, ci: null, scale: data.votes > 0 ? 0 : null };
    const coefficient = POINTS_PER_NAT * fit.beta[a];
    const w = variances ? half(variances.coefficients[a]) : NaN;
    return { name, coefficient, ci: Number.isFinite(w) && w > 0 ? [coefficient - w, coefficient + w] : null, scale: data.scales[a] };
  });
  return { judges, features, votes: data.votes, converged: fit.converged };
}
