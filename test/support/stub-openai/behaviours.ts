// What the stub "model" writes, chosen by the requested model name ("<behaviour>[:<tag>]").
// The tag only makes the model string unique per test, so call counts do not mix between tests/files.
// Judging behaviours answer in the format of the task they were sent (format-answers.ts): `ok` gives likert 4,
// binary pass, pairwise the response shown first; `verdict-<form>-<verdict>` gives that verdict in that textual form
// (e.g. verdict-brackets-second → "[[B]]", verdict-yesno-fail → "Passes: No", verdict-result-3 → "[RESULT] 3").
import {
  answerText,
  ANSWER_FORMS,
  formatOfRequest,
  longerShown,
  OK_VERDICTS,
  thinkingText,
  type AnswerForm,
  type StubMessage,
} from './format-answers';

/** Critique used by the `ok` behaviour; has a newline, quotes and a non-ASCII letter to exercise unescaping. */
export const OK_FEEDBACK =
  'The response answers the question directly.\nIt names "Paris" as the capital, which is correct — café-level detail is not needed.';
export const OK_SCORE = 4;

export const PROSE_FEEDBACK = 'The answer is correct but terse; it gives no supporting detail.';
export const PROSE_SCORE = 3;

/** Feedback written before the stream stalls; long enough to get past the name redactor's look-ahead. */
export const STALL_FEEDBACK_PREFIX =
  'The response starts well: it restates the question, names the right city and gives the river, and then it ';

export const NAMES_ITSELF_FEEDBACK = 'As GPT-4o, a model made by OpenAI, I find the response accurate but brief.';

export const SAMPLE = {
  input: 'What causes the seasons on Earth?',
  response: "The seasons are caused by the tilt of Earth's axis relative to its orbit around the Sun.",
  category: 'science',
};

export const ANSWER = 'Water boils at 100 °C at sea level.';

/** What `sample-pairwise` writes: the better response first, as generators tend to. */
export const PAIRWISE_SAMPLE = {
  input: 'How many minutes are there in a day?',
  responses: ['There are 1,440 minutes in a day (24 × 60).', 'A day has 24 hours, so roughly 1,000 minutes.'],
  better: 'first',
  category: 'reasoning',
};

/** What `sample-binary` writes, in prose around the JSON as some models do. */
export const BINARY_SAMPLE = {
  input: 'What is the boiling point of water at sea level in Fahrenheit?',
  response: 'Water boils at 100 °F at sea level.',
  verdict: 'fail',
  category: 'factual',
};

/**
 * `sample-any`: a generator that writes the sample its prompt asks for, as a real model does (one SAMPLE_GENERATOR
 * serves every format's pool). Told apart by the verdict key each prompt asks for.
 */
function sampleOfPrompt(messages: readonly StubMessage[] | undefined): object {
  const prompt = messages?.find((m) => m.role === 'user')?.content ?? '';
  if (prompt.includes('"better"')) return PAIRWISE_SAMPLE;
  if (prompt.includes('"verdict"')) return BINARY_SAMPLE;
  return SAMPLE;
}

