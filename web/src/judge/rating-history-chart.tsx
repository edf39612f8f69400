// A judge's rating over time: the line, its 95% interval as a band, and the same series as a table.
import { formatCount, formatInterval, formatRating, formatUpdatedAt } from '../leaderboard/format';
import type { HistoryPoint } from '../api/types';
import { ratingScale } from '../leaderboard/whisker-scale';
import { useElementWidth } from '../ui/use-element-width';
import { historyPaths } from './history-geometry';

const MARGIN = { top: 12, right: 20, bottom: 32, left: 52 };
const HEIGHT = 240;

export function RatingHistoryChart({ judgeName, points }: { judgeName: string; points: readonly HistoryPoint[] }) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const scale = ratingScale(points);
  const frame = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(60, width - MARGIN.left - MARGIN.right),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
    min: scale.min,
    max: scale.max,
  };
  const paths = historyPaths(points, frame);
  const ordered = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
  const summary =
    `${judgeName}'s rating over ${ordered.length} refresh${ordered.length === 1 ? '' : 'es'}: ` +
    `${formatRating(first.rating)} on ${day(first.at)}` +
    (ordered.length > 1 ? `, ${formatRating(last.rating)} on ${day(last.at)}` : '');

  return (
    <figure class="history-chart" ref={box} data-testid="history-chart">
      <svg width={width} height={HEIGHT} role="img" aria-label={summary}>
        {scale.ticks.map((tick) => (
          <g key={tick} class="chart-tick">
            <line x1={frame.left} x2={frame.left + frame.width} y1={paths.y(tick)} y2={paths.y(tick)} />
            <text x={frame.left - 6} y={paths.y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {[first, ...(ordered.length > 1 ? [last] : [])].map((p, i) => (
          <text
            key={p.at}
            class="chart-tick-label"
            x={paths.x(p.at)}
            y={HEIGHT - 8}
            text-anchor={ordered.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
          >
            {day(p.at)}
          </text>
        ))}
        {paths.bands.map((d) => (
          <path key={d} class="history-band" d={d} />
        ))}
        <path class="history-line" d={paths.line} />
        {ordered.map((p) => (
          <circle key={p.at} class="history-dot" cx={paths.x(p.at)} cy={paths.y(p.rating)} r={ordered.length > 60 ? 1.5 : 3}>
            <title>{`${formatUpdatedAt(p.at)}: ${formatRating(p.rating)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>The line is the rating after each hourly refresh; the shaded band is its 95% interval.</figcaption>
      <details class="chart-table">
        <summary>The series as a table</summary>
        <table data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">Refreshed</th>
              <th scope="col">Rating</th>
              <th scope="col">95% CI</th>
              <th scope="col">Votes</th>
            </tr>
          </thead>
          <tbody>
            {[...ordered].reverse().map((p) => (
              <tr key={p.at}>
                <th scope="row">
                  <time dateTime={p.at}>{formatUpdatedAt(p.at)}</time>
                </th>
                <td>{formatRating(p.rating)}</td>
                <td>{formatInterval(p) ?? '—'}</td>
                <td>{formatCount(p.votes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
