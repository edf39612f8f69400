// The resting state for GET /api/config, which every page load asks for: from this isolate's last read of the
// day's paid calls, not a D1 read per request. The count only grows within a UTC day, so a count at the ceiling
// holds until midnight (resting is shown at once and for as long as it lasts); one below it is read again after
// PAID_CALLS_CACHE_MS, so a page may say "not resting" that long after the budget ran out (starting a battle is
// refused at once either way: POST /api/battles reads the count itself).
import type { Settings } from '../config';
import type { Database } from '../db/client';
import type { Resting } from '../shared/api-types';
import { paidCallsToday, restingAfter, utcDay } from './paid-calls';

export const PAID_CALLS_CACHE_MS = 30_000;

let lastRead: { day: string; count: number; readAt: number } | null = null;

/** The day's paid calls as of at most PAID_CALLS_CACHE_MS ago, or any earlier read that had reached `ceiling`. */
async function recentPaidCallsToday(db: Database, ceiling: number, now: number): Promise<number> {
  const day = utcDay(now);
  const fresh = lastRead !== null && lastRead.day === day && now >= lastRead.readAt && now - lastRead.readAt < PAID_CALLS_CACHE_MS;
  if (lastRead !== null && lastRead.day === day && (fresh || lastRead.count >= ceiling)) return lastRead.count;
  const count = await paidCallsToday(db, now);
  lastRead = { day, count, readAt: now };
  return count;
}

/** restingState (paid-calls.ts) from the isolate's recent count. */
export async function recentRestingState(db: Database, settings: Settings, hasPaidJudges: boolean, now: number): Promise<Resting | null> {
  if (!hasPaidJudges || settings.DAILY_PAID_JUDGE_CALLS === 0) return null;
  return restingAfter(await recentPaidCallsToday(db, settings.DAILY_PAID_JUDGE_CALLS, now), settings, hasPaidJudges, now);
}
