// Sandwich (robust, Huber–White) covariance of the contextual fit, as arena-rank computes it for its
// ContextualBradleyTerry: H⁻¹·M·H⁻¹ over ratings and coefficients together, H the Hessian of the penalised
// objective at the fit and M = Σ_votes g·gᵀ, g = (y − p)·(d, x) the per-vote score (d = e_lo − e_hi).
// From the stored moments, M is taken at one p for every vote of a pair, p = σ(δ + ū) at the pair's mean style
// logit ū (one order below the fit's objective): per pair and outcome o with r_o = y_o − p,
//   M += Σ_o r_o²·[ n_o·d·dᵀ, d·Σ_o xᵀ ; Σ_o x·dᵀ, Σ_o xxᵀ ].
// As in sandwich.ts, the likelihood only fixes rating differences within a connected group, so per group one
// reference judge (the best measured) is dropped, and the prior acts on the centred ratings, ridge·(I − J/m);
// the coefficients keep their ridge. Every variance is then bᵀ·Cov·b for the linear function b of the reduced
// parameters that gives a centred (or anchored) rating or a coefficient.
import { choleskySolve, factorWithJitter } from './cholesky';
import { UNFACTORABLE, type ContextualObjective } from './contextual-bradley-terry';
import { CELLS_PER_PAIR } from './pair-graph';
import { OUTCOME_SCORE, STYLE_OUTCOMES } from './style-sums';
import type { StyleData } from './style-data';

export interface ContextualVariances {
  /** Per judge, nats², of its rating centred on its group (or relative to the anchor); NaN outside any group. */
  ratings: Float64Array;
  /** Per feature of data.features, (nats per RMS)². */
  coefficients: Float64Array;
}

export function contextualSandwich(
  objective: ContextualObjective,
  data: StyleData,
  params: Float64Array,
  componentOf: Int32Array,
  componentCount: number,
  anchorIndex: number | null,
): ContextualVariances {
  const { n, F, dim } = objective;
  const full = new Float64Array(dim * dim);
  objective.evaluate(params, new Float64Array(dim), full);
  // The prior as it acts on centred ratings: −ridge/m between the members of a group.
  const sizes = new Float64Array(componentCount);
  for (let i = 0; i < n; i++) if (componentOf[i] >= 0) sizes[componentOf[i]]++;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (componentOf[i] >= 0 && componentOf[i] === componentOf[j]) full[i * dim + j] -= objective.ridge / sizes[componentOf[i]];
    }
  }
  const meat = meatOf(data, params, n, F, dim);

  // Reduced parameters: every judge in a group but its reference, then the coefficients.
  const information = new Float64Array(n);
  for (let i = 0; i < n; i++) information[i] = full[i * dim + i];
  const reference = new Int32Array(componentCount).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = componentOf[i];
    if (c >= 0 && (reference[c] < 0 || information[i] > information[reference[c]])) reference[c] = i;
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (componentOf[i] >= 0 && reference[componentOf[i]] !== i) kept.push(i);
  for (let a = 0; a < F; a++) kept.push(n + a);
  const d = kept.length;
  const h = new Float64Array(d * d);
  const mr = new Float64Array(d * d);
  for (let r = 0; r < d; r++) {
    for (let c = 0; c < d; c++) {
      h[r * d + c] = full[kept[r] * dim + kept[c]];
      mr[r * d + c] = meat[kept[r] * dim + kept[c]];
    }
  }
  if (!factorWithJitter(h, d, 0)) throw new Error(UNFACTORABLE);
  const position = new Int32Array(dim).fill(-1);
  kept.forEach((p, r) => (position[p] = r));

  const varianceOf = (b: Float64Array) => {
    const w = new Float64Array(d);
    choleskySolve(h, d, b, w);
    let v = 0;
    for (let r = 0; r < d; r++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += mr[r * d + c] * w[c];
      v += w[r] * s;
    }
    return v;
  };
  /** b for judge i's centred rating θ_i − mean of its group (the reference's θ is 0 in the reduced form). */
  const centred = (i: number) => {
    const b = new Float64Array(d);
    const c = componentOf[i];
    for (let j = 0; j < n; j++) if (componentOf[j] === c && position[j] >= 0) b[position[j]] -= 1 / sizes[c];
    if (position[i] >= 0) b[position[i]] += 1;
    return b;
  };
  const anchorB = anchorIndex === null ? null : centred(anchorIndex);
  const ratings = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (componentOf[i] < 0) continue;
    const b = centred(i);
    if (anchorB) for (let r = 0; r < d; r++) b[r] -= anchorB[r];
    ratings[i] = varianceOf(b);
  }
  const coefficients = new Float64Array(F);
  for (let a = 0; a < F; a++) {
    const b = new Float64Array(d);
    b[position[n + a]] = 1;
    coefficients[a] = varianceOf(b);
  }
  return { ratings, coefficients };
}

function meatOf(data: StyleData, params: Float64Array, n: number, F: number, dim: number): Float64Array {
  const meat = new Float64Array(dim * dim);
  const { left, right } = data.graph;
  for (let k = 0; k < left.length; k++) {
    const i = left[k];
    const j = right[k];
    // P(lo wins) at the pair's mean style logit.
    let votes = 0;
    let styleLogit = 0;
    for (let o = 0; o < 3; o++) {
      votes += data.cells[k * CELLS_PER_PAIR + o];
      for (let a = 0; a < F; a++) styleLogit += params[n + a] * data.sums[(k * 3 + o) * F + a];
    }
    const p = 1 / (1 + Math.exp(params[j] - params[i] - (votes > 0 ? styleLogit / votes : 0)));
    STYLE_OUTCOMES.forEach((outcome, o) => {
      const votes = data.cells[k * CELLS_PER_PAIR + o];
      if (votes === 0) return;
      const r2 = (OUTCOME_SCORE[outcome] - p) ** 2;
      const dd = r2 * votes;
      meat[i * dim + i] += dd;
      meat[j * dim + j] += dd;
      meat[i * dim + j] -= dd;
      meat[j * dim + i] -= dd;
      for (let a = 0; a < F; a++) {
        const cross = r2 * data.sums[(k * 3 + o) * F + a];
        const col = n + a;
        meat[i * dim + col] += cross;
        meat[col * dim + i] += cross;
        meat[j * dim + col] -= cross;
        meat[col * dim + j] -= cross;
        for (let b = 0; b < F; b++) meat[col * dim + n + b] += r2 * data.products[(k * 3 + o) * F * F + a * F + b];
      }
    });
  }
  return meat;
}
