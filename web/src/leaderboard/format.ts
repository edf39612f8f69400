// How numbers and times read on the leaderboard. Pure.
import type { LeaderboardEntry } from '../api/types';

export function formatRating(rating: number): string {
  return Math.round(rating).toString();
}

/** "+12 / −9": how far the 95% interval reaches above and below the rating (a true minus sign). */
export function formatInterval(model: Pick<LeaderboardEntry, 'rating' | 'ci'>): string | null {
  if (!model.ci) return null;
  const up = Math.round(model.ci[1] - model.rating);
  const down = Math.round(model.rating - model.ci[0]);
  return `+${up} / \u2212${down}`;
}

/** The refresh time in the visitor's own time zone and locale. */
export function formatUpdatedAt(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown';
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}
