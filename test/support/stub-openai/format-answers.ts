// What the stub "judge" answers for a task of each format, in the textual forms real judges use. The format is read
// from the request's system prompt (each format has its own, src/judges/*-prompt.ts), so one stub model serves
// likert, binary and pairwise battles alike. Pure.
import { BINARY_SYSTEM_PROMPT } from '../../../src/judges/binary-prompt';
import { PAIRWISE_SYSTEM_PROMPT } from '../../../src/judges/pairwise-prompt';

export type StubFormat = 'likert' | 'binary' | 'pairwise';

export interface StubMessage {
  role: string;
  content: string;
}

/** The task's format, from the system prompt the judge was sent; likert for anything else. */
export function formatOfRequest(messages: readonly StubMessage[] | undefined): StubFormat {
  const system = messages?.find((m) => m.role === 'system')?.content;
  if (system === BINARY_SYSTEM_PROMPT) return 'binary';
  if (system === PAIRWISE_SYSTEM_PROMPT) return 'pairwise';
  return 'likert';
}

/** The two responses of a pairwise prompt, in the order this judge was shown them. */
export function shownResponses(messages: readonly StubMessage[] | undefined): [string, string] | undefined {
  const user = messages?.find((m) => m.role === 'user')?.content ?? '';
  const match = user.match(/###First response:\n([\s\S]*?)\n\n###Second response:\n([\s\S]*?)\n\n###/);
  return match ? [match[1], match[2]] : undefined;
}

export const BINARY_FEEDBACK = 'The response was checked against the criterion, claim by claim.';
export const PAIRWISE_FEEDBACK = 'Both responses were compared against the criterion, point by point.';

/** The verdict the `ok` behaviour gives in each format: likert 4 (OK_SCORE), binary pass, pairwise the response shown first. */
export const OK_VERDICTS = { likert: '4', binary: 'pass', pairwise: 'first' } as const satisfies Record<StubFormat, string>;

/** A verdict the stub can give: a score 1..5 (likert), pass/fail (binary), first/second/tie (pairwise). */
const VERDICTS: Record<StubFormat, readonly string[]> = {
  likert: ['1', '2', '3', '4', '5'],
  binary: ['pass', 'fail'],
  pairwise: ['first', 'second', 'tie'],
};

/**
 * The textual forms: `json` (the prompt's own), `brackets` (MT-Bench [[A]] / [[B]] / [[C]], binary [[PASS]]),
 * `result` ("[RESULT] A", "[RESULT] pass", "[RESULT] 4"), `verdict` ("Verdict: Response B", "Verdict: FAIL"),
 * `bare` (a lone PASS / FAIL line), `yesno` ("Passes: Yes" / "Passes: No").
 */
export const ANSWER_FORMS = ['json', 'brackets', 'result', 'verdict', 'bare', 'yesno'] as const;
export type AnswerForm = (typeof ANSWER_FORMS)[number];

const LETTER: Record<string, string> = { first: 'A', second: 'B', tie: 'C' };

function feedbackFor(format: StubFormat, likertFeedback: string): string {
  return format === 'likert' ? likertFeedback : format === 'binary' ? BINARY_FEEDBACK : PAIRWISE_FEEDBACK;
}

/**
 * The answer text for `verdict` in `form`, or an error message when that verdict or form does not exist for the
 * format (the stub then answers 400, so a test asking for an impossible case fails loudly).
 */
export function answerText(format: StubFormat, form: AnswerForm, verdict: string, likertFeedback: string): { text: string } | { error: string } {
  if (!VERDICTS[format].includes(verdict)) return { error: `stub: "${verdict}" is not a ${format} verdict (${VERDICTS[format].join(', ')})` };
  const feedback = feedbackFor(format, likertFeedback);
  const word = format === 'pairwise' && verdict !== 'tie' ? `Response ${LETTER[verdict]}` : verdict;
  switch (form) {
    case 'json':
      return { text: JSON.stringify(format === 'likert' ? { feedback, score: Number(verdict) } : { feedback, verdict }) };
    case 'result':
      return { text: `Feedback: ${feedback} [RESULT] ${format === 'pairwise' ? LETTER[verdict].replace('C', 'tie') : verdict}` };
    case 'brackets':
      if (format === 'likert') break;
      return { text: `${feedback}\n\n[[${format === 'pairwise' ? LETTER[verdict] : verdict.toUpperCase()}]]` };
    case 'verdict':
      if (format === 'likert') break;
      return { text: `${feedback}\n\nVerdict: ${format === 'binary' ? verdict.toUpperCase() : word}` };
    case 'bare':
      if (format !== 'binary') break;
      return { text: `${feedback}\n\n${verdict.toUpperCase()}` };
    case 'yesno':
      if (format !== 'binary') break;
      return { text: `${feedback}\n\nPasses: ${verdict === 'pass' ? 'Yes' : 'No'}` };
  }
  return { error: `stub: the ${form} form does not exist for ${format}` };
}

/** A verdict the judge considered and rejected while thinking: another one than `final`, written as JSON. */
export function rejectedVerdictJson(format: StubFormat, final: string): string {
  const other = VERDICTS[format].find((v) => v !== final) ?? final;
  return JSON.stringify(format === 'likert' ? { feedback: 'First thought: wrong.', score: Number(other) } : { feedback: 'First thought.', verdict: other });
}

/** Reasoning that weighs, and rejects, another verdict before settling on `final`. */
export function thinkingText(format: StubFormat, final: string): string {
  return `Let me think. My first reading gives ${rejectedVerdictJson(format, final)} but that is wrong on a second look. So the answer is ${final}.`;
}

/** For `pairwise-longer`: the verdict for the longer of the two shown responses (a tie when equally long). */
export function longerShown(messages: readonly StubMessage[] | undefined): string {
  const shown = shownResponses(messages);
  if (!shown || shown[0].length === shown[1].length) return 'tie';
  return shown[0].length > shown[1].length ? 'first' : 'second';
}
