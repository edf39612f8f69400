// "Best agreement for the money" (rating against cost, Pareto frontier marked) and, for open-weights judges,
// rating against size. Each chart is shown only when the leaderboard carries its figures.
import { formatCost, formatParameters } from './format';
import type { RankedJudge } from './judge-extras';
import { paretoFrontier } from './pareto-frontier';
import { ScatterChart, type ScatterPoint } from './scatter-chart';

export function CostChart({ judges }: { judges: readonly RankedJudge[] }) {
  const priced = judges.flatMap((j) => {
    const cost = j.performance?.costPer1kJudgmentsUsd;
    return cost === null || cost === undefined ? [] : [{ judge: j, cost }];
  });
  if (priced.length === 0) {
    return (
      <p class="notice notice-info" data-testid="cost-chart-empty">
        No judge shown has a recorded cost yet: costs appear once judgments with a known price have been recorded.
      </p>
    );
  }
  const frontier = new Set(paretoFrontier(priced.map(({ judge, cost }) => ({ id: judge.id, cost, rating: judge.rating }))));
  const points: ScatterPoint[] = priced.map(({ judge, cost }) => ({
    id: judge.id,
    name: judge.name,
    x: cost,
    rating: judge.rating,
    ci: judge.ci,
    marked: frontier.has(judge.id),
  }));
  const unpriced = judges.length - priced.length;
  return (
    <ScatterChart
      id="cost-chart"
      points={points}
      xLabel="Cost per 1,000 judgments (USD, log scale)"
      formatX={formatCost}
      markedLabel="on the frontier"
      connectMarked
      caption={
        <>
          Larger, labelled dots are on the Pareto frontier: no other judge rates higher for the same cost or less.
          {unpriced > 0 && ` ${unpriced} judge${unpriced === 1 ? ' has' : 's have'} no price and ${unpriced === 1 ? 'is' : 'are'} not drawn.`}
        </>
      }
    />
  );
}

export function SizeChart({ judges }: { judges: readonly RankedJudge[] }) {
  const open = judges.filter((j) => j.openWeights);
  const sized = open.filter((j): j is RankedJudge & { parametersB: number } => typeof j.parametersB === 'number' && j.parametersB > 0);
  if (sized.length === 0) {
    const unknown = judges.every((j) => j.openWeights === undefined);
    return (
      <p class="notice notice-info" data-testid="size-chart-empty">
        {unknown
          ? 'This leaderboard does not say yet which judges have open weights, or their sizes.'
          : 'No open-weights judge shown has a published size.'}
      </p>
    );
  }
  const points: ScatterPoint[] = sized.map((j) => ({ id: j.id, name: j.name, x: j.parametersB, rating: j.rating, ci: j.ci, marked: true }));
  const undisclosed = open.length - sized.length;
  return (
    <ScatterChart
      id="size-chart"
      points={points}
      xLabel="Parameters (billions, log scale)"
      formatX={formatParameters}
      caption={
        <>
          Open-weights judges by size; lines span the 95% interval.
          {undisclosed > 0 && ` ${undisclosed} open-weights judge${undisclosed === 1 ? ' does' : 's do'} not publish a size.`}
        </>
      }
    />
  );
}
