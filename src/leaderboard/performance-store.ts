// The D1 reads behind the performance figures: the window's finished judgments, newest first, bounded, plus the
// failures a failover replaced (not in `judgments`, see src/db/schema/battles.ts replacedFailures).
import { and, desc, gte, lt, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { judgments, replacedFailures } from '../db/schema';
import type { PerformanceSample } from './judge-performance';
import type { PerformanceRange } from './performance-window';

export interface PerformanceRows {
  samples: PerformanceSample[];
  /** Judgments read (at most the limit), and the finishedAt of the oldest one, null when none. */
  judgmentsRead: number;
  oldestAt: number | null;
}

export async function readPerformanceSamples(db: Database, range: PerformanceRange, limit: number): Promise<PerformanceRows> {
  const [rows, replaced] = await db.batch([
    db
      .select({
        modelId: judgments.modelId,
        status: judgments.status,
        failureKind: judgments.failureKind,
        cached: judgments.cached,
        latencyMs: judgments.latencyMs,
        ttftMs: judgments.ttftMs,
        inputTokens: judgments.inputTokens,
        outputTokens: judgments.outputTokens,
        usageEstimated: judgments.usageEstimated,
        finishedAt: judgments.finishedAt,
      })
      .from(judgments)
      .where(and(gte(judgments.finishedAt, range.from), lt(judgments.finishedAt, range.to), ne(judgments.status, 'pending')))
      .orderBy(desc(judgments.finishedAt))
      .limit(limit),
    db
      .select({
        modelId: replacedFailures.modelId,
        failureKind: replacedFailures.failureKind,
        latencyMs: replacedFailures.latencyMs,
        finishedAt: replacedFailures.finishedAt,
      })
      .from(replacedFailures)
      .where(and(gte(replacedFailures.finishedAt, range.from), lt(replacedFailures.finishedAt, range.to)))
      .orderBy(desc(replacedFailures.finishedAt))
      .limit(limit),
  ]);
  const stored = rows.flatMap(({ finishedAt: _finishedAt, status, ...rest }) => (status === 'pending' ? [] : [{ ...rest, status }]));
  // When the judgments hit the limit, the window starts at the oldest one read: replaced failures too.
  const oldestAt = rows.at(-1)?.finishedAt ?? null;
  const startsAt = rows.length >= limit && oldestAt !== null ? oldestAt : range.from;
  const failedOver = replaced
    .filter((r) => r.finishedAt >= startsAt)
    .map(
      ({ finishedAt: _finishedAt, ...r }): PerformanceSample => ({
        ...r,
        status: 'error',
        cached: false,
        ttftMs: null,
        inputTokens: null,
        outputTokens: null,
        usageEstimated: null,
      }),
    );
  return { samples: [...stored, ...failedOver], judgmentsRead: rows.length, oldestAt };
}

/** Replaced failures older than `before` are never read again (the window has passed them). */
export async function dropReplacedFailuresBefore(db: Database, before: number): Promise<void> {
  await db.delete(replacedFailures).where(lt(replacedFailures.finishedAt, before));
}
