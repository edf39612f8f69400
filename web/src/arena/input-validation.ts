// Inline checks that mirror the API's limits, so a visitor learns what is wrong before sending. Pure.
import type { Rubric } from '../api/types';

export interface Limits {
  maxTextChars: number;
  maxRubricChars: number;
}

/**
 * A message for a text field, or null when it is fine. Like the API, the length limit applies to the
 * trimmed text unless `trimmed` is false (the API does not trim the reference answer).
 */
export function textProblem(label: string, value: string, maxChars: number, required = true, trimmed = true): string | null {
  if (required && value.trim() === '') return `${label} is required.`;
  const length = trimmed ? value.trim().length : value.length;
  if (length > maxChars) {
    const over = length - maxChars;
    return `${label} is ${over.toLocaleString('en')} character${over === 1 ? '' : 's'} too long (at most ${maxChars.toLocaleString('en')}).`;
  }
  return null;
}

export interface RubricProblems {
  criteria: string | null;
  scores: (string | null)[];
}

export function rubricProblems(rubric: Rubric, limits: Limits): RubricProblems {
  return {
    criteria: textProblem('The evaluation criteria', rubric.criteria, limits.maxRubricChars),
    scores: rubric.scores.map((text, i) => textProblem(`The description for score ${i + 1}`, text, limits.maxRubricChars)),
  };
}

export function hasRubricProblem(problems: RubricProblems): boolean {
  return problems.criteria !== null || problems.scores.some((p) => p !== null);
}

export interface SampleFields {
  input: string;
  response: string;
  reference: string;
  useReference: boolean;
}

export interface SampleProblems {
  input: string | null;
  response: string | null;
  reference: string | null;
}

/** With the reference switch on, the reference answer is required; with it off, it is not checked. */
export function sampleProblems(sample: SampleFields, limits: Limits): SampleProblems {
  return {
    input: textProblem('User input', sample.input, limits.maxTextChars),
    response: textProblem('AI response', sample.response, limits.maxTextChars),
    reference: sample.useReference
      ? textProblem('Reference answer', sample.reference, limits.maxTextChars, true, false)
      : null,
  };
}

export function hasSampleProblem(problems: SampleProblems): boolean {
  return problems.input !== null || problems.response !== null || problems.reference !== null;
}
