// The leaderboard's code is fetched only when someone opens the leaderboard, so it is not in the first load
// (most visits start in the arena).
import { Lazy } from '../ui/lazy-module';

const loadLeaderboardPage = () => import('./leaderboard-page');

export function LazyLeaderboardPage() {
  return (
    <Lazy load={loadLeaderboardPage} loading="Loading the leaderboard…">
      {({ LeaderboardPage }) => <LeaderboardPage />}
    </Lazy>
  );
}
