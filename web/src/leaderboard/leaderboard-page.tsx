// The public ranking: a sortable table, the interval chart, head-to-head matrices, cost and size charts,
// of the overall board or of a slice (format and/or category, in the URL), filtered by preliminary status and by
// open weights (the latter in the URL too).
import { useState } from 'preact/hooks';
import './leaderboard-views.css';
import { Link } from '../router';
import type { PairsDocument } from '../api/types';
import { Lazy } from '../ui/lazy-module';
import { ErrorNotice, Progress } from '../ui/status';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRequest, type RequestState } from '../ui/use-request';
import { DisconnectedGroups } from './disconnected-groups';
import { formatCount, formatMethod, formatUpdatedAt } from './format';
import type { LeaderboardDocument, RankedJudge } from './judge-extras';
import { LeaderboardTable } from './leaderboard-table';
import { MIN_DECISIVE_VERDICTS } from './position-bias';
import { loadLeaderboard, loadPairs } from './leaderboard-requests';
import { RatingChart } from './rating-chart';
import { nextSort, sortModels, type SortState } from './sort-models';
import { StyleControlSection } from './style-control';
import { matchesWeightsFilter, type WeightsFilter } from './weights-filter';
import { useWeightsFilter, WeightsFilterControl } from './weights-filter-control';
import { sliceDescription, sliceQuery, sliceTitle, type LeaderboardSlice } from './slice-filter';
import { SliceFilterControl, useSliceFilter } from './slice-filter-control';
import { DEFAULT_PRELIMINARY_VOTES } from '@shared/preliminary-votes';

const loadInsights = () => import('./leaderboard-insights');

export function LeaderboardPage() {
  useDocumentTitle('Leaderboard');
  const [slice, setSlice] = useSliceFilter();
  // Kept here, not in the board, so that it survives a change of slice (which remounts the board).
  const preliminary = useState(false);

  return (
    <div class="leaderboard">
      <div class="page-intro">
        <h1 tabIndex={-1}>Judge leaderboard</h1>
        <p>
          Which models judge the way people do? Ratings come from every visitor's vote and are recomputed every hour.{' '}
          <Link href="/about">How the rating works</Link>.
        </p>
      </div>

      <SliceFilterControl value={slice} onChange={setSlice} />
      <p class="slice-description" data-testid="slice-description">
        {sliceDescription(slice)}
      </p>
      {/* A new slice is a new pair of requests: keyed, the board remounts and loads it. */}
      <SliceBoard key={sliceQuery(slice)} slice={slice} preliminary={preliminary} />
    </div>
  );
}

type PreliminaryToggle = [boolean, (show: boolean) => void];

function SliceBoard({ slice, preliminary }: { slice: LeaderboardSlice; preliminary: PreliminaryToggle }) {
  const leaderboard = useRequest(() => loadLeaderboard(slice));
  const pairs = useRequest(() => loadPairs(slice));
  const data = leaderboard.data;
  const title = sliceTitle(slice);

  return (
    <>
      {leaderboard.status === 'loading' && <Progress label="Loading the leaderboard…" />}
      {leaderboard.status === 'error' && <ErrorNotice message={leaderboard.message} onRetry={leaderboard.retry} />}

      {data && data.updatedAt === null && title && (
        <div class="notice notice-info" role="status">
          <p>
            <strong>No votes in “{title}” yet.</strong> This slice gets its ranking at the first hourly refresh after a
            vote on it.
          </p>
        </div>
      )}

      {data && data.updatedAt === null && !title && (
        <div class="notice notice-info" role="status">
          <p>
            <strong>The leaderboard has not been computed yet.</strong> It is refreshed every hour from the votes cast so
            far — check back soon, or <Link href="/">cast a vote</Link> in the meantime.
          </p>
        </div>
      )}

      {data && data.updatedAt !== null && <Ranking data={data} pairs={pairs} slice={slice} preliminary={preliminary} />}
    </>
  );
}

interface RankingProps {
  data: LeaderboardDocument;
  pairs: RequestState<PairsDocument> & { retry: () => void };
  slice: LeaderboardSlice;
  preliminary: PreliminaryToggle;
}

