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
