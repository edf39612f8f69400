// "Best agreement for the money": the judges no other judge beats on both rating and cost. Pure.

export interface CostPoint {
  id: string;
  /** USD per 1,000 judgments. */
  cost: number;
  rating: number;
}

/**
 * Ids of the judges on the Pareto frontier of (low cost, high rating): a judge is on it unless another
 * costs no more and rates at least as high, and is strictly better in one of the two. Equal points are
 * all kept (neither dominates the other). Returned cheapest first.
 */
export function paretoFrontier(points: readonly CostPoint[]): string[] {
  const usable = points.filter((p) => Number.isFinite(p.cost) && Number.isFinite(p.rating));
  // Cheapest first; at equal cost, best first, so the first of a cost is the only candidate of that cost.
  const ordered = [...usable].sort((a, b) => a.cost - b.cost || b.rating - a.rating);
  const frontier: CostPoint[] = [];
  let best = -Infinity;
  for (const point of ordered) {
    const last = frontier.at(-1);
    const sameAsLast = last !== undefined && last.cost === point.cost && last.rating === point.rating;
    if (point.rating > best || sameAsLast) {
      frontier.push(point);
      best = Math.max(best, point.rating);
    }
  }
  return frontier.map((p) => p.id);
}