/** JSON text with every non-ASCII char written as a \uXXXX escape, like some providers do. */
export function jsonWithAsciiEscapes(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Critique of the `huge` behaviour: about 60 KB, streamed in 12-character chunks. */
export const HUGE_FEEDBACK = 'The response is long and repeats itself. '.repeat(1500).trim();
export const HUGE_SCORE = 2;

/** Token usage the `ok-usage` behaviour reports, as OpenAI does: in a last chunk with `choices: []`, only when asked. */
export const STUB_USAGE = { prompt_tokens: 321, completion_tokens: 45, total_tokens: 366 };

/** Where a provider puts reasoning sent apart from the content: DeepSeek/Together/vLLM, or OpenRouter. */
export type ReasoningField = 'reasoning_content' | 'reasoning';

/** The reasoning of `slow-thinker`, sent in 12 pieces 100 ms apart. */
export const SLOW_THOUGHT = 'Weighing it. '.repeat(12);

/** The text that the `length-*` behaviours stop in the middle of (finish_reason "length"). */
export const CUT_OFF_JSON = '{"feedback": "The response is partly right, but it leaves out';

export type Plan =
  | {
      type: 'content';
      text: string;
      chunkChars?: number;
      gapMs?: number;
      usage?: typeof STUB_USAGE;
      /** Sent before the content, in `reasoningField` deltas. */
      reasoning?: string;
      reasoningField?: ReasoningField;
      /** Pause between reasoning chunks (default: the content's). */
      reasoningGapMs?: number;
      /** The last chunk's finish_reason; "stop" unless set. */
      finishReason?: string;
    }
  | { type: 'error'; status: number; retryAfter?: string; message?: string }
  | { type: 'slow-first-token'; text: string; delayMs: number }
  | { type: 'stall'; text: string; chunkLimit?: number; hangMs?: number }
  | { type: 'bad-sse' };

/** The answer in the request's format: a content plan, or a 400 when the case does not exist for that format. */
function answerPlan(messages: readonly StubMessage[] | undefined, form: AnswerForm, verdict: string): Plan {
  const answer = answerText(formatOfRequest(messages), form, verdict, OK_FEEDBACK);
  return 'error' in answer ? { type: 'error', status: 400, message: answer.error } : { type: 'content', text: answer.text };
}

/** `ok`'s answer: the likert JSON (non-ASCII escaped) for likert, the format's JSON otherwise. */
function okPlan(messages: readonly StubMessage[] | undefined): Plan {
  const format = formatOfRequest(messages);
  if (format === 'likert') return { type: 'content', text: jsonWithAsciiEscapes({ feedback: OK_FEEDBACK, score: OK_SCORE }) };
  return answerPlan(messages, 'json', OK_VERDICTS[format]);
}

/** `ok`'s answer, with a reasoning section before it that weighs and rejects another verdict. */
function thinkingPlan(messages: readonly StubMessage[] | undefined, where: 'tags' | 'template' | ReasoningField): Plan {
  const plan = okPlan(messages);
  if (plan.type !== 'content') return plan;
  const thinking = thinkingText(formatOfRequest(messages), OK_VERDICTS[formatOfRequest(messages)]);
  if (where === 'tags') return { ...plan, text: `<think>\n${thinking}\n</think>\n\n${plan.text}` };
  // The chat template opened the section in the prompt: the output starts inside it, only the closing tag shows.
  if (where === 'template') return { ...plan, text: `${thinking}\n</think>\n\n${plan.text}` };
  return { ...plan, reasoning: thinking, reasoningField: where };
}

/** `verdict-<form>-<verdict>`, e.g. verdict-brackets-tie; undefined for any other name. */
function verdictBehaviour(behaviour: string, messages: readonly StubMessage[] | undefined): Plan | undefined {
  const match = behaviour.match(/^verdict-([a-z]+)-([a-z0-9]+)$/);
  if (!match || !(ANSWER_FORMS as readonly string[]).includes(match[1])) return undefined;
  return answerPlan(messages, match[1] as AnswerForm, match[2]);
}

/** Decides what to do for the nth call (1-based) of a behaviour, given the messages the judge was sent. */
export function planFor(behaviour: string, callNumber: number, messages?: readonly StubMessage[]): Plan {
  const byVerdict = verdictBehaviour(behaviour, messages);
  if (byVerdict) return byVerdict;
  switch (behaviour) {
    case 'ok':
      return okPlan(messages);
    case 'think':
      return thinkingPlan(messages, 'tags');
    case 'think-names-itself': {
      // The reasoning, not the answer, gives the judge away (the fmt-api identity tests).
      const plan = okPlan(messages);
      return plan.type === 'content' ? { ...plan, text: `<think>${NAMES_ITSELF_FEEDBACK}</think>${plan.text}` } : plan;
    }
    case 'think-template':
      return thinkingPlan(messages, 'template');
    case 'reasoning-content':
      return thinkingPlan(messages, 'reasoning_content');
    case 'reasoning-field':
      return thinkingPlan(messages, 'reasoning');
    case 'length-mid-json':
      // The token limit cuts the answer off mid-JSON, as a provider does: finish_reason "length".
      return { type: 'content', text: CUT_OFF_JSON, finishReason: 'length' };
    case 'length-while-reasoning':
      // A reasoning model that spends the whole token budget thinking: reasoning deltas, no content, "length".
      return { type: 'content', text: '', reasoning: `${thinkingText(formatOfRequest(messages), '3')} But wait, let me also check`, reasoningField: 'reasoning_content', finishReason: 'length' };
    case 'slow-thinker': {
      // Thinks (reasoning deltas) for about 1.2 s before answering: longer than a 1 s first-token timeout.
      const plan = thinkingPlan(messages, 'reasoning_content') as Extract<Plan, { type: 'content' }>;
      return { ...plan, reasoning: SLOW_THOUGHT, reasoningGapMs: 100 };
    }
    case 'pairwise-longer':
      // Content-aware, unlike `ok`: prefers whichever response it was shown is longer, so its verdict in the visitor's
      // order does not depend on the order it was shown.
      return answerPlan(messages, 'json', longerShown(messages));
    case 'ok-usage':
      return { ...(planFor('ok', callNumber, messages) as Extract<Plan, { type: 'content' }>), usage: STUB_USAGE };
    case 'ok-prose':
      return { type: 'content', text: `Here is my evaluation.\nFeedback: ${PROSE_FEEDBACK}\n[RESULT] ${PROSE_SCORE}` };
    case 'ok-fenced':
      return { type: 'content', text: '```json\n' + JSON.stringify({ feedback: PROSE_FEEDBACK, score: PROSE_SCORE }) + '\n```' };
    case 'http500':
      return { type: 'error', status: 500 };
    case 'http503':
      return { type: 'error', status: 503 };
    case 'http429':
      return { type: 'error', status: 429, retryAfter: '1' };
    case 'http429-long':
      return { type: 'error', status: 429, retryAfter: '120' };
    case '429-then-ok':
      return callNumber === 1 ? { type: 'error', status: 429, retryAfter: '1' } : planFor('ok', callNumber, messages);
    case '500-then-ok':
      return callNumber === 1 ? { type: 'error', status: 500 } : planFor('ok', callNumber, messages);
    case 'http400':
      return { type: 'error', status: 400 };
    case 'http401':
      return { type: 'error', status: 401 };
    case 'slow-first-token':
      return { type: 'slow-first-token', text: jsonWithAsciiEscapes({ feedback: OK_FEEDBACK, score: OK_SCORE }), delayMs: 3000 };
    case 'stall-mid-stream':
      return { type: 'stall', text: `{"feedback": "${STALL_FEEDBACK_PREFIX}` };
    case 'stall-after-3':
      // Three chunks, then silence with the connection open until the client goes (no self-timeout).
      return { type: 'stall', text: `{"feedback": "${STALL_FEEDBACK_PREFIX}`, chunkLimit: 3, hangMs: Infinity };
    case 'huge':
      return { type: 'content', text: JSON.stringify({ feedback: HUGE_FEEDBACK, score: HUGE_SCORE }), chunkChars: 12, gapMs: 0 };
    case 'malformed':
      return { type: 'content', text: '{"feedback": "The response is partly right but' };
    case 'out-of-range':
      return { type: 'content', text: JSON.stringify({ feedback: 'Excellent beyond the scale.', score: 7 }) };
    case 'empty':
      return { type: 'content', text: '' };
    case 'names-itself':
      return { type: 'content', text: JSON.stringify({ feedback: NAMES_ITSELF_FEEDBACK, score: 3 }) };
    case 'bad-sse':
      return { type: 'bad-sse' };
    case 'sample':
      return { type: 'content', text: JSON.stringify(SAMPLE) };
    case 'sample-pairwise':
      return { type: 'content', text: JSON.stringify(PAIRWISE_SAMPLE) };
    case 'sample-binary':
      return { type: 'content', text: `Here is the test case:\n${JSON.stringify(BINARY_SAMPLE)}` };
    case 'sample-any':
      return { type: 'content', text: JSON.stringify(sampleOfPrompt(messages)) };
    case 'sample-any-but-pairwise':
      // Writes likert and binary samples, but answers a pairwise prompt with a single response (unreadable).
      return { type: 'content', text: JSON.stringify(sampleOfPrompt(messages) === PAIRWISE_SAMPLE ? SAMPLE : sampleOfPrompt(messages)) };
    case 'sample-bad':
      return { type: 'content', text: JSON.stringify({ input: '', response: 42 }) };
    case 'answer':
      return { type: 'content', text: ANSWER };
    default:
      return { type: 'error', status: 404 };
  }
}

/**
 * Cloudflare's documented Turnstile test secret keys: 1x…AA always passes, 2x…AA always fails,
 * 3x…AA fails as "token already spent". Any other secret is rejected as invalid.
 */
export const TURNSTILE_TEST_SECRETS = {
  pass: '1x0000000000000000000000000000000AA',
  fail: '2x0000000000000000000000000000000AA',
  spent: '3x0000000000000000000000000000000AA',
} as const;
