// One judge at /leaderboard/<id>: its rating overall and per slice (format, category), its position bias, its
// record against each opponent, its cost and speed, and its rating over time. Loaded on demand (lazy-judge-page.tsx).
// Two requests: the judge's document from the hourly job (all but the history) and its rating history, which is
// a series of up to ~1,000 points in D1, kept apart so that the hourly document stays small.
import { useEffect, useRef } from 'preact/hooks';
// The charts', breadcrumb's and tables' styles, shared with the leaderboard (both load on demand).
import '../leaderboard/leaderboard-views.css';
import type { JudgeDocument } from '@shared/judge-document-schemas';
import { formatParameters, formatUpdatedAt } from '../leaderboard/format';
import { judgeDocumentPath, loadJudgeDocument, loadRatingHistory, ratingHistoryPath, type RatingHistory } from '../leaderboard/leaderboard-requests';
import { Link } from '../router';
import { ErrorNotice, Progress } from '../ui/status';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRequest, type RequestState } from '../ui/use-request';
import { JudgeRatingTable } from './judge-rating-table';
import { JudgeRecordTable } from './judge-record-table';
import { PerformanceFacts } from './performance-facts';
import { PositionBiasFacts } from './position-bias-facts';
import { RatingHistoryChart } from './rating-history-chart';

type Loaded<T> = RequestState<T> & { retry: () => void };

export function JudgePage({ judgeId }: { judgeId: string }) {
  // Page titles never name a judge (the arena's rule); the heading does.
  useDocumentTitle('Judge');
  const judgeDocument = useRequest(() => loadJudgeDocument(judgeId));
  const history = useRequest(() => loadRatingHistory(judgeId));

  return (
    <div class="judge-page">
      <p class="breadcrumb">
        <Link href="/leaderboard">← Leaderboard</Link>
      </p>
      {judgeDocument.status === 'loading' && (
        <>
          <h1 tabIndex={-1}>Judge</h1>
          <Progress label="Loading the judge…" />
        </>
      )}
      {judgeDocument.status === 'error' && (
        <>
          <h1 tabIndex={-1}>Judge</h1>
          <ErrorNotice message={judgeDocument.message} onRetry={judgeDocument.retry} />
        </>
      )}
      {judgeDocument.status === 'ready' && !judgeDocument.data && (
        <>
          <h1 tabIndex={-1}>Judge not on the leaderboard</h1>
          <p class="notice notice-info">
            No judge with the id “{judgeId}” is on the leaderboard. A judge appears once it has counted votes and the
            hourly refresh has run.
          </p>
        </>
      )}
      {judgeDocument.data && <JudgeDetails judgeDocument={judgeDocument.data} history={history} />}
    </div>
  );
}

interface DetailsProps {
  judgeDocument: JudgeDocument;
  history: Loaded<RatingHistory>;
}

function JudgeDetails({ judgeDocument: { judge, slices, record }, history }: DetailsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page's code and figures arrive after the navigation moved focus, which then fell to the body (the link
  // that was followed is gone): put it on the heading, so a screen reader announces the judge.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.id === 'main') heading.current?.focus();
  }, [judge.id]);
  const documentPath = judgeDocumentPath(judge.id);
  const historyPath = ratingHistoryPath(judge.id);
  const facts = [
    judge.organization,
    judge.license,
    judge.kind === 'offline' ? 'offline baseline' : null,
    judge.openWeights === undefined ? null : judge.openWeights ? 'open weights' : 'proprietary',
    judge.openWeights ? `${formatParameters(judge.parametersB)} parameters` : null,
  ].filter(Boolean);
  return (
    <>
      <div class="page-intro">
        <h1 tabIndex={-1} ref={heading}>
          {judge.name}
        </h1>
        <p data-testid="judge-facts">{facts.join(' · ')}</p>
      </div>

      <h2>Rating</h2>
      <JudgeRatingTable judge={judge} slices={slices} />
      {judge.preliminary && <p class="method-note">Preliminary: too few votes for a settled rating.</p>}

      <h2>Position bias</h2>
      <PositionBiasFacts judgeName={judge.name} bias={judge.positionBias} />

      <h2>Cost and speed</h2>
      <PerformanceFacts performance={judge.performance} />

      <h2>Record against each opponent</h2>
      <JudgeRecordTable judgeName={judge.name} record={record} />

      <h2>Rating over time</h2>
      {history.status === 'loading' && <Progress label="Loading the rating history…" />}
      {history.status === 'error' && <ErrorNotice message={history.message} onRetry={history.retry} />}
      {history.status === 'ready' &&
        (history.data && history.data.points.length > 0 ? (
          <RatingHistoryChart judgeName={judge.name} points={history.data.points} />
        ) : (
          <p class="notice notice-info" data-testid="history-empty">
            {history.data
              ? 'No rating history yet: each hourly refresh adds a point, and none has been recorded for this judge so far.'
              : 'No rating history yet: this server does not record the rating over time.'}
          </p>
        ))}
      {history.status === 'ready' && history.data && history.data.points.length > 0 && (
        <p class="method-note">
          Latest point: <time dateTime={history.data.points.at(-1)?.at}>{formatUpdatedAt(history.data.points.at(-1)?.at ?? '')}</time>.
        </p>
      )}
      <p class="method-note" data-testid="judge-json">
        Get this as JSON: <a href={documentPath}>{documentPath}</a> (the judge’s entry, its standing in every slice it has
        votes in and its record against each opponent) and <a href={historyPath}>{historyPath}</a> (its rating over time).
      </p>
    </>
  );
}
