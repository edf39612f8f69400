// The online Elo the Durable Object updates on every counted vote. Order-dependent by nature;
// the leaderboard's main rating is the Bradley–Terry fit, this is the familiar second column.
import type { VoteChoice } from '../shared/api-types';

export const ELO = { initial: 1000, k: 4, base: 10, scale: 400 } as const;

/** Probability that A beats B under the Elo curve (a tie counting half). */
export function expectedScore(ratingA: number, ratingB: number): number {
  return 1 / (1 + Math.pow(ELO.base, (ratingB - ratingA) / ELO.scale));
}

/** A's score for an outcome: a win 1, a loss 0, tie and both-bad ½. */
function outcomeScore(outcome: VoteChoice): number {
  switch (outcome) {
    case 'A':
      return 1;
    case 'B':
      return 0;
    case 'tie':
    case 'both_bad':
      return 0.5;
  }
}

/** Ratings after one vote; what A gains B loses. */
export function eloUpdate(ratingA: number, ratingB: number, outcome: VoteChoice): [newA: number, newB: number] {
  const delta = ELO.k * (outcomeScore(outcome) - expectedScore(ratingA, ratingB));
  return [ratingA + delta, ratingB - delta];
}
