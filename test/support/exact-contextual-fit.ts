// The exact contextual Bradley–Terry fit over every vote (what arena-rank's ContextualBradleyTerry does), as
// the reference for the moments-based approximation in src/ranking/. Newton on the per-vote log-likelihood,
// features divided by their RMS, the same ridge on every parameter, and the coefficients' sandwich variances.
// Tests only: it reads every vote.
import { choleskyInPlace, choleskyInverse, choleskySolve } from '../../src/ranking/cholesky';
import type { VoteChoice } from '../../src/shared/api-types';

export function exactContextualFit(
  judges: number,
  modelA: Int32Array,
  modelB: Int32Array,
  choice: readonly VoteChoice[],
  features: Float64Array,
  featureCount: number,
  ridge: number,
): { theta: Float64Array; beta: Float64Array; scales: number[]; coefficientVariances: number[] } {
  const votes = modelA.length;
  const scales = Array.from({ length: featureCount }, (_, f) => {
    let s = 0;
    for (let v = 0; v < votes; v++) s += features[v * featureCount + f] ** 2;
    return Math.sqrt(s / votes);
  });
  const dim = judges + featureCount;
  const params = new Float64Array(dim);
  // The penalised objective's gradient and Hessian at `params` (and, when asked, the meat Σ_votes g·gᵀ of the per-vote scores).
  const derivatives = (withMeat = false) => {
    const g = new Float64Array(dim);
    const h = new Float64Array(dim * dim);
    const meat = new Float64Array(dim * dim);
    for (let i = 0; i < dim; i++) {
      g[i] = ridge * params[i];
      h[i * dim + i] = ridge;
    }
    const row = new Float64Array(dim);
    for (let v = 0; v < votes; v++) {
      const a = modelA[v];
      const b = modelB[v];
      row.fill(0);
      row[a] = 1;
      row[b] = -1;
      for (let f = 0; f < featureCount; f++) row[judges + f] = features[v * featureCount + f] / scales[f];
      let z = 0;
      for (let i = 0; i < dim; i++) z += row[i] * params[i];
      const p = 1 / (1 + Math.exp(-z));
      const y = choice[v] === 'A' ? 1 : choice[v] === 'B' ? 0 : 0.5;
      const nz = [a, b, ...Array.from({ length: featureCount }, (_, f) => judges + f)];
      for (const i of nz) {
        g[i] += (p - y) * row[i];
        for (const j of nz) {
          h[i * dim + j] += p * (1 - p) * row[i] * row[j];
          if (withMeat) meat[i * dim + j] += (p - y) ** 2 * row[i] * row[j];
        }
      }
    }
    return { g, h, meat };
  };
  for (let iteration = 0; iteration < 50; iteration++) {
    const { g, h } = derivatives();
    if (!choleskyInPlace(h, dim)) throw new Error('exact fit: Hessian not positive definite');
    const step = g.map((x) => -x);
    choleskySolve(h, dim, step, step);
    let max = 0;
    for (let i = 0; i < dim; i++) {
      params[i] += step[i];
      max = Math.max(max, Math.abs(step[i]));
    }
    if (max < 1e-10) break;
  }
  // The coefficients' sandwich variances, (H⁻¹·M·H⁻¹)_ff, with the ridge on every parameter.
  const { h, meat } = derivatives(true);
  if (!choleskyInPlace(h, dim)) throw new Error('exact fit: Hessian not positive definite');
  const inverse = choleskyInverse(h, dim);
  const coefficientVariances = Array.from({ length: featureCount }, (_, f) => {
    const k = judges + f;
    let v = 0;
    for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) v += inverse[k * dim + i] * meat[i * dim + j] * inverse[j * dim + k];
    return v;
  });
  return { theta: params.slice(0, judges), beta: params.slice(judges), scales, coefficientVariances };
}
