// The leaderboard's slice (format and category), kept in the URL (`/leaderboard?format=pairwise&category=coding`)
// so a slice can be shared, like the weights filter. Pure.
import { SLICE_CATEGORIES, SLICE_FORMATS, type LeaderboardSlice, type SliceCategory, type SliceFormat } from '@shared/leaderboard-slices';

export type { LeaderboardSlice };
export { SLICE_CATEGORIES, SLICE_FORMATS };

export const FORMAT_LABELS: Record<SliceFormat, string> = { likert: 'Score 1–5', binary: 'Pass / fail', pairwise: 'Pairwise' };
export const CATEGORY_LABELS: Record<SliceCategory, string> = {
  reasoning: 'Reasoning',
  coding: 'Coding',
  factual: 'Factual',
  writing: 'Writing',
  advice: 'Advice',
  safety: 'Safety',
  custom: 'Visitors’ own samples',
};

/** The slice a query string asks for; an unknown value means "all" on that side. */
export function sliceFrom(search: string): LeaderboardSlice {
  const params = new URLSearchParams(search);
  const format = params.get('format');
  const category = params.get('category');
  return {
    format: SLICE_FORMATS.find((f) => f === format) ?? null,
    category: SLICE_CATEGORIES.find((c) => c === category) ?? null,
  };
}

/** The query string with the slice set (an "all" side leaves no parameter), other parameters kept. */
export function searchWithSlice(search: string, slice: LeaderboardSlice): string {
  const params = new URLSearchParams(search);
  for (const side of ['format', 'category'] as const) {
    const value = slice[side];
    if (value === null) params.delete(side);
    else params.set(side, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's query string for a slice ('' for the overall board). */
export function sliceQuery(slice: LeaderboardSlice): string {
  return searchWithSlice('', slice);
}

/** How the page names a slice: "Pairwise · Coding", or null for the overall board. */
export function sliceTitle(slice: LeaderboardSlice): string | null {
  const parts = [slice.format && FORMAT_LABELS[slice.format], slice.category && CATEGORY_LABELS[slice.category]].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
