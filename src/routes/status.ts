import { Hono } from 'hono';
import { gt } from 'drizzle-orm';
import { hasPaidJudges } from '../battles/create-battle';
import { summariseRecent, type RecentJudgment } from '../judges/judge-status';
import { paidCallsToday, restingAfter } from '../judges/paid-calls';
import { readSettings } from '../config';
import { database } from '../db/client';
import { judgeHealth, judgments } from '../db/schema';
import { allJudgeModels, availableJudgeModels } from '../judges/registry';
import { voteLedger } from '../votes/cast-vote';

export const statusRoutes = new Hono<{ Bindings: Env }>();

const WINDOW_MS = 24 * 3_600_000;
const MAX_ROWS = 5_000;

/**
 * Operational health for operators and curious visitors: each judge's state, recent failure rate and median
 * latency over the last 24 hours. No secrets and nothing about individual battles.
 */
statusRoutes.get('/', async (c) => {
  const db = database(c.env.DB);
  const settings = readSettings(c.env);
  const now = Date.now();
  const [recent, health] = await db.batch([
    db
      .select({ modelId: judgments.modelId, status: judgments.status, latencyMs: judgments.latencyMs, cached: judgments.cached })
      .from(judgments)
      .where(gt(judgments.finishedAt, now - WINDOW_MS))
      .limit(MAX_ROWS),
    db.select().from(judgeHealth),
  ]);
  const summaries = summariseRecent(recent.filter((r): r is RecentJudgment => r.status !== 'pending'));
  const healthById = new Map(health.map((h) => [h.modelId, h]));
  const available = new Set(availableJudgeModels(c.env).map((m) => m.id));
  const judges = allJudgeModels(c.env).map((m) => {
    const h = healthById.get(m.id);
    const benched = h?.benchedUntil != null && h.benchedUntil > now;
    return {
      id: m.id,
      name: m.name,
      kind: m.kind,
      state: !available.has(m.id) ? 'unavailable' : benched ? 'benched' : 'ok',
      benchedUntil: benched ? new Date(h!.benchedUntil!).toISOString() : null,
      consecutiveFailures: h?.consecutiveFailures ?? 0,
      recent: summaries.get(m.id) ?? { judgments: 0, failureRate: null, medianLatencyMs: null },
    };
  });
  c.header('Cache-Control', 'no-store');
  const paidCalls = await paidCallsToday(db, now);
  return c.json({
    judges,
    arena: {
      resting: restingAfter(paidCalls, settings, hasPaidJudges(c.env), now),
      paidJudgeCallsToday: paidCalls,
      dailyPaidJudgeCallLimit: settings.DAILY_PAID_JUDGE_CALLS || null,
      votesAwaitingStorage: await voteLedger(c.env).pendingCount(),
    },
  });
});
