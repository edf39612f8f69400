// A judge's record against each opponent, as the hourly job writes it in the judge's document
// (src/leaderboard/judge-documents.ts; the judge page shows it as it is). Moved from test/web/leaderboard-views.test.ts
// when the site's own copy of recordOf went.
import { describe, expect, it } from 'vitest';
import { pair } from '../support/pair-record';
import { recordOf } from '../../src/leaderboard/judge-documents';

const pairs = [pair('x', 'y', 6, 2, 1, 1, 0.7), pair('z', 'x', 1, 3, 0, 0, 0.3)];

describe("a judge's record from the pairs document", () => {
  it('reads a pair from either side, swapping wins and complementing the rates', () => {
    // y met x only (the document stores the pair as x–y), never z.
    const [fromY, ...others] = recordOf(pairs, 'y');
    expect(others).toEqual([]);
    expect(fromY).toMatchObject({ wins: 2, losses: 6, ties: 1, bothBad: 1, battles: 10, opponent: 'x', opponentName: 'X' });
    expect(fromY.observedWinRate).toBeCloseTo(0.3);
    expect(fromY.predictedWinRate).toBeCloseTo(0.3);
  });

  it("lists a judge's record against every opponent, most battles first", () => {
    const record = recordOf(pairs, 'x');
    expect(record.map((m) => [m.opponent, m.wins, m.losses])).toEqual([
      ['y', 6, 2],
      ['z', 3, 1],
    ]);
    expect(recordOf(pairs, 'nobody')).toEqual([]);
  });
});
