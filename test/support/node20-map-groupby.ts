// vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; on Node 20 that crash hides
// the actual test errors. Imported by our Node-side vitest configs only (it runs in the main process).
const MapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
if (typeof MapWithGroupBy.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export {};
