import { describe, expect, it } from 'vitest';
import { reconcileVotes, type StoredVote } from './reconcile-votes';

const row = (battleId: string, choice: string, extra: Partial<StoredVote> = {}): StoredVote => ({
  battleId,
  choice,
  counted: true,
  excludedReason: null,
  visitorId: `visitor-${battleId}`,
  ...extra,
});

describe('reconcileVotes', () => {
  it('finds nothing lost or duplicated when every acknowledged vote is stored once and counted once', () => {
    const tally = reconcileVotes(
      [
        { battleId: 'b1', choice: 'A' },
        { battleId: 'b2', choice: 'tie' },
        { battleId: 'b2', choice: 'tie' }, // a replayed answer
      ],
      [row('b1', 'A'), row('b2', 'tie')],
      2,
    );
    expect(tally).toMatchObject({ acknowledged: 2, storedRows: 2, counted: 2, lost: 0, duplicated: 0, unacknowledgedRows: 0 });
  });

  it('counts an acknowledged vote with no row, or with another choice stored, as lost', () => {
    const tally = reconcileVotes(
      [
        { battleId: 'b1', choice: 'A' },
        { battleId: 'b2', choice: 'B' },
        { battleId: 'b3', choice: 'A' },
      ],
      [row('b1', 'A'), row('b2', 'A')],
      2,
    );
    expect(tally.lostVotes.sort()).toEqual(['b2', 'b3']);
    expect(tally.lost).toBe(2);
    expect(tally.duplicated).toBe(0);
  });

  it('counts extra rows for a battle and two different acknowledged choices as duplicated', () => {
    const tally = reconcileVotes(
      [
        { battleId: 'b1', choice: 'A' },
        { battleId: 'b2', choice: 'A' },
        { battleId: 'b2', choice: 'B' },
      ],
      [row('b1', 'A'), row('b1', 'A'), row('b2', 'B')],
      3,
    );
    expect(tally.duplicateRows).toBe(1);
    expect(tally.conflictingAcks).toEqual(['b2']);
    expect(tally.duplicated).toBe(2);
    expect(tally.lost).toBe(0);
  });

  it('compares pair counts with counted votes only, and lists why others were excluded', () => {
    const stored = [row('b1', 'A'), row('b2', 'B', { counted: false, excludedReason: 'too_fast' }), row('b3', 'tie')];
    const acks = stored.map((r) => ({ battleId: r.battleId, choice: r.choice }));
    expect(reconcileVotes(acks, stored, 2)).toMatchObject({ counted: 2, excludedByReason: { too_fast: 1 }, lost: 0, duplicated: 0 });
    expect(reconcileVotes(acks, stored, 1)).toMatchObject({ pairCountsMissing: 1, lost: 1 });
    expect(reconcileVotes(acks, stored, 4)).toMatchObject({ pairCountsExtra: 2, duplicated: 2 });
  });

  it('reports stored rows nobody was told about without calling them lost or duplicated', () => {
    const tally = reconcileVotes([{ battleId: 'b1', choice: 'A' }], [row('b1', 'A'), row('b9', 'B')], 2);
    expect(tally).toMatchObject({ unacknowledgedRows: 1, lost: 0, duplicated: 0, distinctVisitors: 2 });
  });
});
