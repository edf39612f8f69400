// Baseline 3: form only. Is the response a sensible length for this request and rubric, complete,
// free of repetition and organised when long? It never looks at whether facts are right, and says so.
import type { JudgeTask } from '../types';
import { listItemCount, scoreFromThresholds, sentences, words } from './text-features';
import { closingLine, openingLine, type OfflineVerdict } from './verdict';

const BRIEF = /\b(concise|brief|briefly|short|shortly|one sentence|single sentence|one word|tl;?dr|summari[sz]e|summary|succinct)\b/i;
const DETAILED = /\b(detailed|detail|thorough|in depth|in-depth|step by step|step-by-step|comprehensive|essay|elaborate|explain)\b/i;

/** Expected word range: from the reference's length when there is one, else from wording of request and rubric. */
export function expectedWordRange(task: JudgeTask): { min: number; max: number; why: string } {
  const referenceWords = task.reference?.trim() ? words(task.reference).length : 0;
  if (referenceWords > 0) {
    return { min: Math.max(1, Math.floor(referenceWords / 2)), max: Math.max(8, referenceWords * 2), why: `the reference answer has ${referenceWords} words` };
  }
  const asks = `${task.input}\n${task.rubric.criteria}`;
  if (BRIEF.test(asks)) return { min: 1, max: 80, why: 'the request or rubric asks for brevity' };
  if (DETAILED.test(asks)) return { min: 60, max: 700, why: 'the request or rubric asks for detail' };
  return { min: 12, max: 350, why: 'typical for a request like this' };
}

function normalizedSentence(s: string): string {
  return words(s).join(' ');
}

export function judgeByLengthAndStructure(task: JudgeTask): OfflineVerdict {
  const response = task.response.trim();
  const wordCount = words(response).length;
  const range = expectedWordRange(task);

  const lengthFit =
    wordCount === 0 ? 0 : wordCount < range.min ? wordCount / range.min : wordCount > range.max ? range.max / wordCount : 1;

  const allSentences = sentences(response).map(normalizedSentence);
  const distinct = new Set(allSentences);
  const repetition = allSentences.length ? 1 - distinct.size / allSentences.length : 0;

  // Truncated output usually stops mid-sentence; code blocks, lists and closing brackets are fine endings.
  const complete = wordCount > 0 && /(?:[.!?…:)\]}"'”’`*]|\d)\s*$/.test(response);

  const paragraphs = response.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const listItems = listItemCount(response);
  const long = wordCount > 150;
  const organised = !long || paragraphs > 1 || listItems >= 2;

  const quality = 0.5 * lengthFit + 0.2 * (complete ? 1 : 0) + 0.2 * (1 - repetition) + 0.1 * (organised ? 1 : 0);
  const score = wordCount === 0 ? 1 : scoreFromThresholds(quality, [0.35, 0.55, 0.75, 0.9]);

  const lengthVerdict =
    wordCount === 0
      ? 'it is empty'
      : lengthFit === 1
        ? 'the length fits'
        : `it is ${lengthFit >= 0.8 ? 'slightly ' : ''}too ${wordCount < range.min ? 'short' : 'long'}`;
  const ending = `...${response.split(/\s+/).slice(-3).join(' ').slice(-40)}`;
  // Each finding quotes or counts something of this response, so no sentence is the same for every sample.
  const parts = [
    openingLine(task),
    `Judging form only, not whether the content is correct: the response has ${wordCount} words in ${allSentences.length} ` +
      `sentence${allSentences.length === 1 ? '' : 's'}; I expected ${range.min}-${range.max} words (${range.why}), so ${lengthVerdict}.`,
    complete ? `It ends cleanly ("${ending}").` : wordCount > 0 ? `It seems to stop mid-sentence ("${ending}").` : '',
    repetition > 0 ? `${Math.round(repetition * 100)}% of its ${allSentences.length} sentences are repeats.` : '',
    long
      ? organised
        ? `Its ${wordCount} words are organised into ${listItems >= 2 ? `${listItems} list items` : `${paragraphs} paragraphs`}.`
        : `Its ${wordCount} words are one long block without paragraphs or lists.`
      : '',
    closingLine(score, task.rubric),
  ];
  return { score, critique: parts.filter(Boolean).join(' ') };
}
