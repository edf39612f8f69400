// The pure performance summary: medians, nearest-rank p90, failure rate and cost per 1,000 judgments, from
// hand-built samples whose expected figures are worked out in the comments.
import { describe, expect, it } from 'vitest';
import { percentile, summariseByJudge, summarisePerformance, type PerformanceSample } from '../../src/leaderboard/judge-performance';
import { judgeDetailsLookup, pricingOf } from '../../src/leaderboard/judge-details';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { OFFLINE_JUDGE_MODELS } from '../../src/judges/offline/offline-judges';

function sample(extra: Partial<PerformanceSample> = {}): PerformanceSample {
  return {
    modelId: 'judge',
    status: 'complete',
    failureKind: null,
    cached: false,
    latencyMs: 1000,
    ttftMs: 300,
    inputTokens: 1000,
    outputTokens: 200,
    usageEstimated: false,
    ...extra,
  };
}

const GPT4O_PRICES = { kind: 'priced', inputPerMTok: 2.5, outputPerMTok: 10, readOn: '2024-12' } as const;

describe('summarisePerformance', () => {
  // Ten successes with latencies 100…1000 ms and first tokens 10…100 ms; the last one's usage is twice as large
  // and estimated. Two provider failures count; a cancelled call, an abandoned run and a cached judgment do not.
  const successes = Array.from({ length: 10 }, (_, i) =>
    sample({
      latencyMs: (i + 1) * 100,
      ttftMs: (i + 1) * 10,
      ...(i === 9 ? { inputTokens: 2000, outputTokens: 400, usageEstimated: true } : {}),
    }),
  );
  const samples = [
    ...successes,
    sample({ status: 'error', failureKind: 'timeout', latencyMs: 20_000, ttftMs: null, inputTokens: null, outputTokens: null }),
    sample({ status: 'error', failureKind: 'http', latencyMs: 50, ttftMs: null, inputTokens: null, outputTokens: null }),
    sample({ status: 'error', failureKind: 'cancelled', latencyMs: 10, ttftMs: null }),
    sample({ status: 'error', failureKind: 'abandoned', latencyMs: null, ttftMs: null }),
    sample({ cached: true, latencyMs: 1, ttftMs: null, inputTokens: null, outputTokens: null, usageEstimated: null }),
  ];

  it('counts provider calls only and takes medians and the p90 over successful ones', () => {
    const p = summarisePerformance(samples, GPT4O_PRICES);
    expect(p.judgments).toBe(12);
    expect(p.medianLatencyMs).toBe(550); // (500 + 600) / 2
    expect(p.p90LatencyMs).toBe(900); // the 9th of 10 sorted values
    expect(p.medianTtftMs).toBe(55);
    expect(p.failureRate).toBe(0.167); // 2 / 12
  });

  it('prices the mean successful call at the list prices, and says which share of it rests on estimates', () => {
    const p = summarisePerformance(samples, GPT4O_PRICES);
    // 9 calls at 1000·2.5e-6 + 200·10e-6 = $0.0045 and one at $0.009: mean $0.00495, × 1000.
    expect(p.costPer1kJudgmentsUsd).toBe(4.95);
    expect(p.estimatedUsageShare).toBe(0.1);
    expect(p.pricesReadOn).toBe('2024-12');
  });

  it('gives no cost without a price, and 0 for a free judge', () => {
    expect(summarisePerformance(samples, { kind: 'unpriced' }).costPer1kJudgmentsUsd).toBeNull();
    expect(summarisePerformance(samples, { kind: 'free' }).costPer1kJudgmentsUsd).toBe(0);
    const noUsage = samples.map((s) => ({ ...s, inputTokens: null, outputTokens: null, usageEstimated: null }));
    expect(summarisePerformance(noUsage, GPT4O_PRICES).costPer1kJudgmentsUsd).toBeNull();
  });

  it('has nothing to say about a judge without calls', () => {
    const p = summarisePerformance([sample({ cached: true })], GPT4O_PRICES);
    expect(p).toMatchObject({ judgments: 0, medianLatencyMs: null, p90LatencyMs: null, medianTtftMs: null, failureRate: null, costPer1kJudgmentsUsd: null });
  });

  it('a judge whose every call failed has a failure rate of 1 and no latency', () => {
    const p = summarisePerformance([sample({ status: 'error', failureKind: 'http' }), sample({ status: 'error', failureKind: null })], GPT4O_PRICES);
    expect(p).toMatchObject({ judgments: 2, failureRate: 1, medianLatencyMs: null, costPer1kJudgmentsUsd: null });
  });

  it('groups by judge', () => {
    const byJudge = summariseByJudge(
      [sample({ modelId: 'a', latencyMs: 10 }), sample({ modelId: 'b', latencyMs: 30 }), sample({ modelId: 'a', latencyMs: 20 })],
      () => ({ kind: 'unpriced' }),
    );
    expect([...byJudge.keys()].sort()).toEqual(['a', 'b']);
    expect(byJudge.get('a')?.medianLatencyMs).toBe(15);
    expect(byJudge.get('b')?.judgments).toBe(1);
  });
});

describe('percentile (nearest rank)', () => {
  it('picks the smallest value with at least the share at or below it', () => {
    expect(percentile([], 0.9)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([5, 1, 4, 2, 3], 0.9)).toBe(5); // ceil(4.5) = 5th
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 0.9)).toBe(18);
  });
});

describe('judge details from the registry', () => {
  it('prices a built-in, treats an offline baseline as free and a judge gone from the registry as unpriced', () => {
    const gpt4o = BUILTIN_JUDGES.find((m) => m.id === 'gpt-4o');
    expect(pricingOf(gpt4o)).toEqual({ kind: 'priced', inputPerMTok: 2.5, outputPerMTok: 10, readOn: gpt4o?.pricesReadOn });
    expect(pricingOf(OFFLINE_JUDGE_MODELS[0])).toEqual({ kind: 'free' });
    expect(pricingOf(undefined)).toEqual({ kind: 'unpriced' });
  });

  it('fills open weights and size, and an empty performance for a judge without calls in the window', () => {
    const detailsOf = judgeDetailsLookup([...BUILTIN_JUDGES, ...OFFLINE_JUDGE_MODELS], new Map());
    expect(detailsOf('llama-3.1-8b-instruct')).toMatchObject({ openWeights: true, parametersB: 8, performance: { judgments: 0, costPer1kJudgmentsUsd: null } });
    expect(detailsOf('claude-3-opus')).toMatchObject({ openWeights: false, parametersB: null, performance: { pricesReadOn: '2024-12' } });
    expect(detailsOf(OFFLINE_JUDGE_MODELS[0].id).performance.costPer1kJudgmentsUsd).toBe(0);
    expect(detailsOf('retired-judge')).toMatchObject({ openWeights: false, parametersB: null, performance: { pricesReadOn: null } });
  });
});
