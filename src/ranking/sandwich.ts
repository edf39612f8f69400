// Sandwich (robust, Huber–White) covariance of the Bradley–Terry fit, as arena-rank computes it
// for LMArena (ci_method="sandwich"): Cov(θ̂) ≈ H⁻¹·M·H⁻¹, with H the Hessian of the penalised
// negative log-likelihood at θ̂ (the "bread") and M = Σ_votes s·sᵀ the sum of the per-vote score
// outer products (the "meat"). It needs no resampling, and it stays right when votes are not
// independent Bernoulli draws of the model (e.g. over-dispersed ties), which H⁻¹ alone assumes.
//
// All votes of one pair and outcome share one score vector, (y − p)·(e_left − e_right) with y = 1
// for a left win, 0 for a right win and ½ for a draw, so both matrices come from the pair counts:
//   H = Σ_k total_k·p_k(1−p_k)·d_k·d_kᵀ + prior,   M = Σ_k c_k·d_k·d_kᵀ,
//   c_k = winsLeft·(1−p)² + winsRight·p² + draws·(½−p)²,   d_k = e_left − e_right.
//
// The likelihood only fixes rating differences within a connected group; the reported ratings are
// centred on the group mean (or shifted to an anchor). So the covariance is taken in a reduced
// parameterisation per group: one reference judge is dropped (φ_i = θ_i − θ_ref), which makes the
// Hessian of the group positive definite without relying on the tiny ridge of prior 'none', and it
// is factorised by Cholesky. The prior enters as it acts on the centred ratings, ridge·(I − J/m).
// The variance of a centred rating is then bᵢ·M·bᵢᵀ with bᵢ row i of P·E·H_φ⁻¹·Eᵀ (P centres,
// E re-inserts the reference as 0); of an anchored one, with bᵢ − b_anchor. Groups are independent.
import { choleskyInPlace, choleskySolve } from './cholesky';
import { CELLS_PER_PAIR, type PairGraph } from './pair-graph';
import type { PairTable } from './pair-table';
import { POINTS_PER_NAT } from './rating-scale';

/** Φ⁻¹(0.975): the normal quantile of a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface SandwichInput {
  graph: PairGraph;
  cells: ArrayLike<number>;
  /** The fitted natural-log strengths. */
  theta: ArrayLike<number>;
  /** The fitter's ridge on natural-log strengths. */
  ridge: number;
  componentOf: Int32Array;
  componentCount: number;
  /** The anchored judge, or null when each group is centred on its mean. */
  anchorIndex: number | null;
}

/**
 * Variance, in nats², of each judge's reported rating (centred on its group's mean, or relative to
 * the anchor); NaN for judges in no group.
 */
export function sandwichVariances(input: SandwichInput): Float64Array {
  const { graph, componentOf, componentCount, anchorIndex } = input;
  const variances = new Float64Array(graph.judgeCount).fill(NaN);
  const anchorComponent = anchorIndex === null ? -1 : componentOf[anchorIndex];
  let anchorCentredVariance = 0;
  for (const group of groupsOf(graph, componentOf, componentCount)) {
    const anchored = group.component === anchorComponent;
    const centred = groupVariances(input, group, null);
    if (anchored) anchorCentredVariance = centred[group.members.indexOf(anchorIndex!)];
    const reported = anchored ? groupVariances(input, group, anchorIndex) : centred;
    group.members.forEach((judge, local) => (variances[judge] = reported[local]));
  }
  // With an anchor every rating is shifted by the anchor's (centred) estimate, so the judges of the
  // other groups carry its variance too (the groups are independent).
  if (anchorComponent >= 0) {
    for (let i = 0; i < variances.length; i++) if (componentOf[i] >= 0 && componentOf[i] !== anchorComponent) variances[i] += anchorCentredVariance;
  }
  return variances;
}

/** 95% intervals rating ± Z_95·standard error, on the Elo scale; NaN for judges in no group. */
export function sandwichIntervals(
  table: PairTable,
  theta: ArrayLike<number>,
  ridge: number,
  ratings: Float64Array,
  componentOf: Int32Array,
  componentCount: number,
  anchorIndex: number | null,
): { lo: Float64Array; hi: Float64Array } {
  const variances = sandwichVariances({ graph: table.graph, cells: table.cells, theta, ridge, componentOf, componentCount, anchorIndex });
  const lo = new Float64Array(ratings.length);
  const hi = new Float64Array(ratings.length);
  for (let i = 0; i < ratings.length; i++) {
    const half = Z_95 * POINTS_PER_NAT * Math.sqrt(Math.max(variances[i], 0));
    lo[i] = ratings[i] - half;
    hi[i] = ratings[i] + half;
  }
  return { lo, hi };
}

interface Group {
  component: number;
  members: number[];
  pairs: number[];
}

