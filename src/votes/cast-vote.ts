// The worker side of a vote: hand it to the single VoteLedger and turn its verdict into an answer or an ApiError.
import { eq } from 'drizzle-orm';
import type { VoteAnswer, VoteChoice } from '../shared/api-types';
import { database } from '../db/client';
import { votes } from '../db/schema';
import { ApiError } from '../errors';

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
  const result = await voteLedger(env).recordVote(vote);
  if (!result.ok) throw new ApiError(result.status, result.code, result.message);
  return result.answer;
}

export async function storedVoteAnswer(env: Env, battleId: string): Promise<VoteAnswer | null> {
  const row = await database(env.DB).select({ json: votes.responseJson }).from(votes).where(eq(votes.battleId, battleId)).get();
  return row ? (JSON.parse(row.json) as VoteAnswer) : null;
}
