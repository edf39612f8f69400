// Geometry of the rating chart: a linear x scale over all intervals, with round tick values. Pure.
import type { LeaderboardEntry } from '../api/types';

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
  /** Maps a rating to an x position in [0, width]. */
  x: (value: number, width: number) => number;
}

export function ratingScale(models: readonly Pick<LeaderboardEntry, 'rating' | 'ci'>[], targetTicks = 5): Scale {
  const values = models.flatMap((m) => (m.ci ? [m.ci[0], m.ci[1], m.rating] : [m.rating]));
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (hi - lo < 1e-9) {
    lo -= 10;
    hi += 10;
  }
  const step = niceStep((hi - lo) / targetTicks);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { min, max, ticks, x: (value, width) => ((value - min) / (max - min)) * width };
}

/** The smallest of 1, 2, 5 × 10^k at least as large as `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}
