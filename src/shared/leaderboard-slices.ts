// The leaderboard's slices (issue 10): a battle's judging format and its sample's category. Every battle records
// both; the ledger counts votes per (format, category), and the hourly job writes one board per slice. No I/O.

/** The judging formats, the one list of them (request-schemas.ts's JudgeFormat, the D1 format columns). */
export const SLICE_FORMATS = ['likert', 'binary', 'pairwise'] as const;
export type SliceFormat = (typeof SLICE_FORMATS)[number];

/** The sample bank's categories: a bank sample's id starts with its category (`coding-004`). */
export const SAMPLE_CATEGORIES = ['reasoning', 'coding', 'factual', 'writing', 'advice', 'safety'] as const;
export type SampleCategory = (typeof SAMPLE_CATEGORIES)[number];

/** A battle's category: a bank category, or `custom` for a sample the visitor wrote. */
export const SLICE_CATEGORIES = [...SAMPLE_CATEGORIES, 'custom'] as const;
export type SliceCategory = (typeof SLICE_CATEGORIES)[number];

/** The slice one battle's vote counts in. */
export interface BattleSlice {
  format: SliceFormat;
  category: SliceCategory;
}

/** Which board a document is: null for "all" (the overall board is { format: null, category: null }). */
export interface LeaderboardSlice {
  format: SliceFormat | null;
  category: SliceCategory | null;
}

/** The bank category a sample id names (`coding-004`, `pairwise-coding-001` → coding), or null for any other id. */
export function bankCategoryOfSampleId(sampleId: string | null | undefined): SampleCategory | null {
  const prefix = sampleId?.match(/^(?:[a-z]+-)?([a-z]+)-\d+$/)?.[1];
  return SAMPLE_CATEGORIES.find((c) => c === prefix) ?? null;
}

/** Every slice that is not the overall board: per format, per category, per (format, category). */
export function allSlices(): LeaderboardSlice[] {
  return [
    ...SLICE_FORMATS.map((format) => ({ format, category: null })),
    ...SLICE_CATEGORIES.map((category) => ({ format: null, category })),
    ...SLICE_FORMATS.flatMap((format) => SLICE_CATEGORIES.map((category) => ({ format, category }))),
  ];
}
