// A pair of the pairs document as the worker builds it (observed rate with ties and both-bad counted half), for
// the units of the judge record and the head-to-head matrix.
import type { PairsDocument } from '../../src/shared/api-types';

export type Pair = PairsDocument['pairs'][number];

export function pair(a: string, b: string, winsA: number, winsB: number, ties: number, bothBad: number, predictedWinRateA: number): Pair {
  const battles = winsA + winsB + ties + bothBad;
  return {
    a,
    b,
    nameA: a.toUpperCase(),
    nameB: b.toUpperCase(),
    battles,
    winsA,
    winsB,
    ties,
    bothBad,
    observedWinRateA: (winsA + (ties + bothBad) / 2) / battles,
    predictedWinRateA,
  };
}
