// The leaderboard's views below the ranking — head to head, cost, size — in their own chunk, loaded on demand
// (leaderboard-page.tsx), so that the site's first load stays small.
import type { PairsDocument } from '../api/types';
import type { RequestState } from '../ui/use-request';
import { CostChart, SizeChart } from './cost-and-size-charts';
import { HeadToHeadSection } from './head-to-head-section';
import type { RankedJudge } from './judge-extras';
import type { WeightsFilter } from './weights-filter';

interface InsightsProps {
  judges: readonly RankedJudge[];
  pairs: RequestState<PairsDocument> & { retry: () => void };
  weights: WeightsFilter;
}

export function LeaderboardInsights({ judges, pairs, weights }: InsightsProps) {
  return (
    <>
      <HeadToHeadSection judges={judges} pairs={pairs} />
      <h2>Best agreement for the money</h2>
      <CostChart judges={judges} />
      {weights !== 'proprietary' && (
        <>
          <h2>Rating and size of open-weights judges</h2>
          <SizeChart judges={judges} />
        </>
      )}
    </>
  );
}
