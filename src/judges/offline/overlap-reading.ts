// What the reference-overlap baseline measures: a response's word, phrase and number overlap with the reference
// answer, or, without one, its vocabulary similarity with the question. Pure.
import { bagF1, bigrams, contentTerms, cosine, numbers } from './text-features';

export interface OverlapReading {
  words: { precision: number; recall: number; f1: number };
  phrases: { precision: number; recall: number; f1: number };
  referenceNumbers: string[];
  matchedNumbers: string[];
  /** Share of the reference's numbers the response gives; undefined when the reference has none. */
  numberAgreement: number | undefined;
  /** The reference's key words the response does not use. */
  missing: string[];
  /** Words, phrases and numbers combined: in [0, 1]. */
  quality: number;
}

export function readOverlap(response: string, reference: string): OverlapReading {
  const responseTerms = contentTerms(response);
  const referenceTerms = contentTerms(reference);
  const words = bagF1(responseTerms, referenceTerms);
  const phrases = bagF1(bigrams(responseTerms), bigrams(referenceTerms));
  const referenceNumbers = [...new Set(numbers(reference))];
  const responseNumbers = new Set(numbers(response));
  const matchedNumbers = referenceNumbers.filter((n) => responseNumbers.has(n));
  const numberAgreement = referenceNumbers.length ? matchedNumbers.length / referenceNumbers.length : undefined;
  // Numbers (dates, amounts) often decide correctness, so they get their own weight when present.
  const quality =
    numberAgreement === undefined ? 0.7 * words.f1 + 0.3 * phrases.f1 : 0.55 * words.f1 + 0.2 * phrases.f1 + 0.25 * numberAgreement;
  const responseSet = new Set(responseTerms);
  const missing = [...new Set(referenceTerms)].filter((t) => !responseSet.has(t));
  return { words, phrases, referenceNumbers, matchedNumbers, numberAgreement, missing, quality };
}

/** The numbers in `response` that `source` never gives. */
export function unsupportedNumbers(response: string, source: string): string[] {
  const known = new Set(numbers(source));
  return [...new Set(numbers(response))].filter((n) => !known.has(n));
}

export interface QuestionSimilarity {
  similarity: number;
  questionTerms: string[];
  shared: string[];
  responseTermCount: number;
}

/** Cosine similarity of the response's vocabulary with the question's. */
export function readQuestionSimilarity(input: string, response: string): QuestionSimilarity {
  const responseTerms = contentTerms(response);
  const questionTerms = contentTerms(input);
  const distinct = [...new Set(questionTerms)];
  return {
    similarity: cosine(responseTerms, questionTerms),
    questionTerms: distinct,
    shared: distinct.filter((t) => responseTerms.includes(t)),
    responseTermCount: responseTerms.length,
  };
}
