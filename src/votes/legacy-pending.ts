// One-time adoption of the votes an earlier ledger kept while D1 was failing: it stored each decided vote under
// a 'pending:<battle id>' key (the KV storage API) without the Elo it moves. A deployment that replaces that
// ledger while such votes wait must still write them, so they join pending_votes once, their Elo computed in
// the order they were received from D1's (the earlier ledger applied them in that order too).
import { eloUpdate, ELO } from '../ranking/elo';
import type { PendingVotes } from './pending-votes';
import type { RecordedVote } from './vote-decision';
import { battlesWithVotes, readLedgerSeed } from './vote-store';

const LEGACY_PREFIX = 'pending:';

export type LegacyPendingVote = Omit<RecordedVote, 'eloAfter'>;

export async function adoptLegacyPending(storage: DurableObjectStorage, d1: D1Database, pending: PendingVotes): Promise<void> {
  const legacy = await storage.list<LegacyPendingVote>({ prefix: LEGACY_PREFIX });
  if (legacy.size === 0) return;
  const votes = [...legacy.values()].sort((a, b) => a.receivedAt - b.receivedAt);
  // One whose write only looked failed is in D1 already, and D1's Elo includes it.
  const landed = await battlesWithVotes(d1, votes.map((v) => v.battleId));
  const { elo } = await readLedgerSeed(d1, [], 0);
  pending.add(withElo(votes.filter((v) => !landed.has(v.battleId)), new Map(elo.map((e) => [e.modelId, e.elo]))));
  const keys = [...legacy.keys()];
  for (let i = 0; i < keys.length; i += 128) await storage.delete(keys.slice(i, i + 128)); // 128 keys per call at most
}

/** Each counted vote's Elo after it, starting from `ratings` and applying the votes in order. Pure. */
export function withElo(votes: readonly LegacyPendingVote[], ratings: Map<string, number>): RecordedVote[] {
  return votes.map((vote) => {
    if (!vote.counted) return { ...vote, eloAfter: null };
    const [A, B] = eloUpdate(ratings.get(vote.modelA) ?? ELO.initial, ratings.get(vote.modelB) ?? ELO.initial, vote.choice);
    ratings.set(vote.modelA, A);
    ratings.set(vote.modelB, B);
    return { ...vote, eloAfter: { A, B } };
  });
}
