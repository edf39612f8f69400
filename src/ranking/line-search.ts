// The backtracking (Armijo) line search of the damped Newton fits (bradley-terry.ts, contextual-bradley-terry.ts).

export interface LineSearchResult {
  /** The objective at the accepted point (at the start when stalled). */
  value: number;
  /** The full step was taken (t = 1). */
  fullStep: boolean;
  /** Largest component of the proposed step, in nats. */
  maxStep: number;
  /** The objective could not be decreased at all; `trial` holds no accepted point. */
  stalled: boolean;
}

/**
 * Searches along `step` from `x` (as long as `step`) (objective `value`, gradient `gradient` there), halving the step until the
 * objective falls enough; the accepted point is left in `trial` (x is not moved). `evaluate` gives the objective
 * at a point and may fill the caller's trial gradient on the way. The relative slack absorbs rounding near the optimum.
 */
export function armijoLineSearch(
  x: Float64Array,
  step: Float64Array,
  gradient: Float64Array,
  value: number,
  trial: Float64Array,
  evaluate: (point: Float64Array) => number,
): LineSearchResult {
  const dim = step.length;
  let maxStep = 0;
  let slope = 0;
  for (let i = 0; i < dim; i++) {
    maxStep = Math.max(maxStep, Math.abs(step[i]));
    slope += gradient[i] * step[i];
  }
  // Cap very long steps (only far from the optimum) so no parameter jumps by more than 20 nats.
  let t = maxStep > 20 ? 20 / maxStep : 1;
  let trialValue: number;
  for (;;) {
    for (let i = 0; i < dim; i++) trial[i] = x[i] + t * step[i];
    trialValue = evaluate(trial);
    if (trialValue <= value + 1e-4 * t * slope + 1e-12 * Math.abs(value)) break;
    // No decrease even for a vanishing step: we are at the optimum to within rounding.
    if (t < 1e-12) return { value, fullStep: false, maxStep, stalled: true };
    t *= 0.5;
  }
  return { value: trialValue, fullStep: t === 1, maxStep, stalled: false };
}
