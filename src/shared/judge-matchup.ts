// A pair of the pairs document seen from one judge's side: the hourly job's judge documents (their record) and
// the site's head-to-head matrix both show a judge's record against an opponent this way. Pure.
import type { PairsDocument } from './api-types';
import type { JudgeMatchup } from './judge-document-schemas';

type PairRecord = PairsDocument['pairs'][number];

/** A pair `judge` is in, seen from `judge`'s side (the pairs document stores it either way round). */
export function matchupOf(p: PairRecord, judge: string): JudgeMatchup {
  const isA = p.a === judge;
  return {
    opponent: isA ? p.b : p.a,
    opponentName: isA ? p.nameB : p.nameA,
    battles: p.battles,
    wins: isA ? p.winsA : p.winsB,
    losses: isA ? p.winsB : p.winsA,
    ties: p.ties,
    bothBad: p.bothBad,
    observedWinRate: isA ? p.observedWinRateA : 1 - p.observedWinRateA,
    predictedWinRate: isA ? p.predictedWinRateA : 1 - p.predictedWinRateA,
  };
}
