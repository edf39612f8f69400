// The leaderboard documents as the site reads them: the API's shapes (@shared/api-types), except that the fields
// schema version 2 added (cost and speed, open weights and size) are optional, because a document written before
// that version lacks them until the next hourly refresh; the pages say "not recorded" then.
import type { Leaderboard, LeaderboardEntry, PairsDocument } from '../api/types';

type AddedInVersion2 = 'performance' | 'openWeights' | 'parametersB';

export type RankedJudge = Omit<LeaderboardEntry, AddedInVersion2> & Partial<Pick<LeaderboardEntry, AddedInVersion2>>;

export type LeaderboardDocument = Omit<Leaderboard, 'models' | 'schemaVersion'> & {
  schemaVersion?: Leaderboard['schemaVersion'];
  models: RankedJudge[];
};

export type PairRecord = PairsDocument['pairs'][number];
