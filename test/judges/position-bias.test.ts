import { describe, expect, it } from 'vitest';
import type { PairwiseVerdict } from '../../src/judges/judge-formats';
import type { ShownOrder } from '../../src/judges/pairwise-order';
import { positionBias } from '../../src/judges/position-bias';

const record = (shownOrder: ShownOrder, verdictAsShown: PairwiseVerdict) => ({ shownOrder, verdictAsShown });

describe('positionBias', () => {
  it('counts the verdicts that chose the response shown first, whatever the visitor\'s order was', () => {
    const bias = positionBias([
      record('as_shown', 'first'),
      record('swapped', 'first'),
      record('swapped', 'first'),
      record('as_shown', 'second'),
      record('swapped', 'tie'),
    ]);
    expect(bias).toEqual({
      verdicts: 5,
      firstShown: 3,
      ties: 1,
      firstShownShare: 3 / 5,
      firstShownShareOfDecisive: 3 / 4,
      shownOrders: { as_shown: 2, swapped: 3 },
    });
  });

  it('has no shares without verdicts, and no decisive share with ties only', () => {
    expect(positionBias([])).toMatchObject({ verdicts: 0, firstShownShare: null, firstShownShareOfDecisive: null });
    expect(positionBias([record('as_shown', 'tie')])).toMatchObject({ firstShownShare: 0, firstShownShareOfDecisive: null });
  });

  it('tells a judge that always picks the first shown from one that always picks the same response', () => {
    // Biased: picks whatever it saw first. Faithful: always the visitor's first response (its true preference).
    const orders: ShownOrder[] = ['as_shown', 'swapped', 'swapped', 'as_shown'];
    const biased = positionBias(orders.map((o) => record(o, 'first')));
    const faithful = positionBias(orders.map((o) => record(o, o === 'as_shown' ? 'first' : 'second')));
    expect(biased.firstShownShareOfDecisive).toBe(1);
    expect(faithful.firstShownShareOfDecisive).toBe(0.5);
  });
});

