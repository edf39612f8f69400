// What to report about a judge's position bias: of its pairwise verdicts, the share that chose the response it was
// shown first. An unbiased judge that never ties sits near 0.5; ties choose neither, so the share among decisive
// verdicts is given too. Pure: from the recorded (shownOrder, verdict as shown) of each judgment, or of a group of them.
import type { PairwiseVerdict } from './judge-formats';
import type { ShownOrder } from './pairwise-order';

export interface PairwiseRecord {
  shownOrder: ShownOrder;
  verdictAsShown: PairwiseVerdict;
  /** How many judgments the record stands for (a grouped count read from D1); 1 when absent. */
  judgments?: number;
}

export interface PositionBias {
  /** Pairwise verdicts counted. */
  verdicts: number;
  /** Verdicts that chose the response shown first. */
  firstShown: number;
  ties: number;
  /** firstShown / verdicts; null with no verdicts. */
  firstShownShare: number | null;
  /** firstShown / (verdicts - ties): 0.5 is no position bias; null with no decisive verdicts. */
  firstShownShareOfDecisive: number | null;
  /** How many judgments were shown each order, to check that the draws were balanced. */
  shownOrders: Record<ShownOrder, number>;
}

export function positionBias(records: Iterable<PairwiseRecord>): PositionBias {
  let verdicts = 0;
  let firstShown = 0;
  let ties = 0;
  const shownOrders: Record<ShownOrder, number> = { as_shown: 0, swapped: 0 };
  for (const record of records) {
    const n = record.judgments ?? 1;
    verdicts += n;
    shownOrders[record.shownOrder] += n;
    if (record.verdictAsShown === 'first') firstShown += n;
    else if (record.verdictAsShown === 'tie') ties += n;
  }
  const decisive = verdicts - ties;
  return {
    verdicts,
    firstShown,
    ties,
    firstShownShare: verdicts ? firstShown / verdicts : null,
    firstShownShareOfDecisive: decisive ? firstShown / decisive : null,
    shownOrders,
  };
}

