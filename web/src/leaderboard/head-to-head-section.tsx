// Head to head: the observed win rate of every judge against every other (a heatmap) and how many battles
// each pair has had, from GET /api/leaderboard/pairs, for the judges the table shows.
import type { PairsDocument } from '../api/types';
import { ErrorNotice, Progress } from '../ui/status';
import type { RequestState } from '../ui/use-request';
import { headToHeadMatrix, type MatrixJudge } from './head-to-head';
import { battleCountCell, winRateCell } from './matrix-cells';
import { PairMatrix } from './pair-matrix';

interface HeadToHeadProps {
  judges: readonly MatrixJudge[];
  pairs: RequestState<PairsDocument> & { retry: () => void };
}

export function HeadToHeadSection({ judges, pairs }: HeadToHeadProps) {
  return (
    <section class="head-to-head" aria-labelledby="head-to-head-heading">
      <h2 id="head-to-head-heading">Head to head</h2>
      {pairs.status === 'loading' && <Progress label="Loading the head-to-head records…" />}
      {pairs.status === 'error' && <ErrorNotice message={pairs.message} onRetry={pairs.retry} />}
      {pairs.data && <Matrices judges={judges} pairs={pairs.data} />}
    </section>
  );
}

function Matrices({ judges, pairs }: { judges: readonly MatrixJudge[]; pairs: PairsDocument }) {
  const matrix = headToHeadMatrix(judges, pairs.pairs);
  const maxBattles = Math.max(0, ...matrix.flat().map((m) => m?.battles ?? 0));
  if (maxBattles === 0) {
    return <p class="notice notice-info">No two of the judges shown have met in a counted battle yet.</p>;
  }
  return (
    <>
      <p class="table-legend-above">
        Each row is a judge, each column an opponent. A cell is the share of their battles the row’s judge won,
        in percent, ties and both-bad votes counting half: greener the more it won, redder the more it lost. The
        model’s predicted share, and the counts, are in the cell’s details (point at it, or move to it with the
        arrow keys).
      </p>
      <PairMatrix
        id="win-rate-matrix"
        caption="Observed win rate of the row’s judge against the column’s, in percent"
        judges={judges}
        matrix={matrix}
        cell={winRateCell}
      />
      <PairMatrix
        id="battle-count-matrix"
        caption="Counted battles between each pair of judges"
        judges={judges}
        matrix={matrix}
        cell={(row, column, m) => battleCountCell(row, column, m, maxBattles)}
      />
    </>
  );
}
