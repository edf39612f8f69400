// Shared test data for the judge tests.
import type { JudgeTask, Rubric } from '../../src/judges/types';

/** A likert task, as the judges take it. */
export type LikertJudgeTask = Extract<JudgeTask, { format: 'likert' }>;

export const HELPFULNESS: Rubric = {
  criteria: 'Does the response answer the user accurately and helpfully?',
  scores: [
    'The response ignores the question or is wrong.',
    'The response is mostly wrong or off-topic.',
    'The response is partly correct but incomplete.',
    'The response is correct with minor gaps.',
    'The response is correct, complete and clear.',
  ],
};

export const FRANCE_TASK: LikertJudgeTask = {
  format: 'likert',
  input: 'What is the capital of France, and which river flows through it?',
  response: 'The capital of France is Paris, and the river Seine flows through it.',
  rubric: HELPFULNESS,
};

export function task(overrides: Partial<LikertJudgeTask>): LikertJudgeTask {
  return { ...FRANCE_TASK, ...overrides };
}

/** Feeds text through a push/end streamer in chunks of `size` and returns everything it emitted. */
export function streamInChunks(streamer: { push(t: string): string; end(): string }, text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(streamer.push(text.slice(i, i + size)));
  out.push(streamer.end());
  return out;
}
