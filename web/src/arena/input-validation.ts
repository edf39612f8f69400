// Inline checks that mirror the API's limits, so a visitor learns what is wrong before sending. Pure.
import type { JudgeFormat } from '../api/types';
import type { FormatRubric } from './format-rubrics';

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
  /** likert: one per score description; empty in the other formats. */
  scores: (string | null)[];
  /** binary: the pass and fail descriptions; null in the other formats. */
  pass: string | null;
  fail: string | null;
}

export function rubricProblems(edit: FormatRubric, limits: Limits): RubricProblems {
  const check = (label: string, text: string) => textProblem(label, text, limits.maxRubricChars);
  const { rubric } = edit;
  return {
    criteria: check('The evaluation criteria', rubric.criteria),
    scores: edit.format === 'likert' ? edit.rubric.scores.map((text, i) => check(`The description for score ${i + 1}`, text)) : [],
    pass: edit.format === 'binary' ? check('The description of a pass', edit.rubric.pass) : null,
    fail: edit.format === 'binary' ? check('The description of a fail', edit.rubric.fail) : null,
  };
}

export function hasRubricProblem(problems: RubricProblems): boolean {
  return problems.criteria !== null || problems.scores.some((p) => p !== null) || problems.pass !== null || problems.fail !== null;
}

/** The sample's texts: likert and binary grade `response`; pairwise compares `first` and `second`. */
export interface SampleFields {
  input: string;
  response: string;
  first: string;
  second: string;
  reference: string;
  useReference: boolean;
}

/** The fields that hold a response to judge. */
export type ResponseField = 'response' | 'first' | 'second';

export type SampleProblems = { [F in 'input' | ResponseField | 'reference']: string | null };

/** The response fields a format judges. */
export function responseFieldsOf(format: JudgeFormat): readonly ResponseField[] {
  return format === 'pairwise' ? ['first', 'second'] : ['response'];
}

const RESPONSE_LABELS: Record<ResponseField, string> = { response: 'AI response', first: 'The first response', second: 'The second response' };

/**
 * Only the format's own response fields are checked. With the reference switch on, the reference answer is
 * required; with it off, it is not checked.
 */
export function sampleProblems(sample: SampleFields, format: JudgeFormat, limits: Limits): SampleProblems {
  const judged = responseFieldsOf(format);
  const response = (field: ResponseField) =>
    judged.includes(field) ? textProblem(RESPONSE_LABELS[field], sample[field], limits.maxTextChars) : null;
  return {
    input: textProblem('User input', sample.input, limits.maxTextChars),
    response: response('response'),
    first: response('first'),
    second: response('second'),
    reference: sample.useReference
      ? textProblem('Reference answer', sample.reference, limits.maxTextChars, true, false)
      : null,
  };
}

export function hasSampleProblem(problems: SampleProblems): boolean {
  return Object.values(problems).some((p) => p !== null);
}