function Ranking({ data, pairs, slice, preliminary: [showPreliminary, setShowPreliminary] }: RankingProps) {
  const [sort, setSort] = useState<SortState>({ key: 'rank', direction: 'ascending' });
  const [weights, setWeights] = useWeightsFilter();
  const all = data.models;
  const byWeights = all.filter((m) => matchesWeightsFilter(m, weights));
  const confirmed = byWeights.filter((m) => !m.preliminary);
  const selected = showPreliminary ? byWeights : confirmed;
  const shown = sortModels(selected, sort);
  // The server's threshold (PRELIMINARY_VOTES) travels with the method; older documents lack it.
  const preliminaryThreshold = data.method?.preliminaryThreshold ?? DEFAULT_PRELIMINARY_VOTES;
  const sliced = sliceTitle(slice) !== null;

  return (
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
            <time dateTime={data.updatedAt ?? undefined}>{formatUpdatedAt(data.updatedAt ?? '')}</time>
          </dd>
        </div>
      </dl>

      <DisconnectedGroups leaderboard={data} />

      <div class="leaderboard-filters">
        <label class="switch">
          <input type="checkbox" checked={showPreliminary} onChange={(event) => setShowPreliminary(event.currentTarget.checked)} />
          <span>Show preliminary judges (fewer than {formatCount(preliminaryThreshold)} votes)</span>
        </label>
        <WeightsFilterControl value={weights} onChange={setWeights} />
      </div>

      {shown.length === 0 ? (
        <EmptySelection all={all} byWeights={byWeights} weights={weights} />
      ) : (
        <>
          <LeaderboardTable
            models={shown}
            sort={sort}
            onSort={(key) => setSort(nextSort(sort, key))}
            showPositionBias={slice.format === 'pairwise'}
            showElo={!sliced}
          />
          <p class="table-legend" id="leaderboard-legend">
            <strong>Rank (UB)</strong>: 1 + the number of judges whose 95% interval lies entirely above this judge’s —
            the best rank the votes allow.{' '}
            {!sliced && (
              <>
                <strong>Elo</strong>: an online rating moved by every counted vote, shown for comparison; the ranking uses
                the Bradley–Terry rating.{' '}
              </>
            )}
            <strong>Cost / 1k</strong>: US dollars per 1,000
            judgments at list prices; <strong>Latency</strong>: median time to the full answer.
            {slice.format === 'pairwise' && <PositionBiasLegend />} A judge’s name leads to its own page.
          </p>
          <h2>Ratings and confidence intervals</h2>
          <RatingChart models={shown} />
          <StyleControlSection leaderboard={data} models={shown} />
          <Lazy load={loadInsights} loading="Loading the head-to-head and cost charts…">
            {({ LeaderboardInsights }) => <LeaderboardInsights judges={shown} pairs={pairs} weights={weights} />}
          </Lazy>
        </>
      )}
      {data.method && (
        <p class="method-note" data-testid="method">
          Method: {formatMethod(data.method, (id) => all.find((m) => m.id === id)?.name ?? id)}.
        </p>
      )}
      <p class="method-note">
        Get this as JSON: <a href={`/api/leaderboard${sliceQuery(slice)}`}>/api/leaderboard{sliceQuery(slice)}</a> and{' '}
        <a href={`/api/leaderboard/pairs${sliceQuery(slice)}`}>/api/leaderboard/pairs{sliceQuery(slice)}</a> (every pair's
        wins, ties and predicted win rate).
        {sliced &&
          ' Cost and speed are each judge’s over all its judgments (the overall board’s); style control and the online Elo are computed on the overall board only.'}
      </p>
    </>
  );
}

interface EmptySelectionProps {
  all: readonly RankedJudge[];
  byWeights: readonly RankedJudge[];
  weights: WeightsFilter;
}

function EmptySelection({ all, byWeights, weights }: EmptySelectionProps) {
  let message: string;
  if (all.length === 0) message = 'No judge has been rated yet.';
  else if (byWeights.length === 0 && all.every((m) => m.openWeights === undefined))
    message = 'This leaderboard does not say yet which judges have open weights; choose “All” to see every judge.';
  else if (byWeights.length === 0)
    message = `No ${weights === 'open' ? 'open-weights' : 'proprietary'} judge has been rated yet.`;
  else
    message = `All ${byWeights.length} judge${byWeights.length === 1 ? ' is' : 's are'} still preliminary. Turn on “Show preliminary judges” to see them.`;
  return <p class="notice notice-info">{message}</p>;
}

/** What the pairwise slices' extra column means. */
function PositionBiasLegend() {
  return (
    <>
      {' '}
      <strong>Position bias</strong>: the share of the judge’s decisive (non-tie) pairwise verdicts that chose the
      response it was shown first. Each judge is shown the two responses in its own random order, so 50% is no bias; a
      share in bold has a 95% interval that excludes 50%. n is the number of decisive verdicts (a share is given from{' '}
      {MIN_DECISIVE_VERDICTS}), from all the judge’s complete pairwise judgments in this slice, voted on or not.
    </>
  );
}
