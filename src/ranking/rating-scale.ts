// From fitted natural-log strengths to ratings on the Elo scale.

const RATING_CENTER = 1000;
const RATING_SCALE = 400; // points per factor of RATING_BASE in strength
const RATING_BASE = 10;
export const POINTS_PER_NAT = RATING_SCALE / Math.log(RATING_BASE);

/** Converts an L2 prior strength on log10-strengths into the fitter's ridge on natural-log strengths. */
export function ridgeOnNats(strengthOnLog10: number): number {
  return strengthOnLog10 / Math.log(RATING_BASE) ** 2;
}

/**
 * Writes ratings 1000 + 400·log10(strength) into `out`, each connected group centred on mean 1000
 * (the likelihood only fixes differences inside a group; the L2 prior already puts every group's
 * mean at the centre, this also removes rounding drift), then, with an anchor, shifts everything so
 * the anchor judge sits at its rating. Judges in no group (no votes) get NaN: callers report null.
 */
export function ratingsFromStrengths(
  theta: ArrayLike<number>,
  componentOf: Int32Array,
  componentCount: number,
  anchor: { index: number; rating: number } | null,
  out: Float64Array,
): void {
  const sums = new Float64Array(componentCount);
  const sizes = new Float64Array(componentCount);
  for (let i = 0; i < componentOf.length; i++) {
    const c = componentOf[i];
    if (c < 0) continue;
    sums[c] += theta[i];
    sizes[c]++;
  }
  for (let i = 0; i < componentOf.length; i++) {
    const c = componentOf[i];
    out[i] = c < 0 ? NaN : RATING_CENTER + POINTS_PER_NAT * (theta[i] - sums[c] / sizes[c]);
  }
  if (anchor) {
    const shift = anchor.rating - out[anchor.index];
    for (let i = 0; i < out.length; i++) out[i] += shift;
  }
}

/** P(a beats b) on the Elo scale, a tie counting half. */
export function winProbability(ratingA: number, ratingB: number): number {
  return 1 / (1 + Math.pow(RATING_BASE, (ratingB - ratingA) / RATING_SCALE));
}
