// The daily ceiling on paid calls (judges, generated responses, generated samples). Counted per UTC day in D1; past the ceiling the arena rests until midnight UTC.
import type { Settings } from '../config';
import type { Resting } from '../shared/api-types';
import type { Database } from '../db/client';
import { dailyUsage } from '../db/schema';
import { eq, sql } from 'drizzle-orm';
import { ApiError } from '../errors';

export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function nextUtcMidnight(now: number): Date {
  return new Date((Math.floor(now / 86_400_000) + 1) * 86_400_000);
}

export async function paidCallsToday(db: Database, now: number): Promise<number> {
  const row = await db.select({ n: dailyUsage.paidJudgeCalls }).from(dailyUsage).where(eq(dailyUsage.day, utcDay(now))).get();
  return row?.n ?? 0;
}

/**
 * Takes one paid call from today's budget, atomically; false when the ceiling is reached (the call must not be
 * made). Every paid provider call goes through here first: judges, generated responses, the sample pool's job.
 * The count never passes the ceiling, so it reads as what was actually spent.
 */
export async function takePaidCall(db: Database, settings: Settings, now: number): Promise<boolean> {
  const ceiling = settings.DAILY_PAID_JUDGE_CALLS;
  const row = await db
    .insert(dailyUsage)
    .values({ day: utcDay(now), paidJudgeCalls: 1 })
    .onConflictDoUpdate({
      target: dailyUsage.day,
      set: { paidJudgeCalls: sql`${dailyUsage.paidJudgeCalls} + 1` },
      ...(ceiling === 0 ? {} : { setWhere: sql`${dailyUsage.paidJudgeCalls} < ${ceiling}` }),
    })
    .returning({ n: dailyUsage.paidJudgeCalls })
    .get();
  return row !== undefined;
}

export type { Resting };

/** Non-null when today's paid budget is spent and this deployment has paid judges to spend it on. */
export async function restingState(db: Database, settings: Settings, hasPaidJudges: boolean, now: number): Promise<Resting | null> {
  if (!hasPaidJudges || settings.DAILY_PAID_JUDGE_CALLS === 0) return null;
  return restingAfter(await paidCallsToday(db, now), settings, hasPaidJudges, now);
}

/** The same decision from a call count already read. */
export function restingAfter(paidCalls: number, settings: Settings, hasPaidJudges: boolean, now: number): Resting | null {
  if (!hasPaidJudges || settings.DAILY_PAID_JUDGE_CALLS === 0 || paidCalls < settings.DAILY_PAID_JUDGE_CALLS) return null;
  const until = nextUtcMidnight(now);
  return {
    until: until.toISOString(),
    message: `The arena has used today's judging budget and is resting until ${until.toISOString().slice(11, 16)} UTC. Please come back then — the leaderboard is still open.`,
  };
}

/** The API's answer while resting: 503 arena_resting, with Retry-After until midnight UTC. */
export function arenaRestingError(resting: Resting, now: number): ApiError {
  const retryAfter = Math.max(1, Math.ceil((Date.parse(resting.until) - now) / 1000));
  return new ApiError(503, 'arena_resting', resting.message, { 'Retry-After': String(retryAfter) });
}
