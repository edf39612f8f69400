// The vocabulary of the binary and pairwise bank samples (issue 10), kept apart from the likert Sample. No I/O here.
import type { BinaryRubric, PairwiseRubric } from '../shared/request-schemas';
import type { SampleCategory } from './types';

/** Which of the two responses a careful grader prefers, in the order they are stored. */
export type PairwisePreference = 'first' | 'second' | 'tie';

/** 'clear': one response is plainly better; 'close': a close call, where careful graders may disagree. */
export type PairwiseDifficulty = 'clear' | 'close';

/**
 * What the author of a pairwise sample expects of a careful grader. Internal (like Sample.quality): for tests and
 * for analysing judges; never sent to the browser.
 */
export interface PairwiseExpectation {
  preferred: PairwisePreference;
  difficulty: PairwiseDifficulty;
  /** One sentence on why, for a reviewer of the bank. */
  why: string;
}

/** A user input and two responses to compare, optionally with a reference answer and a rubric of its own. */
export interface PairwiseSample {
  /** Stable id, e.g. 'pairwise-coding-003'; never reused for different content. */
  id: string;
  category: SampleCategory;
  input: string;
  /** The two responses, first and second, as stored (the order a judge sees is drawn per judge). */
  responses: readonly [string, string];
  reference?: string;
  /** When absent, the visitor's or the default pairwise rubric applies. */
  rubric?: PairwiseRubric;
  expected: PairwiseExpectation;
}

/** A user input and a response to check against the sample's own pass/fail criterion. */
export interface BinarySample {
  /** Stable id, e.g. 'binary-factual-002'; never reused for different content. */
  id: string;
  category: SampleCategory;
  input: string;
  response: string;
  reference?: string;
  /** Every binary sample carries the criterion it was written for. */
  rubric: BinaryRubric;
  /** The verdict a careful grader gives. Internal: never sent to the browser. */
  expected: 'pass' | 'fail';
}
