// The pass/fail prompt, in the same style as the likert one (prompt.ts): the criterion with its descriptions of a
// pass and of a fail, the reference when there is one; the judge answers with JSON {"feedback", "verdict"},
// feedback first so the reasoning comes before the verdict and the critique streams first.
import type { BinaryTask } from './judge-formats';
import { NO_SELF_NAMING, type ChatMessage } from './prompt';

export const BINARY_SYSTEM_PROMPT =
  'You are a fair and strict evaluator. You check a response against a pass/fail criterion and reply with a single JSON object. ' +
  NO_SELF_NAMING;

export function buildBinaryMessages(task: BinaryTask): ChatMessage[] {
  const reference = task.reference?.trim();
  const user = [
    '###Task Description:',
    `An instruction (might include an Input inside it), a response to evaluate,${reference ? ' a reference answer that passes,' : ''} and a pass/fail criterion with a description of a pass and of a fail are given.`,
    '1. Write a detailed feedback that assesses the response strictly against the given criterion, not evaluating in general.',
    '2. After writing the feedback, give a verdict: "pass" if the response matches the description of a pass, "fail" if it matches the description of a fail.',
    '3. Reply with a JSON object only, exactly in this form: {"feedback": "<your feedback>", "verdict": "pass" or "fail"}',
    '4. Do not write anything before or after the JSON object.',
    '',
    '###The instruction to evaluate:',
    task.input.trim(),
    '',
    '###Response to evaluate:',
    task.response.trim(),
    '',
    ...(reference ? ['###Reference Answer (passes):', reference, ''] : []),
    '###Criterion:',
    `[${task.rubric.criteria.trim()}]`,
    `Pass: ${task.rubric.pass.trim()}`,
    `Fail: ${task.rubric.fail.trim()}`,
    '',
    '###Feedback (as JSON):',
  ].join('\n');

  return [
    { role: 'system', content: BINARY_SYSTEM_PROMPT },
    { role: 'user', content: user },
  ];
}
