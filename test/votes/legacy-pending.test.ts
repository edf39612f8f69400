// Votes an earlier ledger kept without their Elo get it computed in the order they were received.
import { describe, expect, it } from 'vitest';
import { eloUpdate } from '../../src/ranking/elo';
import { withElo, type LegacyPendingVote } from '../../src/votes/legacy-pending';

const kept = (battleId: string, choice: LegacyPendingVote['choice'], counted = true): LegacyPendingVote => ({
  voteId: `v-${battleId}`,
  battleId,
  choice,
  modelA: 'x',
  modelB: 'y',
  visitorId: null,
  idempotencyKey: null,
  counted,
  excludedReason: counted ? null : 'too_fast',
  receivedAt: 0,
  answer: { choice, models: { A: { id: 'x', name: 'x', organization: '', kind: 'llm' }, B: { id: 'y', name: 'y', organization: '', kind: 'llm' } }, outcome: 'tie' },
});

describe('withElo', () => {
  it('moves Elo vote after vote from the given ratings, leaving uncounted votes without any', () => {
    const [a1, b1] = eloUpdate(1010, 1000, 'A');
    const [a2, b2] = eloUpdate(a1, b1, 'B');
    const out = withElo([kept('1', 'A'), kept('2', 'tie', false), kept('3', 'B')], new Map([['x', 1010]]));
    expect(out.map((v) => v.eloAfter)).toEqual([{ A: a1, B: b1 }, null, { A: a2, B: b2 }]);
    expect(out[1]).toMatchObject({ battleId: '2', counted: false });
  });
});
