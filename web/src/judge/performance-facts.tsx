// A judge's cost and speed over the leaderboard's window of recorded judgments.
import { formatCost, formatCount, formatDuration, formatPercent } from '../leaderboard/format';
import type { JudgePerformance } from '../api/types';
import { FactList, type Fact } from './fact-list';

export function PerformanceFacts({ performance }: { performance: JudgePerformance | undefined }) {
  if (!performance || performance.judgments === 0) {
    return (
      <p class="notice notice-info" data-testid="performance-empty">
        No timing or cost has been recorded for this judge yet.
      </p>
    );
  }
  const facts: Fact[] = [
    ['Judgments measured', formatCount(performance.judgments)],
    ['Median time to first token', formatDuration(performance.medianTtftMs)],
    ['Median latency', formatDuration(performance.medianLatencyMs)],
    ['90th percentile latency', formatDuration(performance.p90LatencyMs)],
    ['Failure rate', formatPercent(performance.failureRate)],
    [
      'Cost per 1,000 judgments',
      performance.costPer1kJudgmentsUsd === null ? 'no price known' : formatCost(performance.costPer1kJudgmentsUsd),
    ],
  ];
  return <FactList facts={facts} testId="performance" />;
}
