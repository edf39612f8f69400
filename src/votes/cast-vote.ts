// The worker side of a vote: read the battle, refuse what cannot be voted on, hand the rest to the single
// VoteLedger, and turn its verdict into an answer or an ApiError.
import { eq } from 'drizzle-orm';
import type { VoteAnswer } from '../api-types';
import { loadBattle } from '../battles/battle-store';
import { database } from '../db/client';
import { votes } from '../db/schema';
import { ApiError } from '../errors';
import type { VoteChoice } from './vote-types';

/** All votes go to one ledger instance: one writer for votes, counts and Elo. */
export function voteLedger(env: Env) {
  return env.VOTE_LEDGER.get(env.VOTE_LEDGER.idFromName('global'));
}

export interface CastVote {
  battleId: string;
  choice: VoteChoice;
  visitorId: string | null;
  idempotencyKey: string | null;
  receivedAt: number;
}

export async function castVote(env: Env, vote: CastVote): Promise<VoteAnswer> {
  // Reading the battle here, outside the ledger, keeps the ledger's serialized step to one D1 write. What is read
  // cannot change under us: judgments are final once complete, and "voted" is enforced by the ledger's write.
  const battle = await loadBattle(database(env.DB), vote.battleId);
  if (!battle) throw new ApiError(404, 'battle_not_found', 'No battle with this id.');
  const { A, B } = battle.judgments;
  if (A.status === 'error' || B.status === 'error') {
    throw new ApiError(409, 'judgment_failed', 'A judge failed in this battle, so it cannot be voted on. Regenerate the judges to try again.');
  }
  if (A.status !== 'complete' || B.status !== 'complete') {
    throw new ApiError(409, 'judgments_incomplete', 'Both judges must finish before you vote.');
  }
  const result = await voteLedger(env).recordVote({
    ...vote,
    battle: {
      modelA: battle.modelA,
      modelB: battle.modelB,
      createdAt: battle.createdAt,
      judgedAt: battle.judgedAt,
      critiques: { A: A.critique ?? '', B: B.critique ?? '' },
    },
  });
  if (!result.ok) throw new ApiError(result.status, result.code, result.message);
  return result.answer;
}

export async function storedVoteAnswer(env: Env, battleId: string): Promise<VoteAnswer | null> {
  const row = await database(env.DB).select({ json: votes.responseJson }).from(votes).where(eq(votes.battleId, battleId)).get();
  return row ? (JSON.parse(row.json) as VoteAnswer) : null;
}
