// How numbers, times and the method read on the leaderboard. Pure.
import type { LeaderboardEntry, RankingMethod, RankingPrior } from '../api/types';

/** What a cell shows when a value cannot be computed (no interval, no online Elo yet). */
export const MISSING = '—';

export function formatRating(rating: number | null): string {
  return rating === null ? MISSING : Math.round(rating).toString();
}

/** "+12 / −9": how far the 95% interval reaches above and below the rating (a true minus sign). */
export function formatInterval(model: Pick<LeaderboardEntry, 'rating' | 'ci'>): string | null {
  if (!model.ci) return null;
  const up = Math.round(model.ci[1] - model.rating);
  const down = Math.round(model.rating - model.ci[0]);
  return `+${up} / \u2212${down}`;
}

export function formatRankBound(bound: number | null): string {
  return bound === null ? MISSING : bound.toString();
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

/**
 * "weak L2 prior (0.5)". An L2 prior of strength s gives each judge a rating prior with a standard
 * deviation of 400/√s points; up to s = 1 that is at least 400 points (10:1 odds), wider than the
 * spread of real arenas, so it only steadies judges with few votes: "weak".
 */
export function formatPrior(prior: RankingPrior): string {
  if (prior.kind === 'none') return 'no prior';
  const strength = prior.strength.toLocaleString('en', { maximumSignificantDigits: 3 });
  return `${prior.strength <= 1 ? 'weak ' : ''}L2 prior (${strength})`;
}

/** "Bradley–Terry, 1,000 bootstrap rounds, weak L2 prior (0.5), seed 42" or "Bradley–Terry, sandwich (robust) intervals, weak L2 prior (0.5)". */
export function formatMethod(method: RankingMethod, nameOf: (id: string) => string = (id) => id): string {
  const parts = [
    method.model === 'bradley-terry' ? 'Bradley–Terry' : method.model,
    method.ci === 'sandwich'
      ? 'sandwich (robust) intervals'
      : method.bootstrapRounds > 0
        ? `${formatCount(method.bootstrapRounds)} bootstrap round${method.bootstrapRounds === 1 ? '' : 's'}`
        : 'no bootstrap (no intervals)',
    formatPrior(method.prior),
  ];
  // The seed only drives the bootstrap's resampling.
  if (method.ci !== 'sandwich') parts.push(`seed ${method.seed}`);
  if (method.anchor) parts.push(`${nameOf(method.anchor.id)} fixed at ${formatRating(method.anchor.rating)}`);
  return parts.join(', ');
}

/** "$0.42", "$12", "<$0.01": USD per 1,000 judgments; a dash without a price. */
export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined) return MISSING;
  if (usd === 0) return '$0';
  if (usd < 0.01) return '<$0.01';
  return `$${usd.toLocaleString('en', { maximumSignificantDigits: usd < 10 ? 2 : 3 })}`;
}

/** "850 ms", "1.8 s", "12 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return MISSING;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
}

export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return MISSING;
  const value = rate * 100;
  return `${value > 0 && value < 1 ? value.toFixed(1) : Math.round(value)}%`;
}

/** "7B", "405B", "undisclosed". */
export function formatParameters(billions: number | null | undefined): string {
  if (billions === null || billions === undefined) return 'undisclosed';
  return `${billions.toLocaleString('en', { maximumSignificantDigits: 3 })}B`;
}
