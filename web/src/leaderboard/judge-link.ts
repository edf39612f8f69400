/** Where a judge's own page is: /leaderboard/<judge id>. */
export function judgePath(id: string): string {
  return `/leaderboard/${encodeURIComponent(id)}`;
}

/** The judge id of a judge page's path, or null for any other path. */
export function judgeIdFromPath(path: string): string | null {
  const match = /^\/leaderboard\/([^/]+)$/.exec(path);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
