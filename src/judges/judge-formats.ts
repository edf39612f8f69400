// The three judging formats as types: what a judge is asked (the task) and what it answers (the verdict).
// Plain TypeScript, no zod: the API's per-format request schemas (src/shared/request-schemas.ts) infer types that
// satisfy these. No I/O here.
import type { BinaryRubric, JudgeFormat, PairwiseRubric } from '../shared/request-schemas';
import type { BinaryVerdict, PairwiseVerdict } from '../shared/api-types';
import type { Rubric } from './types';

export type { BinaryRubric, PairwiseRubric };

export type { JudgeFormat };

/** The likert rubric: criteria plus one description per score 1..5. */
export type LikertRubric = Rubric;

export interface LikertTask {
  input: string;
  response: string;
  reference?: string;
  rubric: LikertRubric;
}
export interface BinaryTask {
  input: string;
  response: string;
  reference?: string;
  rubric: BinaryRubric;
}
export interface PairwiseTask {
  input: string;
  /** In the order the judge is shown them (see pairwise-order.ts for the visitor's order). */
  responses: readonly [string, string];
  reference?: string;
  rubric: PairwiseRubric;
}

export type { BinaryVerdict, PairwiseVerdict };

interface TaskByFormat {
  likert: LikertTask;
  binary: BinaryTask;
  pairwise: PairwiseTask;
}

/** A task tagged with its format, flat like the API body: `{ format: 'binary', input, response, rubric }`. */
export type FormatTask = { [F in JudgeFormat]: { format: F } & TaskByFormat[F] }[JudgeFormat];

/** What a judge decided, shaped like the stream's judgment event minus judge and critique. */
export type FormatVerdict =
  | { format: 'likert'; score: number }
  | { format: 'binary'; verdict: BinaryVerdict }
  | { format: 'pairwise'; verdict: PairwiseVerdict };

/** The D1 columns of a verdict (judgments, judgment cache): likert's score, or the binary/pairwise verdict. */
export function verdictColumns(verdict: FormatVerdict) {
  return verdict.format === 'likert' ? { score: verdict.score, verdict: null } : { score: null, verdict: verdict.verdict };
}

/** Every text of a task, e.g. to find judge names in it (identity redaction) or to hash it (cache keys). */
export function formatTaskTexts(task: FormatTask): string[] {
  const shared = [task.input, task.reference ?? '', task.rubric.criteria];
  switch (task.format) {
    case 'likert':
      return [...shared, task.response, ...task.rubric.scores];
    case 'binary':
      return [...shared, task.response, task.rubric.pass, task.rubric.fail];
    case 'pairwise':
      return [...shared, ...task.responses];
  }
}
