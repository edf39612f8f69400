// Groups of judges connected by votes, directly or through others. Ratings are only comparable
// within a group: the votes say nothing about how one group stands against another.
import type { PairGraph } from './pair-graph';

/**
 * Returns, for each judge, the index of its group, or -1 for a judge with no pair in the graph.
 * Groups are numbered largest first (ties broken by their smallest judge index).
 */
export function connectedComponents(graph: PairGraph): { componentOf: Int32Array; count: number } {
  const n = graph.judgeCount;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const hasPair = new Uint8Array(n);
  for (let k = 0; k < graph.left.length; k++) {
    const i = graph.left[k];
    const j = graph.right[k];
    hasPair[i] = 1;
    hasPair[j] = 1;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!hasPair[i]) continue;
    const root = find(i);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(i);
  }
  const groups = [...members.values()].sort((x, y) => y.length - x.length || x[0] - y[0]);
  const componentOf = new Int32Array(n).fill(-1);
  groups.forEach((group, c) => group.forEach((i) => (componentOf[i] = c)));
  return { componentOf, count: groups.length };
}
