// Sandwich (robust, Huber–White) covariance of the Bradley–Terry fit, as arena-rank computes it
// for LMArena (ci_method="sandwich"): Cov(θ̂) ≈ H⁻¹·M·H⁻¹, with H the Hessian of the penalised
// negative log-likelihood at θ̂ (the "bread") and M = Σ_votes s·sᵀ the sum of the per-vote score
// outer products (the "meat"). It needs no resampling, and unlike H⁻¹ alone (the model-based
// covariance) it does not trust the model's own outcome variance, which the half-win coding of ties
// gets wrong: a tie's residual is smaller than a win's or a loss's.
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
import { choleskyInverse, factorWithJitter } from './cholesky';
import { CELLS_PER_PAIR, type PairGraph } from './pair-graph';
import type { PairTable } from './pair-table';
import { POINTS_PER_NAT } from './rating-scale';

/** Φ⁻¹(0.975): the normal quantile of a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

interface SandwichInput {
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
function sandwichVariances(input: SandwichInput): Float64Array {
  const { graph, componentOf, anchorIndex } = input;
  const variances = new Float64Array(graph.judgeCount).fill(NaN);
  const anchorComponent = anchorIndex === null ? -1 : componentOf[anchorIndex];
  const { groups, hessianWeight, meatWeight } = groupsOf(input);
  const localOf = new Int32Array(graph.judgeCount).fill(-1);
  for (const { members } of groups) members.forEach((judge, local) => (localOf[judge] = local));
  let anchorCentredVariance = 0;
  for (const group of groups) {
    const anchored = group.component === anchorComponent;
    const centred = groupVariances(input, group, localOf, hessianWeight, meatWeight, null);
    if (anchored) anchorCentredVariance = centred[localOf[anchorIndex!]];
    const reported = anchored ? groupVariances(input, group, localOf, hessianWeight, meatWeight, localOf[anchorIndex!]) : centred;
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
  /** Local order: the reference judge (best measured: best conditioning of the reduced system) last. */
  members: number[];
  pairs: number[];
}

function groupsOf(input: SandwichInput): { groups: Group[]; hessianWeight: Float64Array; meatWeight: Float64Array } {
  const { graph, cells, theta, componentOf, componentCount } = input;
  const pairs = graph.left.length;
  const hessianWeight = new Float64Array(pairs);
  const meatWeight = new Float64Array(pairs);
  const information = new Float64Array(graph.judgeCount);
  for (let k = 0, c = 0; k < pairs; k++, c += CELLS_PER_PAIR) {
    const p = 1 / (1 + Math.exp(theta[graph.right[k]] - theta[graph.left[k]])); // P(left beats right)
    const q = 1 - p;
    hessianWeight[k] = (cells[c] + cells[c + 1] + cells[c + 2]) * p * q;
    meatWeight[k] = cells[c] * q * q + cells[c + 1] * p * p + cells[c + 2] * (0.5 - p) ** 2;
    information[graph.left[k]] += hessianWeight[k];
    information[graph.right[k]] += hessianWeight[k];
  }
  const groups: Group[] = Array.from({ length: componentCount }, (_, component) => ({ component, members: [], pairs: [] }));
  for (let i = 0; i < graph.judgeCount; i++) if (componentOf[i] >= 0) groups[componentOf[i]].members.push(i);
  for (let k = 0; k < pairs; k++) groups[componentOf[graph.left[k]]].pairs.push(k);
  for (const { members } of groups) {
    let ref = 0;
    for (let i = 1; i < members.length; i++) if (information[members[i]] > information[members[ref]]) ref = i;
    members.push(members.splice(ref, 1)[0]);
  }
  return { groups, hessianWeight, meatWeight };
}

/**
 * Variances of one group's ratings (local order of group.members): centred, or relative to
 * `anchor` (local index). Local indices 0…m−2 are the reduced parameters; m−1 is the reference.
 */
function groupVariances(
  input: SandwichInput,
  group: Group,
  localOf: Int32Array,
  hessianWeight: Float64Array,
  meatWeight: Float64Array,
  anchor: number | null,
): Float64Array {
  const { graph, ridge } = input;
  const { members, pairs } = group;
  const m = members.length;
  const d = m - 1;
  const count = pairs.length;
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const w = new Float64Array(count);
  const c = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    const k = pairs[t];
    a[t] = localOf[graph.left[k]];
    b[t] = localOf[graph.right[k]];
    w[t] = hessianWeight[k];
    c[t] = meatWeight[k];
  }
  const inverse = reducedHessianInverse(d, ridge, m, a, b, w);

  // Rows of E·H_φ⁻¹·Eᵀ (m×m; the reference's row and column are zero), then centred by column (P·…).
  const rows = new Float64Array(m * m);
  for (let i = 0; i < d; i++) rows.set(inverse.subarray(i * d, (i + 1) * d), i * m);
  for (let j = 0; j < m; j++) {
    let mean = 0;
    for (let i = 0; i < m; i++) mean += rows[i * m + j];
    mean /= m;
    for (let i = 0; i < m; i++) rows[i * m + j] -= mean;
  }
  const anchorRow = anchor === null ? null : rows.slice(anchor * m, (anchor + 1) * m);
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    if (anchorRow) for (let j = 0; j < m; j++) rows[row + j] -= anchorRow[j];
    let variance = 0;
    for (let t = 0; t < count; t++) {
      const x = rows[row + a[t]] - rows[row + b[t]];
      variance += c[t] * x * x;
    }
    out[i] = variance;
  }
  return out;
}

/**
 * H_φ⁻¹ (d×d, row-major) for H_φ = Σ_t w_t·d_t·d_tᵀ restricted to local indices below d (index d
 * is the reference, dropped) + ridge·(I − J/groupSize). Cholesky, with jitter should rounding make
 * it indefinite (weights that underflowed with prior 'none').
 */
function reducedHessianInverse(d: number, ridge: number, groupSize: number, left: Int32Array, right: Int32Array, weights: Float64Array): Float64Array {
  const h = new Float64Array(d * d).fill(-ridge / groupSize);
  for (let r = 0; r < d; r++) h[r * d + r] += ridge;
  for (let t = 0; t < left.length; t++) {
    const i = left[t];
    const j = right[t];
    const wt = weights[t];
    if (i < d) h[i * d + i] += wt;
    if (j < d) h[j * d + j] += wt;
    if (i < d && j < d) {
      h[i * d + j] -= wt;
      h[j * d + i] -= wt;
    }
  }
  // Only non-finite weights could resist any jitter: report unknown variances rather than fail.
  return factorWithJitter(h, d, ridge) ? choleskyInverse(h, d) : new Float64Array(d * d).fill(NaN);
}
