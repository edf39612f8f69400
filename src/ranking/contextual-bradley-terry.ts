// Contextual Bradley–Terry (LMArena's style control) on the stored style moments: ratings θ plus style
// coefficients β, P(lo beats hi) = σ(δ + u) with δ = θ_lo − θ_hi and u = βᵀx (x the normalised features).
//
// The exact negative log-likelihood is Σ_votes [softplus(δ + u) − y·(δ + u)], y = 1, 0 or ½ (a draw is half a
// win each, as in arena-rank and the plain fit). The ledger keeps per pair only n, Σy, Σx, Σyx and Σxxᵀ
// (style-sums.ts), so each pair's softplus terms are expanded to second order around the pair's mean style
// logit ū = βᵀΣx/n, with z = δ + ū:
//   Σ_v softplus(δ + u_v) ≈ n·softplus(z) + ½·σ'(z)·βᵀC̃β,   C̃ = Σxxᵀ − Σx·Σxᵀ/n (the within-pair scatter),
// the first-order term vanishing because the deviations u_v − ū sum to 0; the linear term Σ y·(δ + u) is exact.
// So the objective is exact in the ratings and in each pair's mean style difference (the two judges'
// systematic style, which is what confounds a plain rating), and second order only in how much the style
// logit varies between battles of one pair: its error per vote is at most 0.021·|u − ū|³ (|σ'''| ≤ 1/8).
// On simulated arenas the coefficients agree with the exact per-vote fit (test/ranking/style-control.test.ts).
// Fitted by damped Newton with the exact Hessian of this objective (falling back to its Gauss–Newton part,
// which is positive semi-definite, should it not be positive definite far from the optimum). Prior: the same
// L2 ridge on θ and on β (LMArena's original fits put scikit-learn's C = 1 on every parameter).
import { choleskyInPlace, choleskySolve, factorWithJitter } from './cholesky';
import { armijoLineSearch } from './line-search';
import type { PairMoments, StyleData } from './style-data';

export const UNFACTORABLE = 'the style-control Hessian cannot be factored';

/** Logistic σ and its derivatives σ' = σ(1−σ), σ'' = σ'(1−2σ), σ''' = σ'(1−6σ'). */
function sigmoids(d: number): [number, number, number, number] {
  const s = d >= 0 ? 1 / (1 + Math.exp(-d)) : Math.exp(d) / (1 + Math.exp(d));
  const s1 = s * (1 - s);
  return [s, s1, s1 * (1 - 2 * s), s1 * (1 - 6 * s1)];
}

function softplus(d: number): number {
  return d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
}

export interface ContextualFit {
  /** Natural-log strengths, per judge of data.ids. */
  theta: Float64Array;
  /** Coefficients in nats per RMS of each feature in data.features. */
  beta: Float64Array;
  iterations: number;
  converged: boolean;
}

export class ContextualObjective {
  readonly n: number;
  readonly F: number;
  readonly dim: number;

  constructor(
    private readonly data: StyleData,
    private readonly m: PairMoments,
    readonly ridge: number,
  ) {
    this.n = data.graph.judgeCount;
    this.F = data.features.length;
    this.dim = this.n + this.F;
  }

