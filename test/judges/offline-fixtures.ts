// Helpers for the offline-baseline tests: tasks of each format from the bank, and the likert score of a verdict.
import type { FormatTask } from '../../src/judges/judge-formats';
import type { OfflineVerdict } from '../../src/judges/offline/verdict';
import { DEFAULT_PAIRWISE_RUBRIC } from '../../src/shared/format-rubric-presets';
import type { BinarySample, PairwiseSample } from '../../src/samples/format-bank';
import type { LikertJudgeTask } from './fixtures';

export type BinaryJudgeTask = Extract<FormatTask, { format: 'binary' }>;
export type PairwiseJudgeTask = Extract<FormatTask, { format: 'pairwise' }>;

export function likertScore(verdict: OfflineVerdict): number {
  if (verdict.verdict.format !== 'likert') throw new Error(`expected a likert verdict, got ${verdict.verdict.format}`);
  return verdict.verdict.score;
}

/** A baseline's likert reading as { score, critique }, as the likert tests were written. */
export function likertGrader(grade: (task: FormatTask) => OfflineVerdict) {
  return (task: LikertJudgeTask) => {
    const verdict = grade(task);
    return { score: likertScore(verdict), critique: verdict.critique };
  };
}

export function binaryTask(sample: BinarySample): BinaryJudgeTask {
  return { format: 'binary', input: sample.input, response: sample.response, reference: sample.reference, rubric: sample.rubric };
}

/** The sample as a pairwise task, its responses as stored or swapped. */
export function pairwiseTask(sample: PairwiseSample, swapped = false): PairwiseJudgeTask {
  const [first, second] = sample.responses;
  return {
    format: 'pairwise',
    input: sample.input,
    responses: swapped ? [second, first] : [first, second],
    reference: sample.reference,
    rubric: sample.rubric ?? DEFAULT_PAIRWISE_RUBRIC,
  };
}
