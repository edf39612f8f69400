// What GET /api/status reports: each judge's state, recent failure rate and median latency over the last 24
// hours, and the arena's paid-call budget. No secrets and nothing about individual battles.
import type { JudgeKind, Resting } from '../shared/api-types';
import { hasPaidJudges } from '../battles/create-battle';
import { summariseRecent, type JudgeHealthSummary } from './judge-status';
import { paidCallsToday, restingAfter } from './paid-calls';
import { readSettings } from '../config';
import { database } from '../db/client';
import { voteLedger } from '../votes/cast-vote';
import type { JudgeModel } from './judge-model';
import { allJudgeModels, availableJudgeModels } from './registry';
import { readJudgeActivity, type JudgeHealthRow } from './judge-status-store';

const WINDOW_MS = 24 * 3_600_000;
const MAX_ROWS = 5_000;

export interface JudgeStatus {
  id: string;
  name: string;
  kind: JudgeKind;
  state: 'ok' | 'benched' | 'unavailable';
  benchedUntil: string | null;
  consecutiveFailures: number;
  recent: JudgeHealthSummary;
}

export interface StatusReport {
  judges: JudgeStatus[];
  arena: {
    resting: Resting | null;
    paidJudgeCallsToday: number;
    dailyPaidJudgeCallLimit: number | null;
    votesAwaitingStorage: number;
  };
}

export async function statusReport(env: Env, now: number): Promise<StatusReport> {
  const db = database(env.DB);
  const settings = readSettings(env);
  const [{ recent, health }, paidCalls, votesAwaitingStorage] = await Promise.all([
    readJudgeActivity(db, now - WINDOW_MS, MAX_ROWS),
    paidCallsToday(db, now),
    voteLedger(env).pendingCount(),
  ]);
  const available = new Set(availableJudgeModels(env).map((m) => m.id));
  return {
    judges: judgeStates(allJudgeModels(env), available, health, summariseRecent(recent), now),
    arena: {
      resting: restingAfter(paidCalls, settings, hasPaidJudges(env), now),
      paidJudgeCallsToday: paidCalls,
      dailyPaidJudgeCallLimit: settings.DAILY_PAID_JUDGE_CALLS || null,
      votesAwaitingStorage,
    },
  };
}

/** Each judge's state: unavailable (cannot be paired here), benched (circuit breaker open) or ok. Pure. */
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
      consecutiveFailures: h?.consecutiveFailures ?? 0,
      recent: summaries.get(m.id) ?? { judgments: 0, failureRate: null, medianLatencyMs: null },
    };
  });
}
