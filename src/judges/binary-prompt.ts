// The pass/fail prompt, in the same style as the likert one (prompt.ts): the criterion with its descriptions of a
// pass and of a fail, the reference when there is one; the judge answers with JSON {"feedback", "verdict"},
// feedback first so the reasoning comes before the verdict and the critique streams first.
import type { BinaryTask } from './judge-formats';
import { evaluatorMessages, evaluatorSystemPrompt, type ChatMessage } from './prompt';

export const BINARY_SYSTEM_PROMPT = evaluatorSystemPrompt('check a response against a pass/fail criterion');

export function buildBinaryMessages(task: BinaryTask): ChatMessage[] {
  const reference = task.reference?.trim();
  return evaluatorMessages(BINARY_SYSTEM_PROMPT, task.input, {
    given: `a response to evaluate,${reference ? ' a reference answer that passes,' : ''} and a pass/fail criterion with a description of a pass and of a fail`,
    steps: [
      'Write a detailed feedback that assesses the response strictly against the given criterion, not evaluating in general.',
      'After writing the feedback, give a verdict: "pass" if the response matches the description of a pass, "fail" if it matches the description of a fail.',
    ],
    jsonForm: '{"feedback": "<your feedback>", "verdict": "pass" or "fail"}',
    sections: [['Response to evaluate', task.response], ...(reference ? [['Reference Answer (passes)', reference] as [string, string]] : [])],
    rubric: {
      heading: 'Criterion',
      criteria: task.rubric.criteria,
      lines: [`Pass: ${task.rubric.pass.trim()}`, `Fail: ${task.rubric.fail.trim()}`],
    },
  });
}
