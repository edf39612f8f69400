// The vocabulary of the ranking module. Pure data, no I/O.
// The parts the public leaderboard JSON shows are the API's (src/shared/leaderboard-schemas.ts), which the website reads too.
import type { CiMethod, PairSummary, RankingMethod, RankingPrior } from '../shared/api-types';

export type { CiMethod, PairSummary, RankingMethod, RankingPrior };

/** Counted outcomes of one unordered pair; lo < hi by string order (that is how D1 stores them). */
export interface PairCount {
  lo: string;
  hi: string;
  winsLo: number;
  winsHi: number;
  ties: number;
  bothBad: number;
}

export interface RankingOptions {
  /** Default 'sandwich'. */
  ci?: CiMethod;
  /** Bootstrap rounds when ci is 'bootstrap'; default 1000. 0 means no intervals. */
  bootstrapRounds?: number;
  /** Seed of the bootstrap's random stream, so a refresh is reproducible; default 42. */
  seed?: number;
  /** Default DEFAULT_PRIOR (weak L2, strength 0.5); see leaderboard.ts for why. */
  prior?: RankingPrior;
  /** Pin this judge at this rating (in every bootstrap round too); otherwise the mean rating is 1000. */
  anchor?: { id: string; rating: number };
  /** A judge with fewer counted votes than this is preliminary; default 300. */
  preliminaryThreshold?: number;
  /** The online Elo the Durable Object keeps, passed through as each judge's `elo` (null when absent). */
  onlineElo?: Record<string, number>;
}

export interface RankedJudge {
  id: string;
  /** Bradley–Terry rating on the Elo scale; null when the judge has no counted votes. */
  rating: number | null;
  /**
   * 95% interval (method.ci says how); null when the votes cannot bound the rating (see
   * bounded-ratings.ts: e.g. the judge won or lost every vote it had), when the interval has zero
   * width (e.g. all votes draws against a single opponent), when it has no votes, or for the
   * bootstrap with 0 rounds.
   */
  ci: [number, number] | null;
  /** 1 + number of judges with a strictly higher rating (equal ratings share a rank); null when unrated. */
  rank: number | null;
  /**
   * Chatbot Arena's "Rank (UB)": 1 + number of judges in the same connected group whose interval
   * lies entirely above this judge's interval. Null without an interval.
   */
  rankUpperBound: number | null;
  /** The online Elo from options.onlineElo, or null. */
  elo: number | null;
  votes: number;
  wins: number;
  losses: number;
  /** Votes that were "tie" (both good). */
  ties: number;
  /** Votes that were "both bad" (a tie for the ranking). */
  bothBad: number;
  /** Fewer votes than the threshold. */
  preliminary: boolean;
  /** Index into RankingResult.components; null when the judge has no votes. */
  component: number | null;
}

export interface RankingResult {
  /** Sorted best first; unrated judges (no votes) last, by id. */
  judges: RankedJudge[];
  /** Groups of judges connected by votes (directly or through others), largest first. Judges without votes are in none. */
  components: string[][];
  method: RankingMethod;
  pairs: PairSummary[];
}
