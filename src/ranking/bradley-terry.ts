// Bradley–Terry maximum likelihood (optionally with an L2 prior) on aggregated pair counts.
//
// Why Newton on the aggregated matrix: the objective is smooth and convex, its value, gradient and
// Hessian cost one pass over the pairs (≤ judges²/2, independent of the number of votes), and the
// Hessian is only judges × judges. Newton converges quadratically: a cold start needs ~5–10 steps.
// The minorization–maximization (Zermelo/Hunter) iteration is cheaper per step but converges only
// linearly, and slowly exactly when the data are sparse or lopsided, which is when an arena is young.
//
// Why a different solver in the bootstrap: each round refits a resample whose optimum lies about
// one standard error from the full-data fit, so it starts there (warm start). Two cheap methods
// then do almost all the work, each falling back to the next when it does not converge promptly:
//  1. Chord iterations: Newton steps that reuse the Cholesky factor of the full-data Hessian
//     instead of factorising a new one (judges³/6 ≈ 170k multiply-adds at 100 judges). A resample's
//     Hessian differs from the full-data one by a few percent when the pairs have many votes, so
//     each step cuts the error ~10–30× for the price of one gradient pass and two triangular solves.
//  2. Newton steps solved by conjugate gradients with a diagonal preconditioner and a line search:
//     for sparse counts (few votes per pair), where the full-data Hessian is a poor stand-in but a
//     CG iteration costs one pass over the few pairs.
//  3. Dense damped Newton, as in the full-data fit (only for pathological resamples).
//
// Parameterisation: theta_i is judge i's natural-log strength; P(i beats j) = σ(theta_i − theta_j).
// Each pair k holds three cells: wins of left[k], wins of right[k], and draws (ties + both-bad),
// a draw counting as half a win for each side. Objective (minimised):
//   Σ_k [ sL·softplus(θr − θl) + sR·softplus(θl − θr) ] + (ridge/2)·Σ θ²,
// with sL = winsLeft + ½·draws and sR = winsRight + ½·draws.
import { choleskyInPlace, choleskySolve, transposeLower } from './cholesky';

/** The pairs that have (or had) votes: pair k is between judges left[k] and right[k]. */
export interface PairGraph {
  judgeCount: number;
  left: Int32Array;
  right: Int32Array;
}

/** Cells per pair in a counts array: [wins of left, wins of right, draws]. */
export const CELLS_PER_PAIR = 3;

/**
 * A ridge this small changes no rating measurably when the maximum-likelihood estimate exists, but
 * keeps the problem strictly convex when it does not (a judge that won every battle, a group never
 * compared with the rest), so even prior 'none' returns finite numbers.
 */
export const MIN_RIDGE = 1e-6;

/** CG stops once the residual is this fraction of the gradient (an inexact Newton step). */
const CG_RELATIVE_RESIDUAL = 1e-3;
/** Chord iterations give up when a step exceeds this many nats or shrinks by less than half. */
const CHORD_MAX_STEP = 0.5;
const CHORD_MAX_ITERATIONS = 12;
const NEWTON_CG_MAX_ITERATIONS = 30;

export interface FitStats {
  /** Gradient evaluations (chord steps and Newton steps). */
  iterations: number;
  converged: boolean;
  /** Which solver finished the fit. */
  method: 'chord' | 'newton-cg' | 'newton-dense';
}

interface LineSearchResult {
  value: number;
  fullStep: boolean;
  /** Largest component of the proposed step, in nats. */
  maxStep: number;
  /** The objective could not be decreased at all (theta was left unchanged). */
  stalled: boolean;
}

