// Baseline 3: form only. Is the response a sensible length for this request and rubric, complete, free of
// repetition and organised when long? It never looks at whether facts are right, and says so. The measuring lives in
// form-reading.ts; here are its readings per format.
import type { BinaryTask, LikertTask, PairwiseTask } from '../judge-formats';
import { expectedWordRange, readForm, type FormReading, type WordRange } from './form-reading';
import { pairwiseVerdict } from './pairwise-reading';
import { scoreFromThresholds } from './text-features';
import { binaryClosingLine, closingLine, judgeEachFormat, openingLine, type OfflineVerdict } from './verdict';

export { expectedWordRange } from './form-reading';

/** Two responses whose form measures differ by less than this are a tie. */
const FORM_TIE_MARGIN = 0.05;
/** A pass must be at least this close to the expected length (1 = inside the range). */
const FORM_PASS_LENGTH_FIT = 0.8;
/** A pass repeats at most this share of its sentences. */
const FORM_PASS_REPETITION = 0.2;

function formSentences(r: FormReading, range: WordRange): string[] {
  const lengthVerdict =
    r.wordCount === 0
      ? 'it is empty'
      : r.lengthFit === 1
        ? 'the length fits'
        : `it is ${r.lengthFit >= 0.8 ? 'slightly ' : ''}too ${r.tooShort ? 'short' : 'long'}`;
  // Each finding quotes or counts something of this response, so no sentence is the same for every sample.
  return [
    `Judging form only, not whether the content is correct: the response has ${r.wordCount} words in ${r.sentenceCount} ` +
      `sentence${r.sentenceCount === 1 ? '' : 's'}; I expected ${range.min}-${range.max} words (${range.why}), so ${lengthVerdict}.`,
    r.complete ? `It ends cleanly ("${r.ending}").` : r.wordCount > 0 ? `It seems to stop mid-sentence ("${r.ending}").` : '',
    r.repetition > 0 ? `${Math.round(r.repetition * 100)}% of its ${r.sentenceCount} sentences are repeats.` : '',
    r.long
      ? r.organised
        ? `Its ${r.wordCount} words are organised into ${r.listItems >= 2 ? `${r.listItems} list items` : `${r.paragraphs} paragraphs`}.`
        : `Its ${r.wordCount} words are one long block without paragraphs or lists.`
      : '',
  ].filter(Boolean);
}

function likert(task: LikertTask): OfflineVerdict {
  const range = expectedWordRange(task.input, task.rubric.criteria, task.reference);
  const r = readForm(task.response, range);
  const score = r.wordCount === 0 ? 1 : scoreFromThresholds(r.quality, [0.35, 0.55, 0.75, 0.9]);
  const critique = [openingLine({ format: 'likert', ...task }), ...formSentences(r, range), closingLine(score, task.rubric)];
  return { verdict: { format: 'likert', score }, critique: critique.join(' ') };
}

function pairwise(task: PairwiseTask): OfflineVerdict {
  const range = expectedWordRange(task.input, task.rubric.criteria, task.reference);
  return pairwiseVerdict(task, (response) => {
    const r = readForm(response, range);
    const fit = r.wordCount === 0 ? 'is empty' : r.lengthFit === 1 ? `fits the ${range.min}-${range.max} words expected (${range.why})` : `is too ${r.tooShort ? 'short' : 'long'} for the ${range.min}-${range.max} words expected (${range.why})`;
    const flaws = [
      r.wordCount > 0 && !r.complete ? `stops mid-sentence ("${r.ending}")` : '',
      r.repetition > 0 ? `repeats ${Math.round(r.repetition * 100)}% of its sentences` : '',
      r.long && !r.organised ? 'is one long block' : '',
    ].filter(Boolean);
    return {
      measure: r.quality,
      finding: `has ${r.wordCount} words in ${r.sentenceCount} sentences and ${fit}${flaws.length ? `; it ${flaws.join(', ')}` : ''}: a form measure of ${r.quality.toFixed(2)}.`,
    };
  }, FORM_TIE_MARGIN);
}

function binary(task: BinaryTask): OfflineVerdict {
  const range = expectedWordRange(task.input, `${task.rubric.criteria}\n${task.rubric.pass}\n${task.rubric.fail}`, task.reference);
  const r = readForm(task.response, range);
  const pass = r.lengthFit >= FORM_PASS_LENGTH_FIT && r.complete && r.repetition <= FORM_PASS_REPETITION && r.organised;
  const verdict = pass ? 'pass' : 'fail';
  const why =
    `a pass is within reach of ${range.min}-${range.max} words, ends cleanly, repeats at most ${Math.round(FORM_PASS_REPETITION * 100)}% of its sentences and is organised when long; ` +
    `this response has ${r.wordCount} words, ${r.complete ? 'a clean ending' : 'no clean ending'}, ${Math.round(r.repetition * 100)}% repeats and ${r.organised ? 'enough structure' : 'no structure'}`;
  const critique = [openingLine({ format: 'binary', ...task }), ...formSentences(r, range), binaryClosingLine(verdict, why, task.rubric, task.response)];
  return { verdict: { format: 'binary', verdict }, critique: critique.join(' ') };
}

export const judgeByLengthAndStructure = judgeEachFormat({ likert, binary, pairwise });
