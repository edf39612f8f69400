// The arithmetic of every counted vote: the online Elo and the running pair counts.
import { describe, expect, it } from 'vitest';
import { ELO, eloUpdate, expectedScore } from '../../src/ranking/elo';
import { orderPair, pairCountField } from '../../src/ranking/pair-counts';
import { PairCountBook, pairCountsFromVotes } from '../support/pair-count-book';
import { OUTCOMES, simulateArena } from '../support/simulated-arena';

describe('online Elo', () => {
  it('expected score follows the logistic curve on base 10, scale 400', () => {
    expect(expectedScore(1000, 1000)).toBe(0.5);
    expect(expectedScore(1400, 1000)).toBeCloseTo(10 / 11, 12);
    expect(expectedScore(1000, 1400)).toBeCloseTo(1 / 11, 12);
    expect(expectedScore(1234, 987) + expectedScore(987, 1234)).toBeCloseTo(1, 12);
  });

  it('updates by k·(score − expected), what one side gains the other loses', () => {
    expect(eloUpdate(1000, 1000, 'A')).toEqual([1002, 998]);
    expect(eloUpdate(1000, 1000, 'B')).toEqual([998, 1002]);
    expect(eloUpdate(1000, 1000, 'tie')).toEqual([1000, 1000]);
    // Against a 400-point favourite a tie still moves: 4·(0.5 − 1/11).
    const [a, b] = eloUpdate(1000, 1400, 'both_bad');
    expect(a).toBeCloseTo(1000 + 4 * (0.5 - 1 / 11), 12);
    expect(b).toBeCloseTo(1400 - 4 * (0.5 - 1 / 11), 12);
    const [c, d] = eloUpdate(1100, 950, 'B');
    expect(c + d).toBeCloseTo(2050, 10);
  });

  it('matches a direct sequential computation on the same votes', () => {
    const arena = simulateArena({ judges: 8, votes: 5000, seed: 11 });
    const online = new Map<string, number>();
    const direct: Record<string, number> = Object.fromEntries(arena.judgeIds.map((id) => [id, 1000]));
    for (let v = 0; v < arena.outcome.length; v++) {
      const a = arena.judgeIds[arena.modelA[v]];
      const b = arena.judgeIds[arena.modelB[v]];
      const outcome = OUTCOMES[arena.outcome[v]];
      const [newA, newB] = eloUpdate(online.get(a) ?? ELO.initial, online.get(b) ?? ELO.initial, outcome);
      online.set(a, newA);
      online.set(b, newB);
      // Textbook Elo, written out: E_A = 1/(1 + 10^((R_B − R_A)/400)), R' = R + K·(S − E).
      const ea = 1 / (1 + 10 ** ((direct[b] - direct[a]) / 400));
      const sa = outcome === 'A' ? 1 : outcome === 'B' ? 0 : 0.5;
      const ra = direct[a] + 4 * (sa - ea);
      const rb = direct[b] + 4 * (1 - sa - (1 - ea));
      direct[a] = ra;
      direct[b] = rb;
    }
    for (const id of arena.judgeIds) expect(online.get(id)).toBeCloseTo(direct[id], 9);
    // Zero-sum: the mean stays at the initial rating.
    const mean = [...online.values()].reduce((s, r) => s + r, 0) / online.size;
    expect(mean).toBeCloseTo(ELO.initial, 9);
    // And the order it produces tracks the truth.
    const best = arena.judgeIds[arena.trueRatings.indexOf(Math.max(...arena.trueRatings))];
    const worst = arena.judgeIds[arena.trueRatings.indexOf(Math.min(...arena.trueRatings))];
    expect(online.get(best)!).toBeGreaterThan(online.get(worst)!);
  });
});

describe('pair counts', () => {
  it('orders a pair by string order and refuses a judge against itself', () => {
    expect(orderPair('b', 'a')).toEqual({ lo: 'a', hi: 'b', aIsLo: false });
    expect(orderPair('a', 'b')).toEqual({ lo: 'a', hi: 'b', aIsLo: true });
    expect(() => orderPair('a', 'a')).toThrow(RangeError);
  });

  it('puts each outcome in the right column whichever side the judges sat on', () => {
    expect(pairCountField('x', 'y', 'A')).toBe('winsLo');
    expect(pairCountField('y', 'x', 'A')).toBe('winsHi');
    expect(pairCountField('y', 'x', 'B')).toBe('winsLo');
    expect(pairCountField('y', 'x', 'tie')).toBe('ties');
    expect(pairCountField('x', 'y', 'both_bad')).toBe('bothBad');
  });

  it('accumulates votes into one row per unordered pair', () => {
    const book = new PairCountBook();
    book.add('m2', 'm1', 'A'); // m2 wins, m2 is hi
    book.add('m1', 'm2', 'A'); // m1 wins, m1 is lo
    book.add('m1', 'm2', 'B'); // m2 wins
    book.add('m2', 'm1', 'tie');
    book.add('m1', 'm3', 'both_bad');
    expect(book.rows()).toEqual([
      { lo: 'm1', hi: 'm2', winsLo: 1, winsHi: 2, ties: 1, bothBad: 0 },
      { lo: 'm1', hi: 'm3', winsLo: 0, winsHi: 0, ties: 0, bothBad: 1 },
    ]);
    const rows = pairCountsFromVotes([
      { modelA: 'p', modelB: 'q', outcome: 'A' },
      { modelA: 'q', modelB: 'p', outcome: 'A' },
      { modelA: 'q', modelB: 'p', outcome: 'A' },
    ]);
    expect(rows).toEqual([{ lo: 'p', hi: 'q', winsLo: 1, winsHi: 2, ties: 0, bothBad: 0 }]);
  });
});