/** Reusable workspace for repeated fits on the same pair graph (the bootstrap refits 1000 times). */
export class BradleyTerryFitter {
  private readonly n: number;
  private readonly ridge: number;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private gradient: Float64Array;
  private trialGradient: Float64Array;
  /** Per pair: total·p·(1−p), the pair's Hessian weight at the current point. */
  private weights: Float64Array;
  private trialWeights: Float64Array;
  /** Per judge: wins + ½·draws; per pair: battles. Both for the cells being fitted. */
  private readonly score: Float64Array;
  private readonly totals: Float64Array;
  private readonly expTheta: Float64Array;
  private readonly step: Float64Array;
  private readonly trial: Float64Array;
  private readonly dense: Float64Array;
  private readonly cg: Float64Array[];
  /** Cholesky factor of the Hessian at the full-data optimum, and its transpose; null before `fit`. */
  private factor: Float64Array | null = null;
  private factorTransposed: Float64Array | null = null;

  /** `ridge` is the L2 strength on natural-log strengths (raised to MIN_RIDGE). */
  constructor(graph: PairGraph, ridge: number) {
    const n = graph.judgeCount;
    const pairs = graph.left.length;
    this.n = n;
    this.ridge = Math.max(ridge, MIN_RIDGE);
    this.left = graph.left;
    this.right = graph.right;
    this.gradient = new Float64Array(n);
    this.trialGradient = new Float64Array(n);
    this.weights = new Float64Array(pairs);
    this.trialWeights = new Float64Array(pairs);
    this.score = new Float64Array(n);
    this.totals = new Float64Array(pairs);
    this.expTheta = new Float64Array(n);
    this.step = new Float64Array(n);
    this.trial = new Float64Array(n);
    this.dense = new Float64Array(n * n);
    this.cg = [0, 1, 2, 3, 4].map(() => new Float64Array(n));
  }

  /**
   * The full-data fit: damped Newton with dense Cholesky solves from `theta`, leaving the solution
   * in it. Stops once a full step moves no strength by more than `tolerance` nats (the error left
   * is then of the order of its square). Keeps the Hessian factor at the solution for `refit`.
   */
  fit(cells: ArrayLike<number>, theta: Float64Array, tolerance = 1e-10, maxIterations = 200): FitStats {
    const stats = this.newtonDense(cells, theta, tolerance, maxIterations);
    if (this.n > 0) {
      const factor = new Float64Array(this.n * this.n);
      this.factorHessian(factor);
      this.factor = factor;
      this.factorTransposed = transposeLower(factor, this.n);
    }
    return stats;
  }

  /**
   * A bootstrap refit warm-started from `theta` (normally the last `fit`'s solution), leaving the
   * solution in it: chord iterations, else Newton–CG, else dense Newton (see the file header).
   * The strengths end within about `tolerance` nats of the optimum.
   */
  refit(cells: ArrayLike<number>, theta: Float64Array, tolerance = 1e-5): FitStats {
    if (this.n === 0) return { iterations: 0, converged: true, method: 'chord' };
    this.computeScores(cells);
    let iterations = 0;
    if (this.factor) {
      const chord = this.chord(theta, tolerance);
      iterations += chord.iterations;
      if (chord.converged) return { iterations, converged: true, method: 'chord' };
    }
    const newton = this.newtonCg(theta, tolerance);
    iterations += newton.iterations;
    if (newton.converged) return { iterations, converged: true, method: 'newton-cg' };
    const dense = this.newtonDense(cells, theta, tolerance, 200);
    return { iterations: iterations + dense.iterations, converged: dense.converged, method: 'newton-dense' };
  }

