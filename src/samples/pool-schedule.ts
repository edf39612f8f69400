// Which format each of the hour's generator calls writes: the hourly budget spread evenly over the three formats,
// the first format rotating with the hour so that a budget that does not divide by three (1, 2, 4 an hour) still
// gives each format its share over a few hours. Pure.
import { SLICE_FORMATS } from '../shared/leaderboard-slices';
import type { JudgeFormat } from '../shared/request-schemas';

const HOUR_MS = 3_600_000;

/** The formats of this hour's `perHour` calls, in the order they are made (interleaved: likert, binary, pairwise, …). */
export function formatsOfHour(perHour: number, now: number): JudgeFormat[] {
  const hour = Math.floor(now / HOUR_MS);
  const offset = (hour * perHour) % SLICE_FORMATS.length;
  return Array.from({ length: perHour }, (_, i) => SLICE_FORMATS[(offset + i) % SLICE_FORMATS.length]);
}
