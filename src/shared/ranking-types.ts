// The ranking vocabulary that the public leaderboard JSON carries, shared by the worker and the website.
// Types only.

/**
 * L2 prior on log10-strengths w (rating = centre + 400·w): adds (strength/2)·Σ w² to the negative
 * log-likelihood in which every vote counts once (a win 1, a tie or both-bad ½ for each side).
 * In prior terms each judge's w ~ Normal(0, 1/strength).
 * scikit-learn's LogisticRegression(C) on battles duplicated the Chatbot Arena way is strength = 1/(2C).
 */
export type RankingPrior = { kind: 'none' } | { kind: 'l2'; strength: number };

export interface RankingMethod {
  model: 'bradley-terry';
  /** How ties and both-bad votes enter the fit. */
  ties: 'half-win-each';
  scale: 400;
  base: 10;
  /** Mean rating of each connected group when there is no anchor. */
  center: 1000;
  bootstrapRounds: number;
  /** Interval level of `ci`. */
  ciLevel: 0.95;
  prior: RankingPrior;
  seed: number;
  anchor?: { id: string; rating: number };
  preliminaryThreshold: number;
}

/** One pair with votes, for GET /api/leaderboard/pairs. Ties and both-bad count half in win rates. */
export interface PairSummary {
  a: string;
  b: string;
  battles: number;
  winsA: number;
  winsB: number;
  ties: number;
  bothBad: number;
  /** (winsA + ½·(ties + bothBad)) / battles. */
  observedWinRateA: number;
  /** The fitted model's P(a beats b) = 1 / (1 + 10^((rating_b − rating_a)/400)). */
  predictedWinRateA: number;
}
