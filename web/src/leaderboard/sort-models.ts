// Column sorting for the leaderboard table. Pure.
import type { RankedJudge } from './judge-extras';
import { positionBiasSortValue } from './position-bias';

export type SortKey =
  | 'rank'
  | 'name'
  | 'rating'
  | 'ci'
  | 'rankUpperBound'
  | 'elo'
  | 'votes'
  | 'cost'
  | 'latency'
  | 'positionBias'
  | 'organization';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/**
 * A first click sorts the way a reader expects: best ranks, highest ratings, most votes, cheapest and fastest
 * first, least position bias first, names A→Z.
 */
function defaultDirection(key: SortKey): SortDirection {
  return key === 'rating' || key === 'elo' || key === 'votes' ? 'descending' : 'ascending';
}

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: defaultDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Width of the 95% interval. */
function ciWidth(model: RankedJudge): number | null {
  return model.ci ? model.ci[1] - model.ci[0] : null;
}

/** The numeric value a column sorts by; null means "not known" and always sorts last. */
function numericValue(model: RankedJudge, key: SortKey): number | null {
  switch (key) {
    case 'rank':
      return model.rank;
    case 'rating':
      return model.rating;
    case 'ci':
      return ciWidth(model);
    case 'rankUpperBound':
      return model.rankUpperBound;
    case 'elo':
      return model.elo;
    case 'votes':
      return model.votes;
    case 'cost':
      return model.performance?.costPer1kJudgmentsUsd ?? null;
    case 'latency':
      return model.performance?.medianLatencyMs ?? null;
    case 'positionBias':
      return positionBiasSortValue(model.positionBias);
    default:
      return null;
  }
}

export function sortModels<T extends RankedJudge>(models: readonly T[], sort: SortState): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  return [...models].sort((a, b) => {
    let order: number;
    if (key === 'name' || key === 'organization') {
      order = a[key].localeCompare(b[key], undefined, { sensitivity: 'base' });
    } else {
      const va = numericValue(a, key);
      const vb = numericValue(b, key);
      // Missing values go last whichever way the column is sorted, not first on a reversed sort.
      if (va === null || vb === null) return va === vb ? a.rank - b.rank : va === null ? 1 : -1;
      order = va - vb;
    }
    // Ties keep the leaderboard's own order.
    return order !== 0 ? sign * order : a.rank - b.rank;
  });
}
