// The public ranking: a sortable table and a whisker chart of every judge's rating and interval.
import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { LeaderboardEntry } from '../api/types';
import { Link } from '../router';
import { ErrorNotice, Progress } from '../ui/status';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRequest } from '../ui/use-request';
import { formatCount, formatInterval, formatRating, formatUpdatedAt } from './format';
import { RatingChart } from './rating-chart';
import { nextSort, sortModels, type SortKey, type SortState } from './sort-models';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'name', label: 'Judge' },
  { key: 'rating', label: 'Rating', numeric: true },
  { key: 'ci', label: '95% CI', numeric: true },
  { key: 'votes', label: 'Votes', numeric: true },
  { key: 'organization', label: 'Organization' },
  { key: 'license', label: 'License' },
];

export function LeaderboardPage() {
  useDocumentTitle('Leaderboard');
  const leaderboard = useRequest(api.leaderboard);
  const [showPreliminary, setShowPreliminary] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'rank', direction: 'ascending' });
  const data = leaderboard.data;
  const all = data?.models ?? [];
  const shown = sortModels(showPreliminary ? all : all.filter((m) => !m.preliminary), sort);
  const hiddenCount = all.length - all.filter((m) => !m.preliminary).length;

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

          <label class="switch">
            <input
              type="checkbox"
              checked={showPreliminary}
              onChange={(event) => setShowPreliminary(event.currentTarget.checked)}
            />
            <span>Show preliminary judges (fewer than 300 votes)</span>
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
              <h2>Ratings and confidence intervals</h2>
              <RatingChart models={shown} />
            </>
          )}
          {data.method && (
            <p class="method-note">
              Method: {data.method.model}, {formatCount(data.method.bootstrapRounds)} bootstrap rounds.
            </p>
          )}
        </>
      )}
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
      <table class="leaderboard-table">
        <caption id="leaderboard-caption" class="sr-only">
          Judges ranked by rating. Column headers sort the table.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                class={column.numeric ? 'numeric' : undefined}
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
              <td class="numeric">{model.rank}</td>
              <th scope="row" class="judge-name">
                {model.name}
                {model.kind === 'offline' && <span class="badge">offline baseline</span>}
                {model.preliminary && <span class="badge badge-muted">preliminary</span>}
              </th>
              <td class="numeric">{formatRating(model.rating)}</td>
              <td class="numeric ci">{formatInterval(model) ?? '—'}</td>
              <td class="numeric">{formatCount(model.votes)}</td>
              <td>{model.organization}</td>
              <td>{model.license}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
