// CPU time for the benchmarks (process.cpuUsage, user + system, in milliseconds): of one run, or per call.

/** CPU milliseconds one run of `work` takes. */
export function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** CPU milliseconds per call: repeated until `minMs` of CPU, after warm-up. */
export function cpuPerCall(work: () => unknown, minMs = 300, warmUp = 3): number {
  for (let i = 0; i < warmUp; i++) work();
  const start = process.cpuUsage();
  let calls = 0;
  let spent: number;
  do {
    work();
    calls++;
    const used = process.cpuUsage(start);
    spent = (used.user + used.system) / 1000;
  } while (spent < minMs);
  return spent / calls;
}
