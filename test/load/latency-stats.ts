// Latency and throughput figures of one measured phase. Pure: numbers in, numbers out.

export interface PhaseSummary {
  /** Requests that succeeded (the ones the throughput counts). */
  items: number;
  wallMs: number;
  perSecond: number;
  /** Wall time per item: the amortized cost of one request at this concurrency. */
  msPerItem: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** items / wall time; latencies are those of the successful requests. */
export function summarizePhase(latenciesMs: readonly number[], wallMs: number): PhaseSummary {
  const items = latenciesMs.length;
  return {
    items,
    wallMs,
    perSecond: wallMs > 0 ? (items * 1000) / wallMs : Number.NaN,
    msPerItem: items > 0 ? wallMs / items : Number.NaN,
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
    maxMs: items > 0 ? Math.max(...latenciesMs) : Number.NaN,
  };
}