  /**
   * Chord iterations θ ← θ − H₀⁻¹·g(θ) with the full-data factor H₀. They converge linearly at the
   * rate ρ = ‖I − H₀⁻¹H‖; we require every step to be at most half the previous one (ρ ≤ ½), so
   * once a step is below the tolerance the remaining error, ρ/(1−ρ) times that step, is too.
   * On failure theta keeps the last point reached, a fine start for Newton.
   */
  private chord(theta: Float64Array, tolerance: number): { iterations: number; converged: boolean } {
    const n = this.n;
    const { step, gradient } = this;
    let previous = Infinity;
    for (let iteration = 1; iteration <= CHORD_MAX_ITERATIONS; iteration++) {
      this.computeGradient(theta, gradient);
      for (let i = 0; i < n; i++) step[i] = -gradient[i];
      choleskySolve(this.factor!, n, step, step, this.factorTransposed!);
      let maxStep = 0;
      for (let i = 0; i < n; i++) maxStep = Math.max(maxStep, Math.abs(step[i]));
      if (!(maxStep <= CHORD_MAX_STEP && maxStep <= 0.5 * previous)) return { iterations: iteration, converged: false };
      for (let i = 0; i < n; i++) theta[i] += step[i];
      if (maxStep < tolerance) return { iterations: iteration, converged: true };
      previous = maxStep;
    }
    return { iterations: CHORD_MAX_ITERATIONS, converged: false };
  }

  /** Damped Newton with steps from diagonally preconditioned CG. */
  private newtonCg(theta: Float64Array, tolerance: number): { iterations: number; converged: boolean } {
    let value = this.evaluate(theta, this.gradient, this.weights);
    let previousStep = Infinity;
    for (let iteration = 1; iteration <= NEWTON_CG_MAX_ITERATIONS; iteration++) {
      if (!this.conjugateGradientStep()) return { iterations: iteration, converged: false };
      const result = this.lineSearch(theta, value);
      value = result.value;
      if (isConverged(result, tolerance, previousStep)) return { iterations: iteration, converged: true };
      previousStep = result.maxStep;
    }
    return { iterations: NEWTON_CG_MAX_ITERATIONS, converged: false };
  }

  private newtonDense(cells: ArrayLike<number>, theta: Float64Array, tolerance: number, maxIterations: number): FitStats {
    if (this.n === 0) return { iterations: 0, converged: true, method: 'newton-dense' };
    this.computeScores(cells);
    let value = this.evaluate(theta, this.gradient, this.weights);
    let previousStep = Infinity;
    for (let iteration = 1; iteration <= maxIterations; iteration++) {
      this.factorHessian(this.dense);
      for (let i = 0; i < this.n; i++) this.step[i] = -this.gradient[i];
      choleskySolve(this.dense, this.n, this.step, this.step);
      const result = this.lineSearch(theta, value);
      value = result.value;
      if (isConverged(result, tolerance, previousStep)) return { iterations: iteration, converged: true, method: 'newton-dense' };
      previousStep = result.maxStep;
    }
    return { iterations: maxIterations, converged: false, method: 'newton-dense' };
  }

