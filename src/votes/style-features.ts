// The style of a battle's two judgments, as the features of style control (src/ranking/style-sums.ts). Pure.
// Counted with LMArena's rules (FastChat's count_markdown_elements): headers `#`–`######` at a line start,
// list items `-`/`*`/`+`/`1.` at a line start, bold `**…**` or `__…__` within a line.
import { STYLE_FEATURE_COUNT } from '../ranking/style-sums';

/** What style control measures in one judgment. */
export interface JudgmentStyle {
  /** Words: runs of letters or digits; each CJK character counts as one (those scripts put no spaces between words). */
  words: number;
  headers: number;
  lists: number;
  bold: number;
  /** The judge's 1–5 score; null in a battle format without one. */
  score: number | null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const HEADER = /^#{1,6}\s/gm;
const LIST_ITEM = /^\s*(?:\d+\.|[-*+])\s/gm;
const BOLD = /\*\*[^*\n]+\*\*|__[^_\n]+__/g;

const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function judgmentStyle(critique: string, score: number | null): JudgmentStyle {
  const cjk = countOf(critique, CJK);
  return {
    words: cjk + countOf(critique.replace(CJK, ' '), WORD),
    headers: countOf(critique, HEADER),
    lists: countOf(critique, LIST_ITEM),
    bold: countOf(critique, BOLD),
    score: typeof score === 'number' && Number.isFinite(score) ? score : null,
  };
}

/** (a − b)/(a + b + 1): LMArena's form of a count difference (bounded in (−1, 1), antisymmetric, 0 when equal). */
export function countDifference(a: number, b: number): number {
  return (a - b) / (a + b + 1);
}

/**
 * The battle's style vector A − B, in STYLE_FEATURES order: length, headers, lists, bold as count differences,
 * and the score difference score_A − score_B (0 unless both judges gave a score). Raw: the fit normalises.
 */
export function battleStyleFeatures(a: JudgmentStyle, b: JudgmentStyle): number[] {
  const features = [
    countDifference(a.words, b.words),
    countDifference(a.headers, b.headers),
    countDifference(a.lists, b.lists),
    countDifference(a.bold, b.bold),
    a.score !== null && b.score !== null ? a.score - b.score : 0,
  ];
  if (features.length !== STYLE_FEATURE_COUNT) throw new Error('style features out of step with STYLE_FEATURES');
  return features;
}

/** The style vector of a battle from its two critiques and scores (A first). */
export function styleOfBattle(critiques: readonly string[], scores: readonly (number | null)[]): number[] {
  return battleStyleFeatures(judgmentStyle(critiques[0] ?? '', scores[0] ?? null), judgmentStyle(critiques[1] ?? '', scores[1] ?? null));
}
