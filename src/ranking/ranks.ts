// Ranks from ratings and intervals, and which intervals are shown (shared by the plain and the style-controlled ranking).

/** The anchor as a judge index, or null when it is not applied (no anchor, or its judge has no votes). */
export function resolveAnchor(
  anchor: { id: string; rating: number } | undefined,
  index: Map<string, number>,
  componentOf: Int32Array,
): { index: number; rating: number } | null {
  const i = anchor ? index.get(anchor.id) : undefined;
  return anchor && i !== undefined && componentOf[i] >= 0 ? { index: i, rating: anchor.rating } : null;
}

/**
 * 1 where the interval [lo, hi] is shown: the votes bound the rating (bounded-ratings.ts) and the interval is
 * known and not of zero width; when they cannot, no interval is better than a falsely certain one. The anchor is
 * the exception to the width rule: it sits at its rating by definition.
 */
export function shownIntervals(
  bounded: Uint8Array,
  componentOf: Int32Array,
  lo: Float64Array,
  hi: Float64Array,
  anchorIndex: number | null,
): Uint8Array {
  return Uint8Array.from(bounded, (b, i) => +(b === 1 && componentOf[i] >= 0 && !Number.isNaN(lo[i]) && (hi[i] - lo[i] > 1e-9 || anchorIndex === i)));
}

/**
 * rank: 1 + the number of rated judges with a strictly higher rating (equal ratings share a rank).
 * upperBound (Chatbot Arena's "Rank (UB)"): 1 + the number of judges of the same connected group
 * whose shown interval lies entirely above this judge's; only for judges with a shown interval.
 * 0 stands for "none" in both (an unrated judge, a judge without an interval).
 */
export function ranksAndUpperBounds(
  ratings: Float64Array,
  componentOf: Int32Array,
  lo: Float64Array,
  hi: Float64Array,
  hasInterval: Uint8Array,
): { rank: Int32Array; upperBound: Int32Array } {
  const n = ratings.length;
  const rank = new Int32Array(n);
  const upperBound = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (componentOf[i] < 0) continue;
    let r = 1;
    for (let j = 0; j < n; j++) if (componentOf[j] >= 0 && ratings[j] > ratings[i]) r++;
    rank[i] = r;
    if (!hasInterval[i]) continue;
    let u = 1;
    for (let j = 0; j < n; j++) if (j !== i && hasInterval[j] && componentOf[j] === componentOf[i] && lo[j] > hi[i]) u++;
    upperBound[i] = u;
  }
  return { rank, upperBound };
}
