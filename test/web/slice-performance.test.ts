// A slice's board shows each judge's cost and speed from the overall board (web/src/leaderboard/slice-performance.ts).
import { describe, expect, it } from 'vitest';
import type { JudgePerformance } from '../../web/src/api/types';
import type { LeaderboardDocument, RankedJudge } from '../../web/src/leaderboard/judge-extras';
import { withOverallPerformance } from '../../web/src/leaderboard/slice-performance';

const performance = (judgments: number, cost: number | null): JudgePerformance => ({
  judgments,
  medianTtftMs: judgments ? 300 : null,
  medianLatencyMs: judgments ? 2000 : null,
  p90LatencyMs: judgments ? 4000 : null,
  failureRate: judgments ? 0.01 : null,
  costPer1kJudgmentsUsd: cost,
  estimatedUsageShare: null,
  pricesReadOn: null,
});

const entry = (id: string, perf?: JudgePerformance) => ({ id, name: id, rank: 1, rating: 1000, performance: perf }) as unknown as RankedJudge;
const board = (models: RankedJudge[]) => ({ updatedAt: '2026-03-02T00:00:00Z', totalVotes: 10, models }) as LeaderboardDocument;

describe('cost and speed on a slice', () => {
  it("takes each judge's figures from the overall board, keeping the slice's own entries and order", () => {
    const slice = board([entry('b', performance(0, null)), entry('a', performance(0, null)), entry('gone', performance(0, null))]);
    const overall = board([entry('a', performance(120, 2.5)), entry('b', performance(40, null))]);
    const merged = withOverallPerformance(slice, overall);
    expect(merged.models.map((m) => m.id)).toEqual(['b', 'a', 'gone']);
    expect(merged.models.map((m) => m.performance?.judgments)).toEqual([40, 120, 0]);
    expect(merged.models[1].performance?.costPer1kJudgmentsUsd).toBe(2.5);
    expect(merged.totalVotes).toBe(10);
    // The slice's document is not changed in place.
    expect(slice.models[1].performance?.judgments).toBe(0);
  });

  it('leaves the slice as it is without an overall board', () => {
    const slice = board([entry('a', performance(0, null))]);
    expect(withOverallPerformance(slice, null)).toBe(slice);
  });
});
