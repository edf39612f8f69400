// A slice's entries carry no cost or speed (the hourly job measures those per judge, over all its judgments, and
// writes them on the overall board only); the page shows the overall board's on a slice, so that its cost column
// and chart are not empty. Pure.
import type { LeaderboardDocument } from './judge-extras';

export function withOverallPerformance(slice: LeaderboardDocument, overall: LeaderboardDocument | null): LeaderboardDocument {
  if (!overall) return slice;
  const byId = new Map(overall.models.map((m) => [m.id, m.performance]));
  return { ...slice, models: slice.models.map((m) => (byId.has(m.id) ? { ...m, performance: byId.get(m.id) } : m)) };
}
