// What the length-and-structure baseline measures: the response's length against what the request, the rubric or
// the reference implies, whether it ends cleanly, repeats itself, and is organised when long. Form only. Pure.
import { listItemCount, sentences, words } from './text-features';

const BRIEF = /\b(concise|brief|briefly|short|shortly|one sentence|single sentence|one word|tl;?dr|summari[sz]e|summary|succinct)\b/i;
const DETAILED = /\b(detailed|detail|thorough|in depth|in-depth|step by step|step-by-step|comprehensive|essay|elaborate|explain)\b/i;

export interface WordRange {
  min: number;
  max: number;
  why: string;
}

/** Expected word range: from the reference's length when there is one, else from the wording of request and rubric. */
export function expectedWordRange(input: string, rubricText: string, reference?: string): WordRange {
  const referenceWords = reference?.trim() ? words(reference).length : 0;
  if (referenceWords > 0) {
    return { min: Math.max(1, Math.floor(referenceWords / 2)), max: Math.max(8, referenceWords * 2), why: `the reference answer has ${referenceWords} words` };
  }
  const asks = `${input}\n${rubricText}`;
  if (BRIEF.test(asks)) return { min: 1, max: 80, why: 'the request or rubric asks for brevity' };
  if (DETAILED.test(asks)) return { min: 60, max: 700, why: 'the request or rubric asks for detail' };
  return { min: 12, max: 350, why: 'typical for a request like this' };
}

export interface FormReading {
  wordCount: number;
  sentenceCount: number;
  /** 1 inside the expected range, falling off outside it; 0 when empty. */
  lengthFit: number;
  tooShort: boolean;
  /** Share of sentences that repeat an earlier one. */
  repetition: number;
  /** Ends on a full stop, a closing bracket or code rather than mid-sentence. */
  complete: boolean;
  long: boolean;
  organised: boolean;
  paragraphs: number;
  listItems: number;
  /** The last few words, to quote. */
  ending: string;
  /** Length, ending, repetition and organisation combined: in [0, 1]. */
  quality: number;
}

export function readForm(response: string, range: WordRange): FormReading {
  const text = response.trim();
  const wordCount = words(text).length;
  const lengthFit = wordCount === 0 ? 0 : wordCount < range.min ? wordCount / range.min : wordCount > range.max ? range.max / wordCount : 1;

  const all = sentences(text).map((s) => words(s).join(' '));
  const repetition = all.length ? 1 - new Set(all).size / all.length : 0;

  // Truncated output usually stops mid-sentence; code blocks, lists and closing brackets are fine endings.
  const complete = wordCount > 0 && /(?:[.!?…:)\]}"'”’`*]|\d)\s*$/.test(text);

  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const listItems = listItemCount(text);
  const long = wordCount > 150;
  const organised = !long || paragraphs > 1 || listItems >= 2;

  const quality = wordCount === 0 ? 0 : 0.5 * lengthFit + 0.2 * (complete ? 1 : 0) + 0.2 * (1 - repetition) + 0.1 * (organised ? 1 : 0);
  const ending = `...${text.split(/\s+/).slice(-3).join(' ').slice(-40)}`;
  return {
    wordCount,
    sentenceCount: all.length,
    lengthFit,
    tooShort: wordCount < range.min,
    repetition,
    complete,
    long,
    organised,
    paragraphs,
    listItems,
    ending,
    quality,
  };
}
