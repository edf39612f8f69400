// The pairwise prompt (MT-Bench / Prometheus relative grading style): the input, two responses labelled First and
// Second in the order this judge is shown them, the criterion, the reference when there is one. The judge answers
// with JSON {"feedback", "verdict"}, feedback first; a tie is offered explicitly so a judge is never forced to pick.
import type { PairwiseTask } from './judge-formats';
import { NO_SELF_NAMING, type ChatMessage } from './prompt';

export const PAIRWISE_SYSTEM_PROMPT =
  'You are a fair and strict evaluator. You compare two responses against a criterion and reply with a single JSON object. ' +
  NO_SELF_NAMING;

export function buildPairwiseMessages(task: PairwiseTask): ChatMessage[] {
  const reference = task.reference?.trim();
  const [first, second] = task.responses;
  const user = [
    '###Task Description:',
    `An instruction (might include an Input inside it), two responses to it (the first response and the second response),${reference ? ' a reference answer,' : ''} and a criterion are given.`,
    '1. Write a detailed feedback that compares the two responses strictly based on the given criterion, not evaluating in general.',
    '2. The order in which the responses are presented and their length must not influence your decision.',
    '3. After writing the feedback, give a verdict: "first" if the first response better meets the criterion, "second" if the second response does, or "tie" if they meet it equally well.',
    '4. Reply with a JSON object only, exactly in this form: {"feedback": "<your feedback>", "verdict": "first", "second" or "tie"}',
    '5. Do not write anything before or after the JSON object.',
    '',
    '###The instruction to evaluate:',
    task.input.trim(),
    '',
    '###First response:',
    first.trim(),
    '',
    '###Second response:',
    second.trim(),
    '',
    ...(reference ? ['###Reference Answer:', reference, ''] : []),
    '###Criterion:',
    `[${task.rubric.criteria.trim()}]`,
    '',
    '###Feedback (as JSON):',
  ].join('\n');

  return [
    { role: 'system', content: PAIRWISE_SYSTEM_PROMPT },
    { role: 'user', content: user },
  ];
}
