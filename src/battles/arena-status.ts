// What GET /api/status reports: each judge's state, its failure rate and median latency over the 24 closed hours
// before this one, and the arena's paid-call budget. No secrets and nothing about individual battles: nothing
// here moves with one live battle (issue 9). The judge figures count only settled battles (voted, or past their
// vote window; judge-status-store.ts); they and the paid-call figure are computed by the hourly job at the hour's
// start (snapshotStatusOfHour) and only read by GET /api/status, which never reads the judgments. What must be
// live is live and does not move with one battle's success: benched, unavailable, resting.
import type { JudgeKind, Resting } from '../shared/api-types';
import { summariseRecent, type JudgeHealthSummary } from '../judges/judge-status';
import { paidCallsToday, restingAfter } from '../judges/paid-calls';
import { readSettings } from '../config';
import { database } from '../db/client';
import { voteLedger } from '../votes/cast-vote';
import type { JudgeModel } from '../judges/judge-model';
import { allJudgeModels, availableJudgeModels, hasPaidJudges } from '../judges/registry';
import { paidCallsAtHour, readJudgeHealth, readSettledJudgments, snapshotPaidCalls, type JudgeHealthRow } from '../judges/judge-status-store';
import { readJudgeStatusSnapshot, writeJudgeStatusSnapshot } from '../judges/judge-status-snapshot';

const HOUR_MS = 3_600_000;
const WINDOW_MS = 24 * HOUR_MS;
const MAX_ROWS = 5_000;

export interface JudgeStatus {
  id: string;
  name: string;
  kind: JudgeKind;
  state: 'ok' | 'benched' | 'unavailable';
  benchedUntil: string | null;
  /** Over the battles settled in the 24 closed hours before the hourly job's last run (normally this hour's). */
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
  const [health, snapshot, paidCalls, paidCallsThisHour, votesAwaitingStorage] = await Promise.all([
    readJudgeHealth(db),
    readJudgeStatusSnapshot(env.LEADERBOARD_KV),
    paidCallsToday(db, now),
    paidCallsAtHour(db, hourStart),
    voteLedger(env).pendingCount(),
  ]);
  const available = new Set(availableJudgeModels(env).map((m) => m.id));
  return {
    judges: judgeStates(allJudgeModels(env), available, health, new Map(Object.entries(snapshot?.judges ?? {})), now),
    arena: {
      resting: restingAfter(paidCalls, settings, hasPaidJudges(env), now),
      paidJudgeCallsToday: paidCallsThisHour,
      dailyPaidJudgeCallLimit: settings.DAILY_PAID_JUDGE_CALLS || null,
      votesAwaitingStorage,
    },
  };
}

/**
 * The hourly job's part: the judges' figures over the battles settled in the 24 hours before the hour `now` falls
 * in, and the day's paid judge calls as they stand. The first run of an hour wins (a repeated one moves nothing).
 */
export async function snapshotStatusOfHour(env: Env, now: number): Promise<void> {
  const db = database(env.DB);
  const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  const window = { since: hourStart - WINDOW_MS, until: hourStart, voteWindowMs: readSettings(env).VOTE_WINDOW_MINUTES * 60_000 };
  const [recent, paidCalls] = await Promise.all([readSettledJudgments(db, window, MAX_ROWS), paidCallsToday(db, now)]);
  await Promise.all([
    snapshotPaidCalls(db, hourStart, paidCalls),
    writeJudgeStatusSnapshot(env.LEADERBOARD_KV, { hourStart, judges: Object.fromEntries(summariseRecent(recent)) }),
  ]);
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