  /** Each judge's total score (wins + ½·draws) and each pair's battles in `cells`. */
  private computeScores(cells: ArrayLike<number>): void {
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
  private computeGradient(theta: Float64Array, g: Float64Array): void {
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
   * Objective at theta; fills its gradient and the per-pair Hessian weights (one pass over the
   * pairs, with one log per pair). Uses −Σ s·log p = Σ_pairs total·log(e_i + e_j) − Σ_i score_i·log e_i.
   */
  private evaluate(theta: Float64Array, g: Float64Array, weights: Float64Array): number {
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
  private factorHessian(out: Float64Array): void {
    const n = this.n;
    const { left, right, weights } = this;
    let jitter = 0;
    for (;;) {
      out.fill(0);
      for (let i = 0; i < n; i++) out[i * n + i] = this.ridge + jitter;
      for (let k = 0; k < left.length; k++) {
        const w = weights[k];
        const i = left[k];
        const j = right[k];
        out[i * n + i] += w;
        out[j * n + j] += w;
        out[i * n + j] -= w;
        out[j * n + i] -= w;
      }
      // Rounding can make a nearly singular Hessian (prior 'none') lose definiteness: add jitter.
      if (choleskyInPlace(out, n)) return;
      jitter = jitter === 0 ? this.ridge : jitter * 10;
    }
  }

  /**
   * step ≈ −H⁻¹·g by conjugate gradients with a diagonal (Jacobi) preconditioner, H applied
   * through the pair weights. Returns false when it does not reach the residual target.
   */
  private conjugateGradientStep(): boolean {
    const n = this.n;
    const { left, right, weights, gradient, step, ridge } = this;
    const [r, z, p, q, diagonal] = this.cg;
    diagonal.fill(ridge);
    for (let k = 0; k < left.length; k++) {
      diagonal[left[k]] += weights[k];
      diagonal[right[k]] += weights[k];
    }
    let gradientNorm = 0;
    let rz = 0;
    for (let i = 0; i < n; i++) {
      step[i] = 0;
      r[i] = -gradient[i];
      z[i] = r[i] / diagonal[i];
      p[i] = z[i];
      rz += r[i] * z[i];
      gradientNorm += gradient[i] * gradient[i];
    }
    if (gradientNorm === 0) return true;
    const target = CG_RELATIVE_RESIDUAL * CG_RELATIVE_RESIDUAL * gradientNorm;
    for (let it = 0; it < 2 * n + 10; it++) {
      for (let i = 0; i < n; i++) q[i] = ridge * p[i];
      for (let k = 0; k < left.length; k++) {
        const i = left[k];
        const j = right[k];
        const d = weights[k] * (p[i] - p[j]);
        q[i] += d;
        q[j] -= d;
      }
      let pq = 0;
      for (let i = 0; i < n; i++) pq += p[i] * q[i];
      if (!(pq > 0)) return false;
      const alpha = rz / pq;
      let residual = 0;
      let rzNext = 0;
      for (let i = 0; i < n; i++) {
        step[i] += alpha * p[i];
        r[i] -= alpha * q[i];
        residual += r[i] * r[i];
        z[i] = r[i] / diagonal[i];
        rzNext += r[i] * z[i];
      }
      if (residual <= target) return true;
      const beta = rzNext / rz;
      rz = rzNext;
      for (let i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
    }
    return false;
  }

  /**
   * Backtracking (Armijo) line search along this.step; moves theta, the gradient and the weights
   * to the accepted point. The relative slack absorbs rounding near the optimum.
   */
  private lineSearch(theta: Float64Array, value: number): LineSearchResult {
    const n = this.n;
    const step = this.step;
    let maxStep = 0;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      maxStep = Math.max(maxStep, Math.abs(step[i]));
      slope += this.gradient[i] * step[i];
    }
    // Cap very long steps (only far from the optimum) so no strength jumps by more than 20 nats.
    let t = maxStep > 20 ? 20 / maxStep : 1;
    let trialValue: number;
    for (;;) {
      for (let i = 0; i < n; i++) this.trial[i] = theta[i] + t * step[i];
      trialValue = this.evaluate(this.trial, this.trialGradient, this.trialWeights);
      if (trialValue <= value + 1e-4 * t * slope + 1e-12 * Math.abs(value)) break;
      // No decrease even for a vanishing step: we are at the optimum to within rounding.
      if (t < 1e-12) return { value, fullStep: false, maxStep, stalled: true };
      t *= 0.5;
    }
    theta.set(this.trial);
    [this.gradient, this.trialGradient] = [this.trialGradient, this.gradient];
    [this.weights, this.trialWeights] = [this.trialWeights, this.weights];
    return { value: trialValue, fullStep: t === 1, maxStep, stalled: false };
  }
}

/**
 * Stop when a full step was below the tolerance, or when rounding has taken over: the line search
 * stalled, or the steps are tiny and no longer shrinking (Newton steps shrink quadratically until
 * the gradient is rounding noise; an ill-conditioned problem, e.g. prior 'none' with an undefeated
 * judge, turns that noise into steps above a very small tolerance).
 */
function isConverged(result: LineSearchResult, tolerance: number, previousStep: number): boolean {
  if (result.stalled) return true;
  if (result.fullStep && result.maxStep < tolerance) return true;
  return result.maxStep < 1e-6 && result.maxStep > 0.5 * previousStep;
}
