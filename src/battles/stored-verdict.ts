// A judgment's verdict between its D1 columns (likert's score, binary/pairwise's verdict) and the API's fields
// (`score` or `verdict`, as the judgment event and GET /api/battles/:id carry it). Pure.
import type { BinaryVerdict, PairwiseVerdict } from '../shared/api-types';
import type { FormatVerdict } from '../judges/judge-formats';

/** The API's verdict fields of a judgment: likert `{ score }`, binary/pairwise `{ verdict }`. */
export type VerdictFields = { score: number } | { verdict: BinaryVerdict } | { verdict: PairwiseVerdict };

export function verdictFields(verdict: FormatVerdict): VerdictFields {
  return verdict.format === 'likert' ? { score: verdict.score } : { verdict: verdict.verdict };
}

/** A complete judgment row's verdict fields: its verdict when it has one (binary, pairwise), else its score. */
export function storedVerdictFields(row: { score: number | null; verdict: BinaryVerdict | PairwiseVerdict | null }): VerdictFields {
  if (row.verdict !== null && row.verdict !== undefined) return { verdict: row.verdict } as VerdictFields;
  return { score: row.score as number };
}
