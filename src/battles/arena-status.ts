// What GET /api/status reports: each judge's state, its failure rate and median latency over the 24 closed hours
// before this one, and the arena's paid-call budget. No secrets and nothing about individual battles: nothing
// here moves with one live battle (issue 9). The judge figures count only settled battles (voted, or past their
// vote window; judge-status-store.ts) and change once an hour; the paid-call figure is the one the hourly job
// snapshotted at the hour's start (GET /api/status only reads). What must be live is live and does not move with
// one battle's success: benched, unavailable, resting.
import type { JudgeKind, Resting } from '../shared/api-types';
import { summariseRecent, type JudgeHealthSummary } from '../judges/judge-status';
import { paidCallsToday, restingAfter } from '../judges/paid-calls';
import { readSettings } from '../config';
import { database } from '../db/client';
import { voteLedger } from '../votes/cast-vote';
import type { JudgeModel } from '../judges/judge-model';
import { allJudgeModels, availableJudgeModels, hasPaidJudges } from '../judges/registry';
import { paidCallsAtHour, readJudgeActivity, snapshotPaidCalls, type JudgeHealthRow } from '../judges/judge-status-store';

const HOUR_MS = 3_600_000;
const WINDOW_MS = 24 * HOUR_MS;
const MAX_ROWS = 5_000;

export interface JudgeStatus {
  id: string;
  name: string;
  kind: JudgeKind;
  state: 'ok' | 'benched' | 'unavailable';
  benchedUntil: string | null;
  /** Over the battles settled in the 24 closed hours before this one. */
  recent: JudgeHealthSummary;
}

export interface StatusReport {
  judges: JudgeStatus[];
  arena: {
    resting: Resting | null;
    /** Paid judge calls of the UTC day as of the start of this hour (see paidCallsAtHour). */
    paidJudgeCallsToday: number;
    dailyPaidJudgeCallLimit: number | null;
    votesAwaitingStorage: number;
  };
}

export async function statusReport(env: Env, now: number): Promise<StatusReport> {
  const db = database(env.DB);
  const settings = readSettings(env);
  const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  const window = { since: hourStart - WINDOW_MS, until: hourStart, voteWindowMs: settings.VOTE_WINDOW_MINUTES * 60_000 };
  const [{ recent, health }, paidCalls, paidCallsThisHour, votesAwaitingStorage] = await Promise.all([
    readJudgeActivity(db, window, MAX_ROWS),
    paidCallsToday(db, now),
    paidCallsAtHour(db, hourStart),
    voteLedger(env).pendingCount(),
  ]);
  const available = new Set(availableJudgeModels(env).map((m) => m.id));
  return {
    judges: judgeStates(allJudgeModels(env), available, health, summariseRecent(recent), now),
    arena: {
      resting: restingAfter(paidCalls, settings, hasPaidJudges(env), now),
      paidJudgeCallsToday: paidCallsThisHour,
      dailyPaidJudgeCallLimit: settings.DAILY_PAID_JUDGE_CALLS || null,
      votesAwaitingStorage,
    },
  };
}

/** The hourly job's part: snapshot the day's paid judge calls for the hour `now` falls in. */
export async function snapshotPaidCallsOfHour(env: Env, now: number): Promise<void> {
  const db = database(env.DB);
  await snapshotPaidCalls(db, Math.floor(now / HOUR_MS) * HOUR_MS, await paidCallsToday(db, now));
}

/**
 * Each judge's state: unavailable (cannot be paired here), benched (circuit breaker open) or ok. Pure. The count
 * of consecutive failures stays private: it moves with every judgment, so it would name a live battle's judges.
 */
export function judgeStates(
  models: readonly JudgeModel[],
  available: ReadonlySet<string>,
  health: readonly JudgeHealthRow[],
  summaries: ReadonlyMap<string, JudgeHealthSummary>,
  now: number,
): JudgeStatus[] {
  const healthById = new Map(health.map((h) => [h.modelId, h]));
  return models.map((m) => {
    const h = healthById.get(m.id);
    const benchedUntil = h?.benchedUntil != null && h.benchedUntil > now ? h.benchedUntil : null;
    return {
      id: m.id,
      name: m.name,
      kind: m.kind,
      state: !available.has(m.id) ? 'unavailable' : benchedUntil !== null ? 'benched' : 'ok',
      benchedUntil: benchedUntil !== null ? new Date(benchedUntil).toISOString() : null,
      recent: summaries.get(m.id) ?? { judgments: 0, failureRate: null, medianLatencyMs: null },
    };
  });
}
