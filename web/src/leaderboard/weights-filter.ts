// The open-weights filter of the leaderboard, kept in the URL (`/leaderboard?weights=open`). Pure.

export type WeightsFilter = 'all' | 'open' | 'proprietary';
export const WEIGHTS_FILTERS: readonly WeightsFilter[] = ['all', 'open', 'proprietary'];
const PARAM = 'weights';

/** The filter a query string asks for; anything unknown means all judges. */
export function weightsFilterFrom(search: string): WeightsFilter {
  const value = new URLSearchParams(search).get(PARAM);
  return WEIGHTS_FILTERS.includes(value as WeightsFilter) ? (value as WeightsFilter) : 'all';
}

/** The query string with `filter` set (the default, all, leaves no parameter), other parameters kept. */
export function searchWithWeightsFilter(search: string, filter: WeightsFilter): string {
  const params = new URLSearchParams(search);
  if (filter === 'all') params.delete(PARAM);
  else params.set(PARAM, filter);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Judges whose weights are not known (older documents) are only shown under "all". */
export function matchesWeightsFilter(judge: { openWeights?: boolean }, filter: WeightsFilter): boolean {
  if (filter === 'all') return true;
  if (judge.openWeights === undefined) return false;
  return filter === 'open' ? judge.openWeights : !judge.openWeights;
}
