// The absolute-grading prompt (Prometheus style): rubric criteria, the five score descriptions and the reference
// when there is one; the judge answers with JSON {"feedback", "score"}, feedback first so the critique streams first.
import type { JudgeTask } from './types';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Enough for a few paragraphs of critique plus the JSON wrapper; long critiques are not more useful. */
export const JUDGE_MAX_TOKENS = 800;
export const JUDGE_TEMPERATURE = 0;

/** Every format's system prompt ends with this, so that no critique gives the judge away. */
export const NO_SELF_NAMING = 'Never mention your own name, model, version or the company that made you.';

export const JUDGE_SYSTEM_PROMPT =
  'You are a fair and strict evaluator. You assess a response against a score rubric and reply with a single JSON object. ' +
  NO_SELF_NAMING;

export function buildJudgeMessages(task: JudgeTask): ChatMessage[] {
  const reference = task.reference?.trim();
  const rubricLines = task.rubric.scores.map((description, i) => `Score ${i + 1}: ${description.trim()}`).join('\n');

  const user = [
    '###Task Description:',
    `An instruction (might include an Input inside it), a response to evaluate,${reference ? ' a reference answer that gets a score of 5,' : ''} and a score rubric representing an evaluation criteria are given.`,
    '1. Write a detailed feedback that assesses the quality of the response strictly based on the given score rubric, not evaluating in general.',
    '2. After writing the feedback, give a score that is an integer between 1 and 5, referring to the score rubric.',
    '3. Reply with a JSON object only, exactly in this form: {"feedback": "<your feedback>", "score": <an integer from 1 to 5>}',
    '4. Do not write anything before or after the JSON object.',
    '',
    '###The instruction to evaluate:',
    task.input.trim(),
    '',
    '###Response to evaluate:',
    task.response.trim(),
    '',
    ...(reference ? ['###Reference Answer (Score 5):', reference, ''] : []),
    '###Score Rubrics:',
    `[${task.rubric.criteria.trim()}]`,
    rubricLines,
    '',
    '###Feedback (as JSON):',
  ].join('\n');

  return [
    { role: 'system', content: JUDGE_SYSTEM_PROMPT },
    { role: 'user', content: user },
  ];
}
