// Helpers for the offline-baseline tests: tasks of each format from the bank, and the likert score of a verdict.
import type { FormatTask, LikertTask } from '../../src/judges/judge-formats';
import type { OfflineVerdict } from '../../src/judges/offline/verdict';
import { DEFAULT_PAIRWISE_RUBRIC } from '../../src/shared/format-rubric-presets';
import type { BinarySample, PairwiseSample } from '../../src/samples/format-bank';

export type LikertJudgeTask = Extract<FormatTask, { format: 'likert' }>;
export type BinaryJudgeTask = Extract<FormatTask, { format: 'binary' }>;
export type PairwiseJudgeTask = Extract<FormatTask, { format: 'pairwise' }>;

export function likertScore(verdict: OfflineVerdict): number {
  if (verdict.verdict.format !== 'likert') throw new Error(`expected a likert verdict, got ${verdict.verdict.format}`);
  return verdict.verdict.score;
}

/** A likert task (fixtures.ts) tagged with its format, as judges take it. */
export function likertTask(task: LikertTask): LikertJudgeTask {
  return { format: 'likert', ...task };
}

/** A baseline's likert reading of a likert task as { score, critique }, as the likert tests were written. */
export function likertGrader(grade: (task: FormatTask) => OfflineVerdict) {
  return (task: LikertTask) => {
    const verdict = grade(likertTask(task));
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
