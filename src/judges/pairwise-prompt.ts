// The pairwise prompt (MT-Bench / Prometheus relative grading style): the input, two responses labelled First and
// Second in the order this judge is shown them, the criterion, the reference when there is one. The judge answers
// with JSON {"feedback", "verdict"}, feedback first; a tie is offered explicitly so a judge is never forced to pick.
import type { PairwiseTask } from './judge-formats';
import { evaluatorMessages, evaluatorSystemPrompt, type ChatMessage } from './prompt';

export const PAIRWISE_SYSTEM_PROMPT = evaluatorSystemPrompt('compare two responses against a criterion');

export function buildPairwiseMessages(task: PairwiseTask): ChatMessage[] {
  const reference = task.reference?.trim();
  const [first, second] = task.responses;
  return evaluatorMessages(PAIRWISE_SYSTEM_PROMPT, task.input, {
    given: `two responses to it (the first response and the second response),${reference ? ' a reference answer,' : ''} and a criterion`,
    steps: [
      'Write a detailed feedback that compares the two responses strictly based on the given criterion, not evaluating in general.',
      'The order in which the responses are presented and their length must not influence your decision.',
      'After writing the feedback, give a verdict: "first" if the first response better meets the criterion, "second" if the second response does, or "tie" if they meet it equally well.',
    ],
    jsonForm: '{"feedback": "<your feedback>", "verdict": "first", "second" or "tie"}',
    sections: [
      ['First response', first],
      ['Second response', second],
      ...(reference ? [['Reference Answer', reference] as [string, string]] : []),
    ],
    rubric: { heading: 'Criterion', criteria: task.rubric.criteria, lines: [] },
  });
}
