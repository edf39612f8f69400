// Which judgments the performance figures are computed from (README "Cost and speed"). Pure.
// Judgments that finished in the last hour are left out: a public figure must not be tied to a battle still
// being played (issue 9), and an hourly refresh of an hour-old window never shows one battle's timing alone.

const DAY_MS = 86_400_000;

/** Judgments finished less than this long before the refresh are not counted yet. */
const PERFORMANCE_DELAY_MS = 3_600_000;
/** How far back the window reaches from the refresh. */
const PERFORMANCE_WINDOW_DAYS = 7;
/** At most this many judgments are read per refresh (newest first); past it the window starts later. */
export const MAX_PERFORMANCE_JUDGMENTS = 20_000;

export interface PerformanceRange {
  /** finishedAt ≥ from */
  from: number;
  /** finishedAt < to */
  to: number;
}

/**
 * [now − 7 days, now − 1 hour), starting later when unvoted battles are pruned sooner (PRUNE_UNVOTED_AFTER_DAYS;
 * 0 = never): past that age only voted battles remain, whose judgments all succeeded, which would flatter the
 * failure rate.
 */
export function performanceRange(now: number, pruneUnvotedAfterDays: number): PerformanceRange {
  const days = pruneUnvotedAfterDays > 0 ? Math.min(PERFORMANCE_WINDOW_DAYS, pruneUnvotedAfterDays) : PERFORMANCE_WINDOW_DAYS;
  return { from: now - days * DAY_MS, to: now - PERFORMANCE_DELAY_MS };
}
