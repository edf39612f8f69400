// Baseline 1: how much the response says what the reference answer says (word, phrase and number overlap).
// Without a reference it falls back to vocabulary similarity with the question, and says so. The measuring lives in
// overlap-reading.ts; here are its readings per format.
import type { BinaryTask, LikertTask, PairwiseTask } from '../judge-formats';
import { readOverlap, readQuestionSimilarity, unsupportedNumbers, type OverlapReading } from './overlap-reading';
import { pairwiseVerdict } from './pairwise-reading';
import { percent, quoteList, scoreFromThresholds } from './text-features';
import { binaryClosingLine, closingLine, judgeEachFormat, openingLine, type OfflineVerdict } from './verdict';

/** Two responses whose overlap differs by less than this are a tie. */
const OVERLAP_TIE_MARGIN = 0.04;
/** With a reference, a pass must reach this word F1 with it; without one, this similarity with the question. */
const OVERLAP_PASS_F1 = 0.2;
const SIMILARITY_PASS = 0.12;

function overlapSentences(r: OverlapReading): string[] {
  const parts = [
    `Compared with the reference answer word by word, the response covers ${percent(r.words.recall)} of the reference's key words (${percent(r.words.precision)} of its own key words are in the reference) and ${percent(r.phrases.recall)} of the reference's two-word phrases.`,
  ];
  if (r.numberAgreement !== undefined) {
    const missingNumbers = r.referenceNumbers.filter((n) => !r.matchedNumbers.includes(n));
    parts.push(
      missingNumbers.length
        ? `Of the numbers in the reference it matches ${r.matchedNumbers.length} of ${r.referenceNumbers.length}; missing: ${quoteList(missingNumbers)}.`
        : `It gives every number the reference gives (${quoteList(r.referenceNumbers)}).`,
    );
  }
  if (r.missing.length) parts.push(`Reference key words it does not use: ${quoteList(r.missing)}.`);
  return parts;
}

function noReferenceSentence(input: string, response: string): { similarity: number; sentence: string } {
  const q = readQuestionSimilarity(input, response);
  const sentence =
    `No reference answer was given, so the response's vocabulary was compared with the question's instead: cosine similarity ${q.similarity.toFixed(2)}, ` +
    (q.responseTermCount === 0
      ? `and the response has no content words at all (the question's key words include ${quoteList(q.questionTerms, 3)}).`
      : q.similarity < 0.05
        ? `and the response shares almost no key words with the question (${quoteList(q.questionTerms, 3)}) and may not be about what was asked.`
        : `and the response stays on the vocabulary of the question (${quoteList(q.shared, 3)}).`);
  return { similarity: q.similarity, sentence };
}

function likert(task: LikertTask): OfflineVerdict {
  const opening = openingLine({ format: 'likert', ...task });
  const reference = task.reference?.trim();
  if (!reference) {
    const { similarity, sentence } = noReferenceSentence(task.input, task.response);
    // Lexical similarity between a question and its answer is naturally low, hence the low thresholds.
    const score = scoreFromThresholds(similarity, [0.05, 0.12, 0.2, 0.3]);
    return { verdict: { format: 'likert', score }, critique: `${opening} ${sentence} ${closingLine(score, task.rubric)}` };
  }
  const reading = readOverlap(task.response, reference);
  const score = scoreFromThresholds(reading.quality, [0.15, 0.3, 0.45, 0.6]);
  const [first, ...rest] = overlapSentences(reading);
  return { verdict: { format: 'likert', score }, critique: [`${opening} ${first}`, ...rest, closingLine(score, task.rubric)].join(' ') };
}

function pairwise(task: PairwiseTask): OfflineVerdict {
  const reference = task.reference?.trim();
  return pairwiseVerdict(task, (response) => {
    if (!reference) {
      const q = readQuestionSimilarity(task.input, response);
      return {
        measure: q.similarity,
        finding: `has no reference to compare with, so its vocabulary was compared with the question's: cosine similarity ${q.similarity.toFixed(2)}${q.shared.length ? `, sharing ${quoteList(q.shared, 3)}` : ', sharing none of its key words'}.`,
      };
    }
    const r = readOverlap(response, reference);
    const numbers = r.numberAgreement === undefined ? '' : `, ${r.matchedNumbers.length} of the reference's ${r.referenceNumbers.length} numbers`;
    return {
      measure: r.quality,
      finding: `covers ${percent(r.words.recall)} of the reference's key words and ${percent(r.phrases.recall)} of its two-word phrases${numbers}${r.missing.length ? `, leaving out ${quoteList(r.missing, 3)}` : ''}: an overlap of ${r.quality.toFixed(2)}.`,
    };
  }, OVERLAP_TIE_MARGIN);
}

function binary(task: BinaryTask): OfflineVerdict {
  const opening = openingLine({ format: 'binary', ...task });
  const reference = task.reference?.trim();
  if (!reference) {
    const { similarity, sentence } = noReferenceSentence(task.input, task.response);
    const verdict = similarity >= SIMILARITY_PASS ? 'pass' : 'fail';
    const why = `without a reference a pass must stay on the question's vocabulary (cosine similarity at least ${SIMILARITY_PASS.toFixed(2)}, here ${similarity.toFixed(2)})`;
    return { verdict: { format: 'binary', verdict }, critique: `${opening} ${sentence} ${binaryClosingLine(verdict, why, task.rubric, task.response)}` };
  }
  const reading = readOverlap(task.response, reference);
  // A figure the response gives that neither the reference nor the question has is the measurable sign of a
  // contradicted or invented claim.
  const unsupported = unsupportedNumbers(task.response, `${reference}\n${task.input}`);
  const verdict = reading.words.f1 >= OVERLAP_PASS_F1 && unsupported.length === 0 ? 'pass' : 'fail';
  const why =
    `a pass agrees with the reference (word F1 at least ${OVERLAP_PASS_F1.toFixed(2)}, here ${reading.words.f1.toFixed(2)}) and gives no number the reference and question lack` +
    (unsupported.length ? ` (this one gives ${quoteList(unsupported)})` : ` (it gives none of those)`);
  const [first, ...rest] = overlapSentences(reading);
  return { verdict: { format: 'binary', verdict }, critique: [`${opening} ${first}`, ...rest, binaryClosingLine(verdict, why, task.rubric, task.response)].join(' ') };
}

export const judgeByReferenceOverlap = judgeEachFormat({ likert, binary, pairwise });
