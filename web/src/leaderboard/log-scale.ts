// A base-10 logarithmic axis with 1-2-5 ticks, for values spanning decades (cost, model size). Pure.

export interface LogScale {
  ticks: number[];
  /** Maps a positive value to [0, width]. */
  x: (value: number, width: number) => number;
}

export function logScale(values: readonly number[]): LogScale {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  let lo = positive.length ? Math.min(...positive) : 1;
  let hi = positive.length ? Math.max(...positive) : 10;
  // A little room on both sides, and at least a factor of 4 so one point is not on the edge.
  lo /= 1.25;
  hi *= 1.25;
  if (hi / lo < 4) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / 2;
    hi = mid * 2;
  }
  const [a, b] = [Math.log10(lo), Math.log10(hi)];
  const ticks: number[] = [];
  for (let power = Math.floor(a); power <= Math.ceil(b); power++) {
    for (const m of [1, 2, 5]) {
      const tick = Number((m * 10 ** power).toPrecision(6));
      if (tick >= lo && tick <= hi) ticks.push(tick);
    }
  }
  // Wide ranges keep only the decades, so labels do not collide.
  const shown = ticks.length > 7 ? ticks.filter((t) => Number.isInteger(Math.log10(t))) : ticks;
  return { ticks: shown, x: (value, width) => ((Math.log10(value) - a) / (b - a)) * width };
}
