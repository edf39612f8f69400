// The ledger's in-memory state: built from D1's figures plus the kept votes, changed only by decided votes.
// Plain data only (no Workers APIs).
import { describe, expect, it } from 'vitest';
import type { RevealedModel } from '../../src/shared/api-types';
import { LedgerState, RecentMap } from '../../src/votes/ledger-state';
import type { RecordedVote } from '../../src/votes/vote-decision';

const day = Date.UTC(2026, 11, 1);
const reveal = (id: string): RevealedModel => ({ id, name: id, organization: 'Org', kind: 'llm' });

function vote(battleId: string, over: Partial<RecordedVote> = {}): RecordedVote {
  return {
    voteId: `v-${battleId}`,
    battleId,
    choice: 'A',
    modelA: 'x',
    modelB: 'y',
    visitorId: 'visitor',
    idempotencyKey: null,
    counted: true,
    excludedReason: null,
    receivedAt: day + 3_600_000,
    answer: { choice: 'A', models: { A: reveal('x'), B: reveal('y') }, outcome: 'favourite' },
    eloAfter: { A: 1002, B: 998 },
    ...over,
  };
}

describe('LedgerState', () => {
  it('starts from D1’s Elo and visitor counts, with the kept votes applied on top in order', () => {
    const kept = [vote('b1', { eloAfter: { A: 1012, B: 988 } }), vote('b2', { eloAfter: { A: 1013, B: 987 } })];
    const state = LedgerState.load(
      { elo: [{ modelId: 'x', elo: 1010 }, { modelId: 'z', elo: 1050 }], visitorsToday: new Map([['visitor', 4]]) },
      kept,
      day + 7_200_000,
    );
    expect([state.eloOf('x'), state.eloOf('y'), state.eloOf('z'), state.eloOf('never-rated')]).toEqual([1013, 987, 1050, 1000]);
    expect(state.countedOn('visitor', day + 7_200_000)).toBe(6);
    expect(state.previousVote('b2')?.choice).toBe('A');
    expect(state.unwritten.map((u) => [u.vote.battleId, u.kept])).toEqual([
      ['b1', true],
      ['b2', true],
    ]);
  });

  it('learns what D1 says of the kept votes’ prompts before applying them, so their reveals add to D1’s', () => {
    const kept = [vote('b1', { promptHash: 'p1' })];
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, kept, day + 7_200_000, (known) =>
      known.learn(
        {
          seen: new Map([['visitor', ['p0']]]),
          judges: new Map([
            ['p1\nx', { reveals: 2, countedSinceReveal: 5 }],
            ['p1\ny', null],
          ]),
        },
        day,
      ),
    );
    expect(state.known.judge('p1', 'x')).toEqual({ reveals: 3, countedSinceReveal: 6 });
    expect(state.known.judge('p1', 'y')).toEqual({ reveals: 1, countedSinceReveal: 0 });
    expect([state.known.seenBy('visitor', 'p0', day), state.known.seenBy('visitor', 'p1', day)]).toEqual([true, true]);
  });

  it('applies a counted vote to Elo and the visitor’s count, an uncounted one to neither; both are remembered', () => {
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, [], day);
    expect(state.countedOn('visitor', day)).toBeNull();
    state.learnCounted('visitor', day, 2);
    state.apply(vote('b1'));
    state.apply(vote('b2', { counted: false, excludedReason: 'too_fast', eloAfter: null }));
    expect(state.countedOn('visitor', day)).toBe(3);
    expect([state.eloOf('x'), state.eloOf('y')]).toEqual([1002, 998]);
    expect(state.previousVote('b2')).toMatchObject({ choice: 'A', idempotencyKey: null });
    // A count read from D1 after the state has its own is older: ignored.
    state.learnCounted('visitor', day, 0);
    expect(state.countedOn('visitor', day)).toBe(3);
    // Each UTC day has its own count.
    expect(state.countedOn('visitor', day + 86_400_000)).toBeNull();
  });

  it('forgets a vote from the unwritten list once D1 has it, keeping the order of the rest', () => {
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, [], day);
    for (const id of ['b1', 'b2', 'b3']) state.apply(vote(id));
    state.written(['b2']);
    expect(state.unwritten.map((u) => u.vote.battleId)).toEqual(['b1', 'b3']);
    expect(state.previousVote('b2')).not.toBeNull();
  });
});

describe('RecentMap', () => {
  it('keeps the newest entries, a set refreshing an entry’s age', () => {
    const map = new RecentMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
  });
});
