// Baseline 1: how much the response says what the reference answer says (word, phrase and number overlap).
// Without a reference it falls back to vocabulary similarity with the question, and says so.
import type { JudgeTask } from '../types';
import { bagF1, bigrams, contentTerms, cosine, numbers, percent, quoteList, scoreFromThresholds } from './text-features';
import { closingLine, openingLine, type OfflineVerdict } from './verdict';

export function judgeByReferenceOverlap(task: JudgeTask): OfflineVerdict {
  const responseTerms = contentTerms(task.response);
  const reference = task.reference?.trim();

  if (!reference) {
    // Lexical similarity between a question and its answer is naturally low, hence the low thresholds.
    const questionTerms = contentTerms(task.input);
    const similarity = cosine(responseTerms, questionTerms);
    const score = scoreFromThresholds(similarity, [0.05, 0.12, 0.2, 0.3]);
    const shared = [...new Set(questionTerms)].filter((t) => responseTerms.includes(t));
    // One sentence with the measurement and the words behind it, so it reads differently for every sample.
    const critique =
      `${openingLine(task)} No reference answer was given, so the response's vocabulary was compared with the ` +
      `question's instead: cosine similarity ${similarity.toFixed(2)}, ` +
      (responseTerms.length === 0
        ? `and the response has no content words at all (the question's key words include ${quoteList([...new Set(questionTerms)], 3)}). `
        : similarity < 0.05
          ? `and the response shares almost no key words with the question (${quoteList([...new Set(questionTerms)], 3)}) and may not be about what was asked. `
          : `and the response stays on the vocabulary of the question (${quoteList(shared, 3)}). `) +
      closingLine(score, task.rubric);
    return { score, critique };
  }

  const referenceTerms = contentTerms(reference);
  const words = bagF1(responseTerms, referenceTerms);
  const phrases = bagF1(bigrams(responseTerms), bigrams(referenceTerms));
  const referenceNumbers = [...new Set(numbers(reference))];
  const responseNumbers = new Set(numbers(task.response));
  const matchedNumbers = referenceNumbers.filter((n) => responseNumbers.has(n));
  const numberAgreement = referenceNumbers.length ? matchedNumbers.length / referenceNumbers.length : undefined;

  // Numbers (dates, amounts) often decide correctness, so they get their own weight when present.
  const quality =
    numberAgreement === undefined
      ? 0.7 * words.f1 + 0.3 * phrases.f1
      : 0.55 * words.f1 + 0.2 * phrases.f1 + 0.25 * numberAgreement;
  const score = scoreFromThresholds(quality, [0.15, 0.3, 0.45, 0.6]);

  const responseSet = new Set(responseTerms);
  const missing = [...new Set(referenceTerms)].filter((t) => !responseSet.has(t));
  const parts = [
    `${openingLine(task)} Compared with the reference answer word by word, the response covers ${percent(words.recall)} of the reference's key words (${percent(words.precision)} of its own key words are in the reference) and ${percent(phrases.recall)} of the reference's two-word phrases.`,
  ];
  if (numberAgreement !== undefined) {
    const missingNumbers = referenceNumbers.filter((n) => !responseNumbers.has(n));
    parts.push(
      missingNumbers.length
        ? `Of the numbers in the reference it matches ${matchedNumbers.length} of ${referenceNumbers.length}; missing: ${quoteList(missingNumbers)}.`
        : `It gives every number the reference gives (${quoteList(referenceNumbers)}).`,
    );
  }
  if (missing.length) parts.push(`Reference key words it does not use: ${quoteList(missing)}.`);
  parts.push(closingLine(score, task.rubric));
  return { score, critique: parts.join(' ') };
}
