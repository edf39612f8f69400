// Geometry of the rating-over-time chart: a time axis, the rating line and the interval band as SVG paths. Pure.
import type { HistoryPoint } from '../api/types';

export interface HistoryFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Rating range of the y axis. */
  min: number;
  max: number;
}

export interface HistoryPaths {
  line: string;
  /** The 95% interval as closed polygons, one per run of points that have an interval. */
  bands: string[];
  x: (at: string) => number;
  y: (rating: number) => number;
}

export function historyPaths(points: readonly HistoryPoint[], frame: HistoryFrame): HistoryPaths {
  const times = points.map((p) => Date.parse(p.at));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first;
  const x = (at: string) =>
    span > 0 ? frame.left + ((Date.parse(at) - first) / span) * frame.width : frame.left + frame.width / 2;
  const y = (rating: number) => frame.top + frame.height - ((rating - frame.min) / (frame.max - frame.min)) * frame.height;
  const ordered = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const line = ordered.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.at))},${round(y(p.rating))}`).join(' ');
  const bands: string[] = [];
  let run: (HistoryPoint & { ci: [number, number] })[] = [];
  const close = () => {
    if (run.length > 1) {
      const upper = run.map((p) => `${round(x(p.at))},${round(y(p.ci[1]))}`);
      const lower = [...run].reverse().map((p) => `${round(x(p.at))},${round(y(p.ci[0]))}`);
      bands.push(`M${[...upper, ...lower].join(' L')} Z`);
    }
    run = [];
  };
  for (const p of ordered) {
    if (p.ci) run.push(p as HistoryPoint & { ci: [number, number] });
    else close();
  }
  close();
  return { line, bands, x, y };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
