// Ranks from ratings and intervals.

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
