// The shape of the data every Bradley–Terry routine works on: judges as indices, pairs as index
// pairs, and per pair a fixed number of outcome cells.

/** The pairs that have (or had) votes: pair k is between judges left[k] and right[k]. */
export interface PairGraph {
  judgeCount: number;
  left: Int32Array;
  right: Int32Array;
}

/** Cells per pair in a counts array: [wins of left, wins of right, draws]. */
export const CELLS_PER_PAIR = 3;

/** Judge ids as indices in first-seen order: `idOf` gives an id's index, adding it if new. */
export function judgeIndexer(judgeIds: readonly string[]): { ids: string[]; index: Map<string, number>; idOf: (id: string) => number } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of judgeIds) idOf(id);
  return { ids, index, idOf };
}
