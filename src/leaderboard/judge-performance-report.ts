// The hourly job's performance step: read the window's judgments, summarise them per judge (and drop the
// replaced failures the window has passed). Between the store (bounded D1 reads) and the pure summary.
import { readSettings } from '../config';
import { database } from '../db/client';
import type { JudgeModel } from '../judges/registry';
import type { PerformanceWindow } from '../shared/api-types';
import { judgeDetailsLookup, pricingOf, type JudgeDetails } from './judge-details';
import { summariseByJudge } from './judge-performance';
import { dropReplacedFailuresBefore, readPerformanceSamples } from './performance-store';
import { MAX_PERFORMANCE_JUDGMENTS, performanceRange } from './performance-window';

export interface PerformanceReport {
  window: PerformanceWindow;
  detailsOf: (id: string) => JudgeDetails;
}

export async function readPerformanceReport(env: Env, models: readonly JudgeModel[], now: Date): Promise<PerformanceReport> {
  const db = database(env.DB);
  const range = performanceRange(now.getTime(), readSettings(env).PRUNE_UNVOTED_AFTER_DAYS);
  const [{ samples, judgmentsRead, oldestAt }] = await Promise.all([
    readPerformanceSamples(db, range, MAX_PERFORMANCE_JUDGMENTS),
    dropReplacedFailuresBefore(db, range.from),
  ]);
  const byId = new Map(models.map((m) => [m.id, m]));
  const performance = summariseByJudge(samples, (id) => pricingOf(byId.get(id)));
  // A full read means older judgments were left out: the window then starts at the oldest one read.
  const from = judgmentsRead >= MAX_PERFORMANCE_JUDGMENTS && oldestAt !== null ? oldestAt : range.from;
  return {
    window: { from: new Date(from).toISOString(), to: new Date(range.to).toISOString(), judgments: judgmentsRead },
    detailsOf: judgeDetailsLookup(models, performance),
  };
}
