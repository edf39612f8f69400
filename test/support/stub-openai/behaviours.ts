// What the stub "model" writes, chosen by the requested model name ("<behaviour>[:<tag>]").
// The tag only makes the model string unique per test, so call counts do not mix between tests/files.

/** Critique used by the `ok` behaviour; has a newline, quotes and a non-ASCII letter to exercise unescaping. */
export const OK_FEEDBACK =
  'The response answers the question directly.\nIt names "Paris" as the capital, which is correct — café-level detail is not needed.';
export const OK_SCORE = 4;
/** What the `think-pass` behaviour thinks before answering: it considers, then rejects, a fail verdict. */
export const THINK_REASONING = 'Is there an error? {"verdict": "fail"} maybe... No: the facts check out.';

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

/** JSON text with every non-ASCII char written as a \uXXXX escape, like some providers do. */
export function jsonWithAsciiEscapes(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Critique of the `huge` behaviour: about 60 KB, streamed in 12-character chunks. */
export const HUGE_FEEDBACK = 'The response is long and repeats itself. '.repeat(1500).trim();
export const HUGE_SCORE = 2;

/** Token usage the `ok-usage` behaviour reports, as OpenAI does: in a last chunk with `choices: []`, only when asked. */
export const STUB_USAGE = { prompt_tokens: 321, completion_tokens: 45, total_tokens: 366 };

export type Plan =
  | { type: 'content'; text: string; chunkChars?: number; gapMs?: number; usage?: typeof STUB_USAGE }
  | { type: 'error'; status: number; retryAfter?: string }
  | { type: 'slow-first-token'; text: string; delayMs: number }
  | { type: 'stall'; text: string; chunkLimit?: number; hangMs?: number }
  | { type: 'bad-sse' };

/** Decides what to do for the nth call (1-based) of a behaviour. */
export function planFor(behaviour: string, callNumber: number): Plan {
  switch (behaviour) {
    case 'ok':
      return { type: 'content', text: jsonWithAsciiEscapes({ feedback: OK_FEEDBACK, score: OK_SCORE }) };
    case 'pass': case 'fail': case 'first': case 'second': case 'tie': // a binary or pairwise verdict (issue 10)
      return { type: 'content', text: JSON.stringify({ feedback: OK_FEEDBACK, verdict: behaviour }) };
    case 'think-pass': // a reasoning model: a rejected verdict inside <think>, then its answer
      return { type: 'content', text: `<think>${THINK_REASONING}</think>${JSON.stringify({ feedback: OK_FEEDBACK, verdict: 'pass' })}` };
    case 'think-names-itself': // the reasoning, not the answer, gives the judge away
      return { type: 'content', text: `<think>${NAMES_ITSELF_FEEDBACK}</think>${JSON.stringify({ feedback: OK_FEEDBACK, verdict: 'pass' })}` };
    case 'ok-usage':
      return { ...(planFor('ok', callNumber) as Extract<Plan, { type: 'content' }>), usage: STUB_USAGE };
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
      return callNumber === 1 ? { type: 'error', status: 429, retryAfter: '1' } : planFor('ok', callNumber);
    case '500-then-ok':
      return callNumber === 1 ? { type: 'error', status: 500 } : planFor('ok', callNumber);
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
