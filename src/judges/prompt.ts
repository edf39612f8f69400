// The absolute-grading prompt (Prometheus style): rubric criteria, the five score descriptions and the reference
// when there is one; the judge answers with JSON {"feedback", "score"}, feedback first so the critique streams first.
// The frame every format's prompt shares (evaluatorMessages) lives here too; binary-prompt.ts and
// pairwise-prompt.ts fill it with their own parts.
import type { LikertTask } from './judge-formats';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Enough for a few paragraphs of critique plus the JSON wrapper; long critiques are not more useful. */
export const JUDGE_MAX_TOKENS = 800;
export const JUDGE_TEMPERATURE = 0;

/** Every format's system prompt ends with this, so that no critique gives the judge away. */
const NO_SELF_NAMING = 'Never mention your own name, model, version or the company that made you.';

/** A format's system prompt: what the evaluator does, then the common close. */
export function evaluatorSystemPrompt(job: string): string {
  return `You are a fair and strict evaluator. You ${job} and reply with a single JSON object. ${NO_SELF_NAMING}`;
}

export const JUDGE_SYSTEM_PROMPT = evaluatorSystemPrompt('assess a response against a score rubric');

/** A format's own parts of the user prompt. */
interface PromptParts {
  /** What is given besides the instruction, e.g. "a response to evaluate, and a score rubric …". */
  given: string;
  /** The format's steps; the two about the JSON reply are numbered after them. */
  steps: string[];
  /** The exact JSON form the judge must reply in. */
  jsonForm: string;
  /** Sections after the instruction, as [heading, text]: the response(s), the reference when there is one. */
  sections: [string, string][];
  /** The rubric's heading, its criteria (shown in brackets) and the lines after them. */
  rubric: { heading: string; criteria: string; lines: string[] };
}

export function evaluatorMessages(system: string, input: string, parts: PromptParts): ChatMessage[] {
  const steps = [
    ...parts.steps,
    `Reply with a JSON object only, exactly in this form: ${parts.jsonForm}`,
    'Do not write anything before or after the JSON object.',
  ];
  const sections: [string, string][] = [['The instruction to evaluate', input], ...parts.sections];
  const user = [
    '###Task Description:',
    `An instruction (might include an Input inside it), ${parts.given} are given.`,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    ...sections.flatMap(([heading, text]) => [`###${heading}:`, text.trim(), '']),
    `###${parts.rubric.heading}:`,
    `[${parts.rubric.criteria.trim()}]`,
    ...parts.rubric.lines,
    '',
    '###Feedback (as JSON):',
  ].join('\n');

  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

export function buildJudgeMessages(task: LikertTask): ChatMessage[] {
  const reference = task.reference?.trim();
  return evaluatorMessages(JUDGE_SYSTEM_PROMPT, task.input, {
    given: `a response to evaluate,${reference ? ' a reference answer that gets a score of 5,' : ''} and a score rubric representing an evaluation criteria`,
    steps: [
      'Write a detailed feedback that assesses the quality of the response strictly based on the given score rubric, not evaluating in general.',
      'After writing the feedback, give a score that is an integer between 1 and 5, referring to the score rubric.',
    ],
    jsonForm: '{"feedback": "<your feedback>", "score": <an integer from 1 to 5>}',
    sections: [['Response to evaluate', task.response], ...(reference ? [['Reference Answer (Score 5)', reference] as [string, string]] : [])],
    rubric: {
      heading: 'Score Rubrics',
      criteria: task.rubric.criteria,
      lines: task.rubric.scores.map((description, i) => `Score ${i + 1}: ${description.trim()}`),
    },
  });
}
