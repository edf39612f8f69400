// How a judge's position bias reads on the site (README "Judging formats"): of its decisive (non-tie) pairwise
// verdicts, the share that chose the response it was shown first, with a Wilson 95% interval so that a reader
// can tell a lean from chance. Pure.
import type { LeaderboardEntry } from '../api/types';
import { formatCount } from './format';

export type PositionBias = NonNullable<LeaderboardEntry['positionBias']>;

/** Fewer decisive verdicts than this give a 95% interval more than ±25 points wide: too few to show as a share. */
export const MIN_DECISIVE_VERDICTS = 12;

/** z for a two-sided 95% interval. */
const Z = 1.959964;

export type PositionBiasReading =
  /** The document has no such field: a non-pairwise slice, or a document written before position bias. */
  | { kind: 'not-reported' }
  /** No complete pairwise verdict from this judge. */
  | { kind: 'none' }
  | { kind: 'ties-only'; verdicts: number }
  | { kind: 'too-few'; decisive: number; verdicts: number }
  | {
      kind: 'measured';
      /** firstShown / decisive. */
      share: number;
      decisive: number;
      ties: number;
      interval: [number, number];
      /** Which shown position the interval says it favours; null when an even split lies inside it. */
      favours: 'first' | 'second' | null;
    };

/** Wilson score interval of a proportion (successes of n), at 95%. */
export function wilsonInterval(successes: number, n: number): [number, number] {
  const p = successes / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function readPositionBias(bias: PositionBias | null | undefined): PositionBiasReading {
  if (bias === undefined) return { kind: 'not-reported' };
  if (bias === null || bias.verdicts === 0) return { kind: 'none' };
  const decisive = bias.verdicts - bias.ties;
  if (decisive === 0) return { kind: 'ties-only', verdicts: bias.verdicts };
  if (decisive < MIN_DECISIVE_VERDICTS) return { kind: 'too-few', decisive, verdicts: bias.verdicts };
  const interval = wilsonInterval(bias.firstShown, decisive);
  const favours = interval[0] > 0.5 ? 'first' : interval[1] < 0.5 ? 'second' : null;
  return { kind: 'measured', share: bias.firstShown / decisive, decisive, ties: bias.ties, interval, favours };
}

/** "58%", never "0%" or "100%" for a share that is neither. */
export function formatShare(share: number): string {
  const value = share * 100;
  const rounded = Math.round(value);
  if (rounded === 0 && value > 0) return '<1%';
  if (rounded === 100 && value < 100) return '>99%';
  return `${rounded}%`;
}

/** The table cell's compact figure: the share, or why there is none. */
export function positionBiasFigure(reading: PositionBiasReading): string {
  switch (reading.kind) {
    case 'measured':
      return formatShare(reading.share);
    case 'too-few':
      return 'too few';
    case 'ties-only':
      return 'ties only';
    default:
      return '—';
  }
}

/** Sorts the table: the distance from an even split, least biased first; null (not measured) sorts last. */
export function positionBiasSortValue(bias: PositionBias | null | undefined): number | null {
  const reading = readPositionBias(bias);
  return reading.kind === 'measured' ? Math.abs(reading.share - 0.5) : null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What the figure means, in a sentence about the judge (the subject is left out: "Chose…", "No…"). */
export function positionBiasSentence(reading: PositionBiasReading): string {
  switch (reading.kind) {
    case 'not-reported':
      return 'Position bias is not reported on this board.';
    case 'none':
      return 'No pairwise verdicts yet, so its position bias is not known.';
    case 'ties-only':
      return `All ${plural(reading.verdicts, 'pairwise verdict')} were ties, so its position bias is not known yet.`;
    case 'too-few':
      return (
        `Only ${plural(reading.decisive, 'decisive pairwise verdict')} (of ${formatCount(reading.verdicts)}): ` +
        `too few to measure its position bias (it takes ${MIN_DECISIVE_VERDICTS}).`
      );
    case 'measured': {
      const [low, high] = reading.interval.map(formatShare);
      const verdict =
        reading.favours === null
          ? 'consistent with no position bias'
          : `it favours the response it is shown ${reading.favours}`;
      return (
        `Chose the response it was shown first in ${formatShare(reading.share)} of its decisive pairwise verdicts ` +
        `(n=${formatCount(reading.decisive)}${reading.ties ? `, ${plural(reading.ties, 'tie')} left out` : ''}); ` +
        `95% interval ${low}–${high}: ${verdict}.`
      );
    }
  }
}
