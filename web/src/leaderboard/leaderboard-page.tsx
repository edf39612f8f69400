// The public ranking: a sortable table and a whisker chart of every judge's rating and interval.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { Leaderboard, LeaderboardEntry } from '../api/types';
import { Link } from '../router';
import { ErrorNotice, Progress } from '../ui/status';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRequest } from '../ui/use-request';
import { formatCount, formatInterval, formatMethod, formatRankBound, formatRating, formatUpdatedAt, MISSING } from './format';
import { RatingChart } from './rating-chart';
import { nextSort, sortModels, type SortKey, type SortState } from './sort-models';
import { StyleControlSection } from './style-control';

/** The server's default, for a leaderboard document that does not say. */
const DEFAULT_PRELIMINARY_THRESHOLD = 300;
const RANK_UB_HELP = '1 + the number of judges whose interval lies entirely above this one';

interface Column {
  key: SortKey;
  label: ComponentChildren;
  numeric?: boolean;
  /** Hidden on narrow screens (what matters of it is shown elsewhere in the row, or can wait). */
  secondary?: boolean;
  /** The cell that names the row, for assistive technology. */
  rowHeader?: boolean;
  cell: (model: LeaderboardEntry) => ComponentChildren;
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
        {m.name}
        {m.kind === 'offline' && <span class="badge">offline baseline</span>}
        {m.preliminary && <span class="badge badge-muted">preliminary</span>}
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
  { key: 'organization', label: 'Organization', secondary: true, cell: (m) => m.organization },
  { key: 'license', label: 'License', secondary: true, cell: (m) => m.license },
];

function columnClass(column: Column, extra?: string): string {
  const names = [column.numeric && 'numeric', column.secondary && 'wide-only', `col-${column.key}`, extra];
  return names.filter(Boolean).join(' ');
}

export function LeaderboardPage() {
  useDocumentTitle('Leaderboard');
  const leaderboard = useRequest(api.leaderboard);
  const [showPreliminary, setShowPreliminary] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'rank', direction: 'ascending' });
  const data = leaderboard.data;
  const all = data?.models ?? [];
  const confirmed = all.filter((m) => !m.preliminary);
  const shown = sortModels(showPreliminary ? all : confirmed, sort);
  const hiddenCount = all.length - confirmed.length;
  // The server's threshold (PRELIMINARY_VOTES) travels with the method; older documents lack it.
  const preliminaryThreshold = data?.method?.preliminaryThreshold ?? DEFAULT_PRELIMINARY_THRESHOLD;

  return (
    <div class="leaderboard">
      <div class="page-intro">
        <h1 tabIndex={-1}>Judge leaderboard</h1>
        <p>
          Which models judge the way people do? Ratings come from every visitor's vote and are recomputed every hour.{' '}
          <Link href="/about">How the rating works</Link>.
        </p>
      </div>

      {leaderboard.status === 'loading' && <Progress label="Loading the leaderboard…" />}
      {leaderboard.status === 'error' && <ErrorNotice message={leaderboard.message} onRetry={leaderboard.retry} />}

      {data && data.updatedAt === null && (
        <div class="notice notice-info" role="status">
          <p>
            <strong>The leaderboard has not been computed yet.</strong> It is refreshed every hour from the votes cast so
            far — check back soon, or <Link href="/">cast a vote</Link> in the meantime.
          </p>
        </div>
      )}

      {data && data.updatedAt !== null && (
        <>
          <dl class="totals">
            <div>
              <dt>Judges</dt>
              <dd data-testid="total-judges">{formatCount(all.length)}</dd>
            </div>
            <div>
              <dt>Votes</dt>
              <dd data-testid="total-votes">{formatCount(data.totalVotes)}</dd>
            </div>
            <div>
              <dt>Last updated</dt>
              <dd>
                <time dateTime={data.updatedAt}>{formatUpdatedAt(data.updatedAt)}</time>
              </dd>
            </div>
          </dl>

          <DisconnectedGroups leaderboard={data} />

          <label class="switch">
            <input
              type="checkbox"
              checked={showPreliminary}
              onChange={(event) => setShowPreliminary(event.currentTarget.checked)}
            />
            <span>Show preliminary judges (fewer than {formatCount(preliminaryThreshold)} votes)</span>
          </label>

          {shown.length === 0 ? (
            <p class="notice notice-info">
              {hiddenCount > 0
                ? `All ${hiddenCount} judge${hiddenCount === 1 ? ' is' : 's are'} still preliminary. Turn on “Show preliminary judges” to see them.`
                : 'No judge has been rated yet.'}
            </p>
          ) : (
            <>
              <LeaderboardTable models={shown} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
              <p class="table-legend" id="leaderboard-legend">
                <strong>Rank (UB)</strong>: 1 + the number of judges whose 95% interval lies entirely above this judge’s —
                the best rank the votes allow. <strong>Elo</strong>: an online rating moved by every counted vote, shown
                for comparison; the ranking uses the Bradley–Terry rating.
              </p>
              <h2>Ratings and confidence intervals</h2>
              <RatingChart models={shown} />
              <StyleControlSection leaderboard={data} models={shown} />
            </>
          )}
          {data.method && (
            <p class="method-note" data-testid="method">
              Method: {formatMethod(data.method, (id) => all.find((m) => m.id === id)?.name ?? id)}.
            </p>
          )}
          <p class="method-note">
            Get this as JSON: <a href="/api/leaderboard">/api/leaderboard</a> and{' '}
            <a href="/api/leaderboard/pairs">/api/leaderboard/pairs</a> (every pair's wins, ties and predicted win rate).
          </p>
        </>
      )}
    </div>
  );
}

/** Judges never compared with each other, even through others, have ratings that say nothing across groups. */
function DisconnectedGroups({ leaderboard }: { leaderboard: Leaderboard }) {
  const groups = leaderboard.components ?? [];
  if (groups.length <= 1) return null;
  const nameOf = (id: string) => leaderboard.models.find((m) => m.id === id)?.name ?? id;
  return (
    <div class="notice notice-info" data-testid="disconnected-groups">
      <p>
        Some judges were never compared with each other, not even through other judges, so their ratings are only
        comparable within a group:
      </p>
      <ul>
        {groups.map((group, i) => (
          <li key={group.join()}>
            Group {i + 1}: {group.map(nameOf).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface TableProps {
  models: LeaderboardEntry[];
  sort: SortState;
  onSort: (key: SortKey) => void;
}

function LeaderboardTable({ models, sort, onSort }: TableProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="leaderboard-caption">
      <table class="leaderboard-table" aria-describedby="leaderboard-legend">
        <caption id="leaderboard-caption" class="sr-only">
          Judges ranked by rating. Column headers sort the table.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
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
              {COLUMNS.map((column) =>
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
