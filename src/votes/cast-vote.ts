// The worker side of a vote: hand it to the single VoteLedger and turn its verdict into an answer or an ApiError.
import type { VoteAnswer } from '../shared/api-types';
import { ApiError } from '../errors';
import type { VoteRequest } from './vote-decision';
import { readVoteAnswer } from './vote-store';

/** All votes go to one ledger instance: one writer for votes, counts and Elo. */
export function voteLedger(env: Env) {
  return env.VOTE_LEDGER.get(env.VOTE_LEDGER.idFromName('global'));
}

export async function castVote(env: Env, vote: VoteRequest): Promise<VoteAnswer> {
  const result = await voteLedger(env).recordVote(vote);
  if (!result.ok) throw new ApiError(result.status, result.code, result.message);
  return result.answer;
}

export async function storedVoteAnswer(env: Env, battleId: string): Promise<VoteAnswer | null> {
  return readVoteAnswer(env.DB, battleId);
}