  /** Value at params (θ then β); fills the gradient, and the Hessian (dense dim², row-major) when given. */
  evaluate(params: Float64Array, gradient: Float64Array, hessian?: Float64Array, gaussNewton = false): number {
    const { n, F, dim, ridge, m } = this;
    const { left, right } = this.data.graph;
    let value = 0;
    for (let i = 0; i < dim; i++) {
      value += 0.5 * ridge * params[i] * params[i];
      gradient[i] = ridge * params[i];
    }
    if (hessian) {
      hessian.fill(0);
      for (let i = 0; i < dim; i++) hessian[i * dim + i] = ridge;
    }
    const cb = new Float64Array(F);
    const mu = new Float64Array(F);
    for (let k = 0; k < left.length; k++) {
      const votes = m.votes[k];
      if (votes === 0) continue;
      const i = left[k];
      const j = right[k];
      // ū = βᵀΣx/n (the pair's mean style logit), C̃β = (Σxxᵀ − Σx·Σxᵀ/n)β, q = βᵀC̃β, r = βᵀΣyx.
      let bm = 0;
      let br = 0;
      for (let a = 0; a < F; a++) {
        mu[a] = m.sumX[k * F + a] / votes;
        bm += params[n + a] * m.sumX[k * F + a];
        br += params[n + a] * m.sumYX[k * F + a];
      }
      let q = 0;
      for (let a = 0; a < F; a++) {
        let c = 0;
        for (let b = 0; b < F; b++) c += m.sumXX[(k * F + a) * F + b] * params[n + b];
        cb[a] = c - mu[a] * bm;
        q += params[n + a] * cb[a];
      }
      const delta = params[i] - params[j];
      const z = delta + bm / votes;
      const [s, s1, s2, s3] = sigmoids(z);
      value += votes * softplus(z) - m.score[k] * delta - br + 0.5 * s1 * q;
      const gz = votes * s + 0.5 * s2 * q;
      gradient[i] += gz - m.score[k];
      gradient[j] -= gz - m.score[k];
      for (let a = 0; a < F; a++) gradient[n + a] += gz * mu[a] + s1 * cb[a] - m.sumYX[k * F + a];
      if (!hessian) continue;
      // Second derivatives of f(z, β) = n·softplus(z) + ½σ'(z)·q, through z = δ + μᵀβ.
      const fzz = gaussNewton ? votes * s1 : votes * s1 + 0.5 * s3 * q;
      const fzb = gaussNewton ? 0 : s2;
      hessian[i * dim + i] += fzz;
      hessian[j * dim + j] += fzz;
      hessian[i * dim + j] -= fzz;
      hessian[j * dim + i] -= fzz;
      for (let a = 0; a < F; a++) {
        const cross = fzz * mu[a] + fzb * cb[a];
        const col = n + a;
        hessian[i * dim + col] += cross;
        hessian[col * dim + i] += cross;
        hessian[j * dim + col] -= cross;
        hessian[col * dim + j] -= cross;
        for (let b = 0; b < F; b++) {
          const within = m.sumXX[(k * F + a) * F + b] - mu[a] * m.sumX[k * F + b];
          hessian[col * dim + n + b] += fzz * mu[a] * mu[b] + fzb * (cb[a] * mu[b] + mu[a] * cb[b]) + s1 * within;
        }
      }
    }
    return value;
  }

  /** Damped Newton from zero; stops when a full step moves no parameter by more than `tolerance`. */
  fit(tolerance = 1e-10, maxIterations = 100): ContextualFit {
    const { dim, n } = this;
    const params = new Float64Array(dim);
    const gradient = new Float64Array(dim);
    const trialGradient = new Float64Array(dim);
    const hessian = new Float64Array(dim * dim);
    const step = new Float64Array(dim);
    const trial = new Float64Array(dim);
    const evaluateTrial = (point: Float64Array) => this.evaluate(point, trialGradient);
    const done = (iterations: number, converged: boolean): ContextualFit => ({ theta: params.slice(0, n), beta: params.slice(n), iterations, converged });
    let value = this.evaluate(params, gradient);
    for (let iteration = 1; iteration <= maxIterations; iteration++) {
      this.evaluate(params, gradient, hessian);
      if (!choleskyInPlace(hessian, dim)) {
        this.evaluate(params, gradient, hessian, true);
        if (!factorWithJitter(hessian, dim, this.ridge)) throw new Error(UNFACTORABLE);
      }
      for (let i = 0; i < dim; i++) step[i] = -gradient[i];
      choleskySolve(hessian, dim, step, step);
      const result = armijoLineSearch(params, step, gradient, value, trial, evaluateTrial);
      if (result.stalled) return done(iteration, true);
      params.set(trial);
      value = result.value;
      if (result.fullStep && result.maxStep < tolerance) return done(iteration, true);
    }
    return done(maxIterations, false);
  }
}
