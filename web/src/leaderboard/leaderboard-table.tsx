// The sortable table of judges: rank, rating and interval, votes, cost and speed, who made it (the licence is on
// each judge's page: with cost and latency the table would no longer fit a desktop screen); on a pairwise slice,
// each judge's position bias too.
import type { ComponentChildren } from 'preact';
import { Link } from '../router';
import { formatCost, formatCount, formatDuration, formatInterval, formatRankBound, formatRating, MISSING } from './format';
import type { RankedJudge } from './judge-extras';
import { judgePath } from './judge-link';
import { PositionBiasCell } from './position-bias-cell';
import type { SortKey, SortState } from './sort-models';

const RANK_UB_HELP = '1 + the number of judges whose interval lies entirely above this one';
const COST_HELP = 'US dollars per 1,000 judgments at the provider’s list price, from the tokens the judge used';
const LATENCY_HELP = 'Median time from the request to the judge’s full answer';
const POSITION_BIAS_HELP =
  'Share of the judge’s decisive pairwise verdicts that chose the response it was shown first: 50% is no position bias. Sorts by the distance from 50%';

interface Column {
  key: SortKey;
  label: ComponentChildren;
  numeric?: boolean;
  /** Hidden on narrow screens (what matters of it is shown elsewhere in the row, or can wait). */
  secondary?: boolean;
  /** The cell that names the row, for assistive technology. */
  rowHeader?: boolean;
  cell: (model: RankedJudge) => ComponentChildren;
}

const COLUMNS: Column[] = [
  {
    key: 'rank',
    label: 'Rank',
    numeric: true,
    cell: (m) => (
      <>
        {m.rank}
        {/* Narrow screens hide the Rank (UB) and CI columns: the bound rides with the rank, the interval with the rating. */}
        <span class="narrow-only rank-ub-inline"> (UB {formatRankBound(m.rankUpperBound)})</span>
      </>
    ),
  },
  {
    key: 'name',
    label: 'Judge',
    rowHeader: true,
    cell: (m) => (
      <>
        <Link href={judgePath(m.id)}>{m.name}</Link>
        {m.kind === 'offline' && <span class="badge">offline baseline</span>}
        {m.preliminary && <span class="badge badge-muted">preliminary</span>}
        {m.openWeights && <span class="badge badge-muted">open weights</span>}
        {m.organization && <span class="narrow-only judge-org-inline">{m.organization}</span>}
      </>
    ),
  },
  {
    key: 'rating',
    label: 'Rating',
    numeric: true,
    cell: (m) => (
      <>
        {formatRating(m.rating)}
        {m.ci && <span class="narrow-only ci-inline">{formatInterval(m)}</span>}
      </>
    ),
  },
  { key: 'ci', label: '95% CI', numeric: true, secondary: true, cell: (m) => formatInterval(m) ?? MISSING },
  {
    key: 'rankUpperBound',
    label: <abbr title={RANK_UB_HELP}>Rank (UB)</abbr>,
    numeric: true,
    secondary: true,
    cell: (m) => formatRankBound(m.rankUpperBound),
  },
  { key: 'elo', label: 'Elo', numeric: true, secondary: true, cell: (m) => formatRating(m.elo) },
  { key: 'votes', label: 'Votes', numeric: true, cell: (m) => formatCount(m.votes) },
  {
    key: 'cost',
    label: <abbr title={COST_HELP}>Cost / 1k</abbr>,
    numeric: true,
    secondary: true,
    cell: (m) => formatCost(m.performance?.costPer1kJudgmentsUsd),
  },
  {
    key: 'latency',
    label: <abbr title={LATENCY_HELP}>Latency</abbr>,
    numeric: true,
    secondary: true,
    cell: (m) => formatDuration(m.performance?.medianLatencyMs),
  },
  { key: 'organization', label: 'Organization', secondary: true, cell: (m) => m.organization },
];

/** Shown on pairwise slices only, where it is what sets judges apart. Narrow screens show it under the judge's name. */
const POSITION_BIAS_COLUMN: Column = {
  key: 'positionBias',
  label: <abbr title={POSITION_BIAS_HELP}>Position bias</abbr>,
  numeric: true,
  secondary: true,
  cell: (m) => <PositionBiasCell bias={m.positionBias} />,
};

/** The columns of a board: a slice has no online Elo (every cell would be empty); a pairwise slice has position bias. */
function columnsFor({ showPositionBias, showElo }: ColumnChoice): Column[] {
  const columns = showElo ? COLUMNS : COLUMNS.filter((c) => c.key !== 'elo');
  if (!showPositionBias) return columns;
  const withInlineBias = (column: Column): Column =>
    column.key !== 'name'
      ? column
      : {
          ...column,
          cell: (m) => (
            <>
              {column.cell(m)}
              <PositionBiasCell bias={m.positionBias} inline />
            </>
          ),
        };
  const afterVotes = columns.findIndex((c) => c.key === 'votes') + 1;
  return [...columns.slice(0, afterVotes).map(withInlineBias), POSITION_BIAS_COLUMN, ...columns.slice(afterVotes)];
}

function columnClass(column: Column, extra?: string): string {
  const names = [column.numeric && 'numeric', column.secondary && 'wide-only', `col-${column.key}`, extra];
  return names.filter(Boolean).join(' ');
}

interface ColumnChoice {
  /** Adds the position-bias column (pairwise slices). */
  showPositionBias?: boolean;
  /** The online Elo column (the overall board's only). */
  showElo?: boolean;
}

interface TableProps extends ColumnChoice {
  models: RankedJudge[];
  sort: SortState;
  onSort: (key: SortKey) => void;
}

export function LeaderboardTable({ models, sort, onSort, showPositionBias = false, showElo = true }: TableProps) {
  const columns = columnsFor({ showPositionBias, showElo });
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="leaderboard-caption">
      <table class="leaderboard-table" aria-describedby="leaderboard-legend">
        <caption id="leaderboard-caption" class="sr-only">
          Judges ranked by rating. Column headers sort the table.
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                class={columnClass(column)}
                aria-sort={sort.key === column.key ? sort.direction : undefined}
              >
                <button type="button" class="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span class="sort-arrow" aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.id} data-model-id={model.id}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" class={columnClass(column, 'judge-name')}>
                    {column.cell(model)}
                  </th>
                ) : (
                  <td key={column.key} class={columnClass(column)}>
                    {column.cell(model)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
