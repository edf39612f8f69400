// Each judge's rating as a dot on its 95% interval, on one shared axis, so overlaps are visible at a glance.
import type { RankedJudge } from './judge-extras';
import { useElementWidth } from '../ui/use-element-width';
import { formatInterval, formatRating } from './format';
import { ratingScale } from './whisker-scale';

const WIDE_LABEL_WIDTH = 250;
/** Room for the first and last tick labels, which are centred on the plot's edges. */
const EDGE = 20;
const NARROW_BREAKPOINT = 520;

export function RatingChart({ models }: { models: readonly RankedJudge[] }) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const ordered = [...models].sort((a, b) => b.rating - a.rating);
  const scale = ratingScale(ordered);
  // Narrow screens put each name above its whisker instead of beside it.
  const narrow = width < NARROW_BREAKPOINT;
  const labelWidth = narrow ? 0 : WIDE_LABEL_WIDTH;
  const rowHeight = narrow ? 44 : 30;
  const top = 8;
  const axisHeight = 28;
  const plotLeft = labelWidth + EDGE;
  const plotWidth = Math.max(50, width - plotLeft - EDGE);
  const height = top + ordered.length * rowHeight + axisHeight;
  const x = (value: number) => plotLeft + scale.x(value, plotWidth);
  const summary = ordered
    .map((m) => `${m.name}: ${formatRating(m.rating)}${m.ci ? ` (${formatInterval(m)})` : ''}`)
    .join('; ');
  return (
    <figure class="rating-chart" ref={box}>
      <svg width={width} height={height} role="img" aria-label={`Ratings with 95% confidence intervals. ${summary}`}>
        {scale.ticks.map((tick) => (
          <g key={tick} class="chart-tick">
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - axisHeight + 4} />
            <text x={x(tick)} y={height - 8} text-anchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {ordered.map((model, i) => {
          const y = top + i * rowHeight + (narrow ? 30 : rowHeight / 2);
          return (
            <g key={model.id} class={model.kind === 'offline' ? 'chart-row chart-row-offline' : 'chart-row'}>
              <text
                class="chart-label"
                x={narrow ? plotLeft : labelWidth + 4}
                y={narrow ? y - 12 : y + 4}
                text-anchor={narrow ? 'start' : 'end'}
              >
                {truncate(model.name, narrow ? 44 : 34)}
              </text>
              {model.ci && (
                <g class="chart-whisker">
                  <line x1={x(model.ci[0])} x2={x(model.ci[1])} y1={y} y2={y} />
                  <line x1={x(model.ci[0])} x2={x(model.ci[0])} y1={y - 6} y2={y + 6} />
                  <line x1={x(model.ci[1])} x2={x(model.ci[1])} y1={y - 6} y2={y + 6} />
                </g>
              )}
              <circle class="chart-dot" cx={x(model.rating)} cy={y} r={5} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        Dots are ratings; whiskers span the 95% confidence interval. Judges whose whiskers overlap may not truly differ.
      </figcaption>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
