// Bradley–Terry maximum likelihood (optionally with an L2 prior) on aggregated pair counts; the
// objective itself is in bradley-terry-objective.ts.
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
import { BradleyTerryObjective } from './bradley-terry-objective';
import { choleskySolve, transposeLower } from './cholesky';
import { armijoLineSearch, type LineSearchResult } from './line-search';
import type { PairGraph } from './pair-graph';
import { cgWorkspace, pairWeightedCgStep } from './pair-weighted-cg';

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

/** Reusable workspace for repeated fits on the same pair graph (the bootstrap refits 1000 times). */
export class BradleyTerryFitter {
  private readonly n: number;
  private readonly objective: BradleyTerryObjective;
  private gradient: Float64Array;
  private trialGradient: Float64Array;
  /** Per pair: total·p·(1−p), the pair's Hessian weight at the current point. */
  private weights: Float64Array;
  private trialWeights: Float64Array;
  private readonly step: Float64Array;
  private readonly trial: Float64Array;
  private readonly dense: Float64Array;
  private readonly cg: Float64Array[];
  /** Pair weights at the last `fit`'s solution; the chord factor is built from them on first need. */
  private fitWeights: Float64Array | null = null;
  /** Cholesky factor of the Hessian at the full-data optimum, and its transpose. */
  private factor: Float64Array | null = null;
  private factorTransposed: Float64Array | null = null;
  /** The objective at a trial point, filling the trial gradient and weights (read at call time: they swap). */
  private readonly evaluateTrial = (point: Float64Array): number => this.objective.evaluate(point, this.trialGradient, this.trialWeights);

  /** `ridge` is the L2 strength on natural-log strengths (raised to MIN_RIDGE). */
  constructor(graph: PairGraph, ridge: number) {
    const n = graph.judgeCount;
    const pairs = graph.left.length;
    this.n = n;
    this.objective = new BradleyTerryObjective(graph, ridge);
    this.gradient = new Float64Array(n);
    this.trialGradient = new Float64Array(n);
    this.weights = new Float64Array(pairs);
    this.trialWeights = new Float64Array(pairs);
    this.step = new Float64Array(n);
    this.trial = new Float64Array(n);
    this.dense = new Float64Array(n * n);
    this.cg = cgWorkspace(n);
  }

  /** The ridge actually used (the requested one, raised to MIN_RIDGE). */
  get ridge(): number {
    return this.objective.ridge;
  }

  /**
   * The full-data fit: damped Newton with dense Cholesky solves from `theta`, leaving the solution
   * in it. Stops once a full step moves no strength by more than `tolerance` nats (the error left
   * is then of the order of its square). Keeps the Hessian weights at the solution for `refit`.
   */
  fit(cells: ArrayLike<number>, theta: Float64Array, tolerance = 1e-10, maxIterations = 200): FitStats {
    const stats = this.newtonDense(cells, theta, tolerance, maxIterations);
    this.fitWeights = this.weights.slice();
    this.factor = null;
    this.factorTransposed = null;
    return stats;
  }

  /**
   * A bootstrap refit warm-started from `theta` (normally the last `fit`'s solution), leaving the
   * solution in it: chord iterations, else Newton–CG, else dense Newton (see the file header).
   * The strengths end within about `tolerance` nats of the optimum.
   */
  refit(cells: ArrayLike<number>, theta: Float64Array, tolerance = 1e-5): FitStats {
    if (this.n === 0) return { iterations: 0, converged: true, method: 'chord' };
    this.objective.setCells(cells);
    let iterations = 0;
    if (this.fitWeights && !this.factor) {
      this.factor = new Float64Array(this.n * this.n);
      this.objective.factorHessian(this.fitWeights, this.factor);
      this.factorTransposed = transposeLower(this.factor, this.n);
    }
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
      this.objective.gradient(theta, gradient);
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
    const { objective } = this;
    let value = objective.evaluate(theta, this.gradient, this.weights);
    let previousStep = Infinity;
    for (let iteration = 1; iteration <= NEWTON_CG_MAX_ITERATIONS; iteration++) {
      const solved = pairWeightedCgStep(objective.left, objective.right, objective.ridge, this.weights, this.gradient, this.step, this.cg);
      if (!solved) return { iterations: iteration, converged: false };
      const result = this.lineSearch(theta, value);
      value = result.value;
      if (isConverged(result, tolerance, previousStep)) return { iterations: iteration, converged: true };
      previousStep = result.maxStep;
    }
    return { iterations: NEWTON_CG_MAX_ITERATIONS, converged: false };
  }

  private newtonDense(cells: ArrayLike<number>, theta: Float64Array, tolerance: number, maxIterations: number): FitStats {
    if (this.n === 0) return { iterations: 0, converged: true, method: 'newton-dense' };
    const { objective } = this;
    objective.setCells(cells);
    let value = objective.evaluate(theta, this.gradient, this.weights);
    let previousStep = Infinity;
    for (let iteration = 1; iteration <= maxIterations; iteration++) {
      objective.factorHessian(this.weights, this.dense);
      for (let i = 0; i < this.n; i++) this.step[i] = -this.gradient[i];
      choleskySolve(this.dense, this.n, this.step, this.step);
      const result = this.lineSearch(theta, value);
      value = result.value;
      if (isConverged(result, tolerance, previousStep)) return { iterations: iteration, converged: true, method: 'newton-dense' };
      previousStep = result.maxStep;
    }
    return { iterations: maxIterations, converged: false, method: 'newton-dense' };
  }

  /** Line search along this.step; moves theta, the gradient and the weights to the accepted point. */
  private lineSearch(theta: Float64Array, value: number): LineSearchResult {
    const result = armijoLineSearch(theta, this.step, this.gradient, value, this.trial, this.evaluateTrial);
    if (result.stalled) return result;
    theta.set(this.trial);
    [this.gradient, this.trialGradient] = [this.trialGradient, this.gradient];
    [this.weights, this.trialWeights] = [this.trialWeights, this.weights];
    return result;
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
