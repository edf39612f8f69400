// The one D1 read behind the performance figures: finished judgments of the window, newest first, bounded.
import { and, desc, gte, lt, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { judgments } from '../db/schema';
import type { PerformanceSample } from './judge-performance';
import type { PerformanceRange } from './performance-window';

export interface PerformanceRows {
  samples: PerformanceSample[];
  /** finishedAt of the oldest judgment read, null when none. */
  oldestAt: number | null;
}

export async function readPerformanceSamples(db: Database, range: PerformanceRange, limit: number): Promise<PerformanceRows> {
  const rows = await db
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
    .limit(limit);
  const samples = rows.flatMap(({ finishedAt: _finishedAt, status, ...rest }) => (status === 'pending' ? [] : [{ ...rest, status }]));
  return { samples, oldestAt: rows.at(-1)?.finishedAt ?? null };
}