function groupsOf(graph: PairGraph, componentOf: Int32Array, componentCount: number): Group[] {
  const groups: Group[] = Array.from({ length: componentCount }, (_, component) => ({ component, members: [], pairs: [] }));
  for (let i = 0; i < graph.judgeCount; i++) if (componentOf[i] >= 0) groups[componentOf[i]].members.push(i);
  for (let k = 0; k < graph.left.length; k++) groups[componentOf[graph.left[k]]].pairs.push(k);
  return groups;
}

/** Variances of one group's ratings (local order of group.members): centred, or relative to `anchor`. */
function groupVariances(input: SandwichInput, group: Group, anchor: number | null): Float64Array {
  const { graph, cells, theta, ridge } = input;
  const { members, pairs } = group;
  const m = members.length;
  const local = new Map(members.map((judge, i) => [judge, i]));
  const a = pairs.map((k) => local.get(graph.left[k])!);
  const b = pairs.map((k) => local.get(graph.right[k])!);
  const hessianWeight = new Float64Array(pairs.length);
  const meatWeight = new Float64Array(pairs.length);
  const information = new Float64Array(m);
  pairs.forEach((k, t) => {
    const c = k * CELLS_PER_PAIR;
    const p = 1 / (1 + Math.exp(theta[graph.right[k]] - theta[graph.left[k]])); // P(left beats right)
    const q = 1 - p;
    hessianWeight[t] = (cells[c] + cells[c + 1] + cells[c + 2]) * p * q;
    meatWeight[t] = cells[c] * q * q + cells[c + 1] * p * p + cells[c + 2] * (0.5 - p) ** 2;
    information[a[t]] += hessianWeight[t];
    information[b[t]] += hessianWeight[t];
  });

  // Reference: the best-measured judge (best conditioning of the reduced system).
  let ref = 0;
  for (let i = 1; i < m; i++) if (information[i] > information[ref]) ref = i;
  const reduced = (i: number) => (i < ref ? i : i === ref ? -1 : i - 1);
  const d = m - 1;
  const inverse = reducedHessianInverse(d, ridge, m, Int32Array.from(a, reduced), Int32Array.from(b, reduced), hessianWeight);

  // Rows of E·H_φ⁻¹·Eᵀ (the reference's row and column are zero), then centred by column (P·…).
  const rows: Float64Array[] = members.map((_, i) => {
    const row = new Float64Array(m);
    const r = reduced(i);
    if (r >= 0) for (let j = 0; j < m; j++) if (j !== ref) row[j] = inverse[r * d + reduced(j)];
    return row;
  });
  for (let j = 0; j < m; j++) {
    let mean = 0;
    for (let i = 0; i < m; i++) mean += rows[i][j];
    mean /= m;
    for (let i = 0; i < m; i++) rows[i][j] -= mean;
  }
  const anchorRow = anchor === null ? null : rows[local.get(anchor)!].slice();
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const row = rows[i];
    if (anchorRow) for (let j = 0; j < m; j++) row[j] -= anchorRow[j];
    let variance = 0;
    for (let t = 0; t < pairs.length; t++) {
      const x = row[a[t]] - row[b[t]];
      variance += meatWeight[t] * x * x;
    }
    out[i] = variance;
  }
  return out;
}

/**
 * H_φ⁻¹ (d×d, row-major) for H_φ = Σ_t w_t·d_t·d_tᵀ (reduced indices, −1 for the reference) +
 * ridge·(I − J/groupSize). Cholesky, with jitter should rounding make it indefinite (weights that
 * underflowed with prior 'none').
 */
function reducedHessianInverse(
  d: number,
  ridge: number,
  groupSize: number,
  left: Int32Array,
  right: Int32Array,
  weights: Float64Array,
): Float64Array {
  const h = new Float64Array(d * d);
  let jitter = 0;
  for (;;) {
    for (let r = 0; r < d; r++) for (let s = 0; s < d; s++) h[r * d + s] = ridge * ((r === s ? 1 : 0) - 1 / groupSize) + (r === s ? jitter : 0);
    for (let t = 0; t < left.length; t++) {
      const i = left[t];
      const j = right[t];
      const w = weights[t];
      if (i >= 0) h[i * d + i] += w;
      if (j >= 0) h[j * d + j] += w;
      if (i >= 0 && j >= 0) {
        h[i * d + j] -= w;
        h[j * d + i] -= w;
      }
    }
    if (choleskyInPlace(h, d)) break;
    jitter = jitter === 0 ? Math.max(ridge, 1e-9) : jitter * 10;
  }
  const inverse = new Float64Array(d * d);
  const column = new Float64Array(d);
  for (let s = 0; s < d; s++) {
    column.fill(0);
    column[s] = 1;
    choleskySolve(h, d, column, column);
    for (let r = 0; r < d; r++) inverse[r * d + s] = column[r];
  }
  return inverse;
}
