// One visitor's share of the day's paid calls: at most VISITOR_DAILY_PAID_SHARE of DAILY_PAID_JUDGE_CALLS, so no
// single visitor can spend the budget everyone shares. Counted before the calls happen: a battle reserves the paid
// calls its judges will make when it is created (src/judges/battle-cost.ts), a generated response reserves one.
// Kept per UTC day under the daily-rotating visitor hash (never an IP).
import { lt, sql } from 'drizzle-orm';
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { visitorPaidCalls } from '../db/schema';
import { ApiError } from '../errors';
import { nextUtcMidnight, utcDay } from './paid-calls';

/** Paid calls one visitor may reserve per UTC day, or null when there is no per-visitor share. */
export function visitorPaidCallCap(settings: Pick<Settings, 'DAILY_PAID_JUDGE_CALLS' | 'VISITOR_DAILY_PAID_SHARE'>): number | null {
  if (settings.DAILY_PAID_JUDGE_CALLS === 0 || settings.VISITOR_DAILY_PAID_SHARE === 0) return null;
  // At least one battle's worth (two judges), so that a small ceiling still lets everyone play once.
  return Math.max(2, Math.floor(settings.VISITOR_DAILY_PAID_SHARE * settings.DAILY_PAID_JUDGE_CALLS));
}

/**
 * Reserves `cost` paid calls for the visitor today, atomically; false (nothing reserved) when that would take them
 * past their cap. A visitor the server cannot identify (no connecting IP), or a free request, is never refused here.
 */
export async function reserveVisitorPaidCalls(
  db: Database,
  settings: Settings,
  visitorId: string | null | undefined,
  cost: number,
  now: number,
): Promise<boolean> {
  const cap = visitorPaidCallCap(settings);
  if (cost <= 0 || cap === null || !visitorId) return true;
  if (cost > cap) return false;
  const row = await db
    .insert(visitorPaidCalls)
    .values({ day: utcDay(now), visitorId, calls: cost })
    .onConflictDoUpdate({
      target: [visitorPaidCalls.day, visitorPaidCalls.visitorId],
      set: { calls: sql`${visitorPaidCalls.calls} + ${cost}` },
      setWhere: sql`${visitorPaidCalls.calls} + ${cost} <= ${cap}`,
    })
    .returning({ calls: visitorPaidCalls.calls })
    .get();
  return row !== undefined;
}

/** 429 for a visitor past their share: when they can play again (next midnight UTC), as text and Retry-After. */
export function visitorBudgetError(settings: Settings, now: number): ApiError {
  const until = nextUtcMidnight(now);
  const seconds = Math.max(1, Math.ceil((until.getTime() - now) / 1000));
  const totalMinutes = Math.ceil(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const wait = hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
  const percent = Math.round(settings.VISITOR_DAILY_PAID_SHARE * 1000) / 10;
  return new ApiError(
    429,
    'visitor_budget',
    `You have used your share of today's judging budget (${percent}% of the day's paid judge calls, so that everyone ` +
      `gets a turn). You can play again from ${until.toISOString().slice(11, 16)} UTC (in ${wait}). The leaderboard is still open.`,
    { 'Retry-After': String(seconds) },
  );
}

/** Deletes the counts of past days (the hourly job): only today's are ever read. */
export async function prunePastVisitorPaidCalls(db: Database, now: number): Promise<void> {
  await db.delete(visitorPaidCalls).where(lt(visitorPaidCalls.day, utcDay(now))).run();
}
