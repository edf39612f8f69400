// The penalised Bradley–Terry objective on aggregated pair counts, with its gradient and Hessian.
//
// Parameterisation: theta_i is judge i's natural-log strength; P(i beats j) = σ(theta_i − theta_j).
// Each pair k holds three cells: wins of left[k], wins of right[k], and draws (ties + both-bad),
// a draw counting as half a win for each side. Objective (minimised):
//   Σ_k [ sL·softplus(θr − θl) + sR·softplus(θl − θr) ] + (ridge/2)·Σ θ²,
// with sL = winsLeft + ½·draws and sR = winsRight + ½·draws. Value, gradient and Hessian cost one
// pass over the pairs (≤ judges²/2), independent of the number of votes.
import { factorWithJitter } from './cholesky';
import { CELLS_PER_PAIR, type PairGraph } from './pair-graph';

/**
 * A ridge this small changes no rating measurably when the maximum-likelihood estimate exists, but
 * keeps the problem strictly convex when it does not (a judge that won every battle, a group never
 * compared with the rest), so even prior 'none' returns finite numbers.
 */
export const MIN_RIDGE = 1e-6;

/** The objective for one pair graph and ridge; `setCells` chooses the counts (the data or a resample). */
export class BradleyTerryObjective {
  readonly n: number;
  readonly ridge: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Per judge: wins + ½·draws; per pair: battles. Both for the cells last given to setCells. */
  private readonly score: Float64Array;
  private readonly totals: Float64Array;
  private readonly expTheta: Float64Array;

  /** `ridge` is the L2 strength on natural-log strengths (raised to MIN_RIDGE). */
  constructor(graph: PairGraph, ridge: number) {
    this.n = graph.judgeCount;
    this.ridge = Math.max(ridge, MIN_RIDGE);
    this.left = graph.left;
    this.right = graph.right;
    this.score = new Float64Array(this.n);
    this.totals = new Float64Array(graph.left.length);
    this.expTheta = new Float64Array(this.n);
  }

  /** Each judge's total score (wins + ½·draws) and each pair's battles in `cells`. */
  setCells(cells: ArrayLike<number>): void {
    const score = this.score;
    score.fill(0);
    for (let k = 0, c = 0; k < this.left.length; k++, c += CELLS_PER_PAIR) {
      const half = 0.5 * cells[c + 2];
      score[this.left[k]] += cells[c] + half;
      score[this.right[k]] += cells[c + 1] + half;
      this.totals[k] = cells[c] + cells[c + 1] + cells[c + 2];
    }
  }

  /** exp(θ_i − max θ) for every judge (one exp per judge, none per pair); returns max θ. */
  private computeExps(theta: Float64Array): number {
    let top = -Infinity;
    for (let i = 0; i < this.n; i++) top = Math.max(top, theta[i]);
    for (let i = 0; i < this.n; i++) this.expTheta[i] = Math.exp(Math.max(theta[i] - top, -700));
    return top;
  }

  /** Gradient only (the chord iterations need nothing else): one division per pair. */
  gradient(theta: Float64Array, g: Float64Array): void {
    const { left, right, score, expTheta, totals, ridge } = this;
    this.computeExps(theta);
    for (let i = 0; i < this.n; i++) g[i] = ridge * theta[i] - score[i];
    for (let k = 0; k < left.length; k++) {
      const total = totals[k];
      if (total === 0) continue;
      const i = left[k];
      const j = right[k];
      const tp = (total * expTheta[i]) / (expTheta[i] + expTheta[j]);
      g[i] += tp;
      g[j] += total - tp;
    }
  }

  /**
   * Objective at theta; fills its gradient and the per-pair Hessian weights total·p·(1−p) (one pass
   * over the pairs, one log per pair). Uses −Σ s·log p = Σ_pairs total·log(e_i + e_j) − Σ_i score_i·log e_i.
   */
  evaluate(theta: Float64Array, g: Float64Array, weights: Float64Array): number {
    const { left, right, score, expTheta, totals, ridge } = this;
    const top = this.computeExps(theta);
    let value = 0;
    for (let i = 0; i < this.n; i++) {
      value += 0.5 * ridge * theta[i] * theta[i] - score[i] * (theta[i] - top);
      g[i] = ridge * theta[i] - score[i];
    }
    for (let k = 0; k < left.length; k++) {
      const total = totals[k];
      if (total === 0) {
        weights[k] = 0;
        continue;
      }
      const i = left[k];
      const j = right[k];
      const sum = expTheta[i] + expTheta[j];
      const p = expTheta[i] / sum; // P(left beats right)
      value += total * Math.log(sum);
      const tp = total * p;
      g[i] += tp;
      g[j] += total - tp;
      weights[k] = tp * (1 - p);
    }
    return value;
  }

  /** Writes the Cholesky factor of ridge·I + Σ_k weights[k]·(e_i − e_j)(e_i − e_j)ᵀ into `out`. */
  factorHessian(weights: Float64Array, out: Float64Array): void {
    const n = this.n;
    const { left, right } = this;
    out.fill(0);
    for (let i = 0; i < n; i++) out[i * n + i] = this.ridge;
    for (let k = 0; k < left.length; k++) {
      const w = weights[k];
      const i = left[k];
      const j = right[k];
      out[i * n + i] += w;
      out[j * n + j] += w;
      out[i * n + j] -= w;
      out[j * n + i] -= w;
    }
    // Rounding can make a nearly singular Hessian (prior 'none') lose definiteness: jitter then helps.
    if (!factorWithJitter(out, n, this.ridge)) throw new Error('the Bradley–Terry Hessian cannot be factored (non-finite counts)');
  }
}
