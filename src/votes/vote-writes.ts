// The D1 statements that record one decided vote: the vote, the battle's voted state and, when the vote counts,
// the running pair counts and both judges' stats and online Elo. Executed as one atomic batch by the ledger.
import type { VoteAnswer, VoteChoice } from '../shared/api-types';
import { eloUpdate } from '../ranking/elo';
import { orderPair, pairCountField } from '../ranking/pair-counts';
import type { ExclusionReason } from './vote-eligibility';

/** A vote after every check and decision; what the ledger keeps in its storage if D1 is down. */
export interface DecidedVote {
  voteId: string;
  battleId: string;
  choice: VoteChoice;
  modelA: string;
  modelB: string;
  visitorId: string | null;
  idempotencyKey: string | null;
  counted: boolean;
  excludedReason: ExclusionReason | null;
  receivedAt: number;
  answer: VoteAnswer;
}

/** favourite = the judge rated higher (online Elo) before the vote; equal ratings make the winner the favourite. */
export function outcomeFor(choice: VoteChoice, eloA: number, eloB: number): VoteAnswer['outcome'] {
  if (choice === 'tie' || choice === 'both_bad') return 'tie';
  const [winner, loser] = choice === 'A' ? [eloA, eloB] : [eloB, eloA];
  return winner >= loser ? 'favourite' : 'underdog';
}

/** The online Elo of both judges of a vote, before and after it. */
export interface EloChange {
  before: [a: number, b: number];
  after: [a: number, b: number];
}

/**
 * The statements of one vote. `ratings` are both judges' current online Elo (the ledger keeps them in memory,
 * being their only writer); for a counted vote the returned change says what to remember once the batch is in.
 */
export function voteWriteStatements(
  d1: D1Database,
  vote: DecidedVote,
  ratings: [a: number, b: number],
): { statements: D1PreparedStatement[]; elo: EloChange | null } {
  const statements = [
    d1
      .prepare(
        `INSERT INTO votes (id, battle_id, choice, model_a, model_b, visitor_id, counted, excluded_reason, idempotency_key, response_json, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        vote.voteId,
        vote.battleId,
        vote.choice,
        vote.modelA,
        vote.modelB,
        vote.visitorId,
        vote.counted ? 1 : 0,
        vote.excludedReason,
        vote.idempotencyKey,
        JSON.stringify(vote.answer),
        vote.receivedAt,
      ),
    d1.prepare(`UPDATE battles SET status = 'voted', voted_at = ? WHERE id = ?`).bind(vote.receivedAt, vote.battleId),
  ];
  if (!vote.counted) return { statements, elo: null };

  const [newA, newB] = eloUpdate(ratings[0], ratings[1], vote.choice);
  const { lo, hi } = orderPair(vote.modelA, vote.modelB);
  const field = pairCountField(vote.modelA, vote.modelB, vote.choice);
  const [winsLo, winsHi, tie, bothBad] = (['winsLo', 'winsHi', 'ties', 'bothBad'] as const).map((f) => (f === field ? 1 : 0));

  statements.push(
    d1
      .prepare(
        `INSERT INTO pair_counts (model_lo, model_hi, wins_lo, wins_hi, ties, both_bad) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (model_lo, model_hi) DO UPDATE SET wins_lo = wins_lo + excluded.wins_lo,
           wins_hi = wins_hi + excluded.wins_hi, ties = ties + excluded.ties, both_bad = both_bad + excluded.both_bad`,
      )
      .bind(lo, hi, winsLo, winsHi, tie, bothBad),
    // Both judges' stats in one statement: each row adds its own outcome.
    d1
      .prepare(
        `INSERT INTO judge_stats (model_id, elo, votes, wins, losses, ties, both_bad, updated_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?), (?, ?, 1, ?, ?, ?, ?, ?)
         ON CONFLICT (model_id) DO UPDATE SET elo = excluded.elo, votes = votes + 1, wins = wins + excluded.wins,
           losses = losses + excluded.losses, ties = ties + excluded.ties, both_bad = both_bad + excluded.both_bad,
           updated_at = excluded.updated_at`,
      )
      .bind(
        ...statsRow(vote.modelA, newA, vote.choice === 'A', vote.choice === 'B', tie, bothBad, vote.receivedAt),
        ...statsRow(vote.modelB, newB, vote.choice === 'B', vote.choice === 'A', tie, bothBad, vote.receivedAt),
      ),
  );
  return { statements, elo: { before: ratings, after: [newA, newB] } };
}

function statsRow(modelId: string, elo: number, won: boolean, lost: boolean, tie: number, bothBad: number, now: number) {
  return [modelId, elo, won ? 1 : 0, lost ? 1 : 0, tie, bothBad, now];
}
