// What the vote ledger keeps for style control, and how one counted vote lands in it. Pure.
//
// Style control fits a contextual Bradley–Terry model: P(lo beats hi) = σ(θ_lo − θ_hi + βᵀx), where x is the
// battle's style feature vector oriented lo − hi (src/votes/style-features.ts computes it A − B). An exact fit
// needs every vote's x; the hourly job must never scan the votes, and no finite set of sums is sufficient for
// a logistic model with continuous features. So the ledger keeps, per unordered pair and outcome (lo won, hi
// won, draw), the vote count, Σx and Σxxᵀ: the moments of x up to second order. From them the
// log-likelihood is exact in the ratings and correct to second order in the style logit u = βᵀx
// (contextual-bradley-terry.ts), and the sandwich meat follows too (style-control.ts).
import type { VoteChoice } from '../shared/api-types';
import { orderPair } from './pair-counts';

/**
 * The style features, in vector order. Each is A's minus B's, in the form (a − b)/(a + b + 1) of LMArena's
 * style control for the counts; `score` is the plain difference of the two 1–5 scores (0 when a battle has no
 * scores), since one point means the same anywhere on the scale.
 */
export const STYLE_FEATURES = ['length', 'headers', 'lists', 'bold', 'score'] as const;
export type StyleFeature = (typeof STYLE_FEATURES)[number];
export const STYLE_FEATURE_COUNT = STYLE_FEATURES.length;

/** Products x_f·x_g for f ≤ g, in this order (index of (f, g) = productIndex(f, g)). */
const STYLE_PRODUCT_COUNT = (STYLE_FEATURE_COUNT * (STYLE_FEATURE_COUNT + 1)) / 2;

export function productIndex(f: number, g: number): number {
  const i = Math.min(f, g);
  const j = Math.max(f, g);
  return i * STYLE_FEATURE_COUNT - (i * (i - 1)) / 2 + (j - i);
}

/** D1 column names of the sums (`x_length`, …) and products (`xx_length_length`, `xx_length_headers`, …). */
export const STYLE_SUM_COLUMNS = STYLE_FEATURES.map((f) => `x_${f}`);
export const STYLE_PRODUCT_COLUMNS = STYLE_FEATURES.flatMap((f, i) => STYLE_FEATURES.slice(i).map((g) => `xx_${f}_${g}`));

/** Which side a counted vote favoured, in the pair's stored orientation. */
export type StyleOutcome = 'lo' | 'hi' | 'draw';
export const STYLE_OUTCOMES: readonly StyleOutcome[] = ['lo', 'hi', 'draw'];
/** The outcome's score for lo: a draw (tie or both-bad) is half a win each, as in the plain fit. */
export const OUTCOME_SCORE: Record<StyleOutcome, number> = { lo: 1, hi: 0, draw: 0.5 };

/** One stored row: the moments of x (lo − hi) over the counted votes of one pair with one outcome. */
export interface PairStyleSums {
  lo: string;
  hi: string;
  outcome: StyleOutcome;
  votes: number;
  /** Σx, STYLE_FEATURE_COUNT entries. */
  sums: number[];
  /** Σx_f·x_g (f ≤ g), STYLE_PRODUCT_COUNT entries. */
  products: number[];
}

/** What one counted vote adds: its row key and its moments (votes 1, x oriented lo − hi, x·xᵀ). */
export function styleIncrement(modelA: string, modelB: string, choice: VoteChoice, featuresAB: readonly number[]): PairStyleSums {
  if (featuresAB.length !== STYLE_FEATURE_COUNT || !featuresAB.every(Number.isFinite)) {
    throw new RangeError(`a style vector has ${STYLE_FEATURE_COUNT} finite numbers`);
  }
  const { lo, hi, aIsLo } = orderPair(modelA, modelB);
  const sign = aIsLo ? 1 : -1;
  const x = featuresAB.map((v) => sign * v + 0); // + 0: no −0 in storage
  const outcome: StyleOutcome = choice === 'A' ? (aIsLo ? 'lo' : 'hi') : choice === 'B' ? (aIsLo ? 'hi' : 'lo') : 'draw';
  const products = new Array<number>(STYLE_PRODUCT_COUNT);
  for (let f = 0; f < STYLE_FEATURE_COUNT; f++) for (let g = f; g < STYLE_FEATURE_COUNT; g++) products[productIndex(f, g)] = x[f] * x[g] + 0;
  return { lo, hi, outcome, votes: 1, sums: x, products };
}
