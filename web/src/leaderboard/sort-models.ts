// Column sorting for the leaderboard table. Pure.
import type { LeaderboardEntry } from '../api/types';

export type SortKey = 'rank' | 'name' | 'rating' | 'ci' | 'votes' | 'organization' | 'license';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** A first click sorts the way a reader expects: best rank, highest rating and most votes first, names A→Z. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'rating' || key === 'votes' ? 'descending' : 'ascending';
}

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: defaultDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Width of the 95% interval; judges without one sort last either way. */
function ciWidth(model: LeaderboardEntry): number | null {
  return model.ci ? model.ci[1] - model.ci[0] : null;
}

export function sortModels(models: readonly LeaderboardEntry[], sort: SortState): LeaderboardEntry[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...models].sort((a, b) => {
    let order: number;
    switch (sort.key) {
      case 'rank':
        order = a.rank - b.rank;
        break;
      case 'rating':
        order = a.rating - b.rating;
        break;
      case 'votes':
        order = a.votes - b.votes;
        break;
      case 'ci': {
        const wa = ciWidth(a);
        const wb = ciWidth(b);
        if (wa === null || wb === null) return wa === wb ? a.rank - b.rank : wa === null ? 1 : -1;
        order = wa - wb;
        break;
      }
      case 'name':
      case 'organization':
      case 'license':
        order = a[sort.key].localeCompare(b[sort.key], undefined, { sensitivity: 'base' });
        break;
    }
    // Ties keep the leaderboard's own order.
    return order !== 0 ? sign * order : a.rank - b.rank;
  });
}
