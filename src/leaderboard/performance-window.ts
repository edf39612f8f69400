// Which judgments the performance figures are computed from (README "Cost and speed"). Pure.
// Judgments that finished in the last hour are left out: a public figure must not be tied to a battle still
// being played (issue 9), and an hourly refresh of an hour-old window never shows one battle's timing alone.

/** Judgments finished less than this long before the refresh are not counted yet. */
export const PERFORMANCE_DELAY_MS = 3_600_000;
/** How far back the window reaches from its end. */
export const PERFORMANCE_WINDOW_DAYS = 7;
/** At most this many judgments are read per refresh (newest first); past it the window starts later than 7 days back. */
export const MAX_PERFORMANCE_JUDGMENTS = 20_000;

export interface PerformanceRange {
  /** finishedAt ≥ from */
  from: number;
  /** finishedAt < to */
  to: number;
}

export function performanceRange(now: number): PerformanceRange {
  const to = now - PERFORMANCE_DELAY_MS;
  return { from: to - PERFORMANCE_WINDOW_DAYS * 86_400_000, to };
}
