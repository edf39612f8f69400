// What clients may see of a battle. Model identities appear only in `vote`, i.e. after the vote.
import type { BattleDetails, PublicBattle, PublicJudgment, Rubric, VoteAnswer } from '../shared/api-types';
import type { Position, StoredBattle } from './battle-store';

export function publicBattle(b: { id: string; input: string; response: string; reference?: string | null; rubric: Rubric }): PublicBattle {
  return {
    id: b.id,
    input: b.input,
    response: b.response,
    ...(b.reference ? { reference: b.reference } : {}),
    rubric: b.rubric,
  };
}

export function battleDetails(b: StoredBattle, vote: VoteAnswer | null): BattleDetails {
  const judgment = (p: Position): PublicJudgment => {
    const j = b.judgments[p];
    if (j.status === 'complete') return { status: 'complete', score: j.score!, critique: j.critique ?? '' };
    if (j.status === 'error') return { status: 'error', error: j.errorMessage ?? 'This judge did not finish.' };
    return { status: 'pending' };
  };
  return {
    ...publicBattle(b),
    status: b.status,
    judgments: { A: judgment('A'), B: judgment('B') },
    ...(vote ? { vote } : {}),
  };
}
