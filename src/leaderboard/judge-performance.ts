// Speed, reliability and cost of each judge from its recorded judgments (README "Cost and speed"). Pure: rows in,
// figures out. What counts: provider calls only (a cached judgment called no one), and failures that are the
// judge's or its provider's (a visitor who left, the arena's budget or an abandoned run are not).
import { median } from '../judges/judge-status';
import type { JudgePerformance } from '../shared/api-types';

/** One finished judgment as the performance figures need it (src/leaderboard/performance-store.ts reads them). */
export interface PerformanceSample {
  modelId: string;
  status: 'complete' | 'error';
  /** The JudgeErrorKind of a failure; null on success (and on failures stored before it was recorded). */
  failureKind: string | null;
  cached: boolean;
  latencyMs: number | null;
  ttftMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** True when the tokens were estimated from text length, false when the provider reported them, null without usage. */
  usageEstimated: boolean | null;
}

/** How a judge's tokens are paid for: list prices (USD per million tokens), or free (an offline baseline). */
export type JudgePricing =
  | { kind: 'priced'; inputPerMTok: number; outputPerMTok: number; readOn: string | null }
  | { kind: 'free' }
  | { kind: 'unpriced' };

/** Failures that say nothing about the judge: the caller went away, the arena would not pay, the run was lost. */
const NOT_THE_JUDGES_FAULT: ReadonlySet<string> = new Set(['cancelled', 'not_configured', 'abandoned']);

export const EMPTY_PERFORMANCE: JudgePerformance = {
  judgments: 0,
  medianTtftMs: null,
  medianLatencyMs: null,
  p90LatencyMs: null,
  failureRate: null,
  costPer1kJudgmentsUsd: null,
  estimatedUsageShare: null,
  pricesReadOn: null,
};

export function summarisePerformance(samples: readonly PerformanceSample[], pricing: JudgePricing): JudgePerformance {
  const calls = samples.filter((s) => !s.cached && !(s.status === 'error' && s.failureKind !== null && NOT_THE_JUDGES_FAULT.has(s.failureKind)));
  const successes = calls.filter((s) => s.status === 'complete');
  const latencies = numbers(successes.map((s) => s.latencyMs));
  const ttfts = numbers(successes.map((s) => s.ttftMs));
  const cost = costPer1k(successes, pricing);
  return {
    judgments: calls.length,
    medianTtftMs: median(ttfts),
    medianLatencyMs: median(latencies),
    p90LatencyMs: percentile(latencies, 0.9),
    failureRate: calls.length ? round(1 - successes.length / calls.length, 3) : null,
    costPer1kJudgmentsUsd: cost.usd,
    estimatedUsageShare: cost.estimatedShare,
    pricesReadOn: pricing.kind === 'priced' ? pricing.readOn : null,
  };
}

/** One summary per judge that has samples (a judge without any gets its empty performance in judge-details.ts). */
export function summariseByJudge(
  samples: readonly PerformanceSample[],
  pricingOf: (modelId: string) => JudgePricing,
): Map<string, JudgePerformance> {
  const byJudge = new Map<string, PerformanceSample[]>();
  for (const s of samples) {
    const list = byJudge.get(s.modelId);
    if (list) list.push(s);
    else byJudge.set(s.modelId, [s]);
  }
  return new Map([...byJudge].map(([id, list]) => [id, summarisePerformance(list, pricingOf(id))]));
}

/**
 * Mean token cost of a successful call × 1,000, over the calls with usage (reported or estimated), to three
 * significant figures. A free judge costs 0; a judge without a price, or without any usage in the window, null.
 */
function costPer1k(successes: readonly PerformanceSample[], pricing: JudgePricing): { usd: number | null; estimatedShare: number | null } {
  if (pricing.kind === 'free') return { usd: 0, estimatedShare: null };
  if (pricing.kind === 'unpriced') return { usd: null, estimatedShare: null };
  const priced = successes.filter((s) => s.inputTokens !== null && s.outputTokens !== null);
  if (priced.length === 0) return { usd: null, estimatedShare: null };
  const totalUsd = priced.reduce((sum, s) => sum + (s.inputTokens! * pricing.inputPerMTok + s.outputTokens! * pricing.outputPerMTok) / 1e6, 0);
  return {
    usd: significant((totalUsd / priced.length) * 1000, 3),
    estimatedShare: round(priced.filter((s) => s.usageEstimated === true).length / priced.length, 3),
  };
}

/** Nearest-rank percentile (the smallest value with at least a share p of the values at or below it). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1];
}

function numbers(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function significant(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}
