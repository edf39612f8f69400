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

/** What a round of each format asked the judges, as the slice's description says it. */
const FORMAT_TASKS: Record<SliceFormat, string> = {
  likert: 'each judge scored one response from 1 to 5 against the rubric',
  binary: 'each judge checked one response against a single criterion and answered pass or fail',
  pairwise: 'each judge said which of two responses is better, or that they tie',
};

function categoryPhrase(category: SliceCategory): string {
  return category === 'custom'
    ? 'samples the visitors wrote themselves (and generated samples outside the six bank categories)'
    : `${CATEGORY_LABELS[category].toLowerCase()} samples`;
}

/** Which votes a slice is ranked from, in a sentence: what the rounds asked of the judges and on which samples. */
export function sliceDescription(slice: LeaderboardSlice): string {
  const { format, category } = slice;
  if (format && category) {
    return `Ranked from the votes on ${FORMAT_LABELS[format]} rounds, where ${FORMAT_TASKS[format]}, on ${categoryPhrase(category)}.`;
  }
  if (format) return `Ranked from the votes on ${FORMAT_LABELS[format]} rounds, where ${FORMAT_TASKS[format]}, in every category.`;
  if (category) return `Ranked from the votes on ${categoryPhrase(category)}, in all three judging formats.`;
  return 'Ranked from every counted vote: all three judging formats, every category of sample.';
}
