// Which ratings the votes can bound at all (Zermelo's/Ford's condition for the maximum-likelihood
// estimate to exist). Draw an arrow i → j when i beat j or drew with j at least once. Judges that
// reach each other along arrows both ways (a strongly connected cluster) have finite ML rating
// differences. A judge alone in its cluster does not: it won every vote it had (a young judge on a
// winning streak), lost every one, or sits in a chain where nothing was ever contradicted
// (a beat b, b beat c, never the reverse). Its rating is wherever the prior stops it, and the
// interval methods cannot see that: the bootstrap only resamples "always wins", and the sandwich
// estimates the score variance from residuals that are all alike, so both draw an interval around a
// number the votes did not determine (12 straight wins: rating 1622, bootstrap [1500, 1691], though
// its true strength could be anything above the judges it beat). Such judges get `ci: null` (and no rank upper bound)
// with either method.
import { CELLS_PER_PAIR, type PairGraph } from './pair-graph';

/** 1 for each judge in a strongly connected cluster of at least two judges (see above), else 0. */
export function votesBoundRating(graph: PairGraph, cells: ArrayLike<number>): Uint8Array {
  const n = graph.judgeCount;
  const forward = adjacency(graph, cells, false);
  const backward = adjacency(graph, cells, true);
  // Kosaraju: finishing order of a DFS on the arrows, then DFS on the reversed arrows in reverse finishing order.
  const order = finishingOrder(n, forward);
  const cluster = new Int32Array(n).fill(-1);
  const size: number[] = [];
  const stack: number[] = [];
  for (let o = n - 1; o >= 0; o--) {
    const root = order[o];
    if (cluster[root] >= 0) continue;
    const c = size.length;
    size.push(0);
    cluster[root] = c;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      size[c]++;
      for (const w of backward[v]) {
        if (cluster[w] < 0) {
          cluster[w] = c;
          stack.push(w);
        }
      }
    }
  }
  return Uint8Array.from(cluster, (c) => (size[c] >= 2 ? 1 : 0));
}

/** Arrow lists: i → j when i beat j or drew with j (reversed: the arrows into each judge). */
function adjacency(graph: PairGraph, cells: ArrayLike<number>, reversed: boolean): number[][] {
  const out: number[][] = Array.from({ length: graph.judgeCount }, () => []);
  for (let k = 0; k < graph.left.length; k++) {
    const c = k * CELLS_PER_PAIR;
    const draws = cells[c + 2] > 0;
    const l = graph.left[k];
    const r = graph.right[k];
    if (cells[c] > 0 || draws) (reversed ? out[r] : out[l]).push(reversed ? l : r);
    if (cells[c + 1] > 0 || draws) (reversed ? out[l] : out[r]).push(reversed ? r : l);
  }
  return out;
}

/** Judges in the order an iterative depth-first search finishes them. */
function finishingOrder(n: number, arrows: number[][]): number[] {
  const order: number[] = [];
  const visited = new Uint8Array(n);
  const next = new Int32Array(n);
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (visited[start]) continue;
    visited[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      if (next[v] < arrows[v].length) {
        const w = arrows[v][next[v]++];
        if (!visited[w]) {
          visited[w] = 1;
          stack.push(w);
        }
      } else {
        order.push(stack.pop()!);
      }
    }
  }
  return order;
}
