// What an offline baseline returns, and the closing line every baseline critique shares.
import type { Rubric } from '../types';

export interface OfflineVerdict {
  score: number;
  critique: string;
}

/** Every offline critique says up front that it is rule-based, so it is never mistaken for an LLM. */
export const OFFLINE_PREFIX = '[Offline baseline: rule-based, no LLM] ';

/** "Score 4/5, which the rubric describes as: ..." (description shortened to keep the critique readable). */
export function closingLine(score: number, rubric: Rubric): string {
  const description = rubric.scores[score - 1]?.trim() ?? '';
  const short = description.length > 140 ? `${description.slice(0, 137).trimEnd()}...` : description;
  return short ? `Score ${score}/5, which the rubric describes as: "${short}"` : `Score ${score}/5.`;
}
