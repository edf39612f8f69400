import type { LeaderboardDocument } from './judge-extras';

/** Judges never compared with each other, even through others, have ratings that say nothing across groups. */
export function DisconnectedGroups({ leaderboard }: { leaderboard: LeaderboardDocument }) {
  const groups = leaderboard.components ?? [];
  if (groups.length <= 1) return null;
  const nameOf = (id: string) => leaderboard.models.find((m) => m.id === id)?.name ?? id;
  return (
    <div class="notice notice-info" data-testid="disconnected-groups">
      <p>
        Some judges were never compared with each other, not even through other judges, so their ratings are only
        comparable within a group:
      </p>
      <ul>
        {groups.map((group, i) => (
          <li key={group.join()}>
            Group {i + 1}: {group.map(nameOf).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
