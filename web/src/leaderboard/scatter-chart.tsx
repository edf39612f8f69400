// Rating (with its interval) against a quantity spanning decades — cost, model size — on a log axis, as SVG,
// with the same figures as a table for anyone who cannot see the chart.
import type { ComponentChildren } from 'preact';
import { useElementWidth } from '../ui/use-element-width';
import { formatInterval, formatRating } from './format';
import { logScale } from './log-scale';
import { ratingScale } from './whisker-scale';

export interface ScatterPoint {
  id: string;
  name: string;
  /** ≥ 0; zero is drawn in its own slot left of the log axis. */
  x: number;
  rating: number;
  ci: [number, number] | null;
  marked: boolean;
}

interface ScatterChartProps {
  id: string;
  points: readonly ScatterPoint[];
  xLabel: string;
  formatX: (value: number) => string;
  /** What a marked point is, e.g. "on the frontier". */
  markedLabel?: string;
  /** Draw a line through the marked points, in x order (the frontier). */
  connectMarked?: boolean;
  caption: ComponentChildren;
}

const MARGIN = { top: 12, right: 20, bottom: 44, left: 52 };
const HEIGHT = 300;
const ZERO_SLOT = 40;

export function ScatterChart({ id, points, xLabel, formatX, markedLabel, connectMarked, caption }: ScatterChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const xs = logScale(points.map((p) => p.x));
  const ys = ratingScale(points);
  const zeroSlot = points.some((p) => p.x === 0) ? ZERO_SLOT : 0;
  const plotWidth = Math.max(80, width - MARGIN.left - MARGIN.right - zeroSlot);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (v: number) => (v === 0 ? MARGIN.left + ZERO_SLOT / 2 : MARGIN.left + zeroSlot + xs.x(v, plotWidth));
  const y = (v: number) => MARGIN.top + plotHeight - ys.x(v, plotHeight);
  const marked = points.filter((p) => p.marked).sort((a, b) => a.x - b.x);
  const summary = points
    .map((p) => `${p.name}: ${formatX(p.x)}, rating ${formatRating(p.rating)}${p.marked && markedLabel ? `, ${markedLabel}` : ''}`)
    .join('; ');
  const bottom = MARGIN.top + plotHeight;

  return (
    <figure class="scatter-chart" ref={box} data-testid={id}>
      <svg width={width} height={HEIGHT} role="img" aria-label={`Rating against ${xLabel}. ${summary}`}>
        {ys.ticks.map((tick) => (
          <g key={`y${tick}`} class="chart-tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {[...(zeroSlot ? [0] : []), ...xs.ticks].map((tick) => (
          <g key={`x${tick}`} class="chart-tick">
            <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={bottom + 4} />
            <text x={x(tick)} y={bottom + 18} text-anchor="middle">
              {formatX(tick)}
            </text>
          </g>
        ))}
        <text class="chart-axis-label" x={MARGIN.left + (width - MARGIN.left - MARGIN.right) / 2} y={HEIGHT - 6} text-anchor="middle">
          {xLabel}
        </text>
        {connectMarked && marked.length > 1 && (
          <polyline class="chart-frontier" points={marked.map((p) => `${x(p.x)},${y(p.rating)}`).join(' ')} />
        )}
        {points.map((p) => (
          <g key={p.id} class={p.marked ? 'chart-point chart-point-marked' : 'chart-point'} data-point-id={p.id}>
            <title>{`${p.name}: ${formatX(p.x)}, rating ${formatRating(p.rating)}`}</title>
            {p.ci && <line class="chart-point-ci" x1={x(p.x)} x2={x(p.x)} y1={y(p.ci[0])} y2={y(p.ci[1])} />}
            <circle cx={x(p.x)} cy={y(p.rating)} r={p.marked ? 6 : 4.5} />
            {p.marked && (
              // Near the right edge the name goes to the left of its dot, so it stays inside the chart.
              <text
                class="chart-point-label"
                x={x(p.x) > width - 170 ? x(p.x) - 8 : x(p.x) + 8}
                y={y(p.rating) - 8}
                text-anchor={x(p.x) > width - 170 ? 'end' : 'start'}
              >
                {p.name.length > 24 ? `${p.name.slice(0, 23)}…` : p.name}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
      <details class="chart-table">
        <summary>The chart’s figures as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Judge</th>
              <th scope="col">{xLabel}</th>
              <th scope="col">Rating</th>
              {markedLabel && <th scope="col">{markedLabel[0].toUpperCase() + markedLabel.slice(1)}</th>}
            </tr>
          </thead>
          <tbody>
            {[...points].sort((a, b) => a.x - b.x).map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{formatX(p.x)}</td>
                <td>
                  {formatRating(p.rating)} {p.ci && `(${formatInterval(p)})`}
                </td>
                {markedLabel && <td>{p.marked ? 'yes' : 'no'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
