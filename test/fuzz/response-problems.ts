// What is wrong with one API answer, whatever the request was: a 500, an undocumented 5xx, an error that is not
// `{ "error": { "code", "message" } }` JSON, an error message naming a judge, or a success that is not JSON/SSE.
// Pure, so the rules themselves are tested (response-problems.test.ts).
import { parseSse } from '../support/sse';

/**
 * The 5xx answers the API documents that a healthy deployment with offline judges may give (README / issue).
 * `storage_unavailable` (a vote while D1 cannot be read) is documented too, but D1 is healthy under the fuzz,
 * so there it would mean that something else failed and was reported as a storage outage.
 */
export const DOCUMENTED_5XX: Record<number, readonly string[]> = {
  502: ['generator_failed'],
  503: ['not_configured', 'no_judges', 'arena_resting', 'turnstile_unavailable'],
};

export interface Answer {
  method: string;
  /** The request is a battle stream (GET …/stream): its success is text/event-stream. */
  isStream: boolean;
  status: number;
  contentType: string | null;
  body: string;
  /** False when the client stopped reading early: only the status and headers are checked then. */
  complete: boolean;
  /** Everything the client sent (path, headers, body), so an echo of the client's own words is not a leak. */
  requestText: string;
  /** Judge ids, names and organizations that must not appear in an error message. */
  identities: readonly string[];
}

export function responseProblems(a: Answer): string[] {
  const problems: string[] = [];
  if (a.status === 500) problems.push('status 500');
  else if (a.status < 200 || a.status >= 600) problems.push(`status ${a.status} out of range`);
  else if (a.status >= 300 && a.status < 400) problems.push(`unexpected redirect status ${a.status}`);

  // HEAD answers carry no body by definition; their status alone is checked.
  if (a.method.toUpperCase() === 'HEAD') return problems;
  if (!a.complete) {
    const expected = a.isStream && a.status === 200 ? /^text\/event-stream\b/i : /^application\/json\b/i;
    if (!expected.test(a.contentType ?? '')) problems.push(`content-type is ${JSON.stringify(a.contentType)}`);
    return problems;
  }

  if (a.status >= 400) {
    const error = errorOf(a, problems);
    if (error && a.status >= 500 && !DOCUMENTED_5XX[a.status]?.includes(error.code)) {
      problems.push(`undocumented ${a.status} with code "${error.code}"`);
    }
    if (error) {
      const leaked = a.identities.filter((name) => error.message.includes(name) && !a.requestText.includes(name));
      if (leaked.length) problems.push(`error message names ${leaked.map((n) => `"${n}"`).join(', ')}`);
    }
  } else if (a.status >= 200 && a.status < 300) {
    if (a.isStream && a.status === 200) streamProblems(a, problems);
    else jsonProblems(a, problems);
  }
  return problems;
}

function errorOf(a: Answer, problems: string[]): { code: string; message: string } | null {
  if (!/^application\/json\b/i.test(a.contentType ?? '')) problems.push(`error content-type is ${JSON.stringify(a.contentType)}`);
  let body: unknown;
  try {
    body = JSON.parse(a.body);
  } catch {
    problems.push('error body is not JSON');
    return null;
  }
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  const shaped =
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    Object.keys(body).join() === 'error' &&
    error !== null &&
    typeof error === 'object' &&
    Object.keys(error).sort().join() === 'code,message' &&
    typeof error.code === 'string' &&
    /^[a-z][a-z_]*$/.test(error.code) &&
    typeof error.message === 'string' &&
    error.message.trim().length > 0;
  if (!shaped) {
    problems.push('error body is not { "error": { "code", "message" } }');
    return null;
  }
  return { code: error.code as string, message: error.message as string };
}

function jsonProblems(a: Answer, problems: string[]) {
  if (!/^application\/json\b/i.test(a.contentType ?? '')) problems.push(`success content-type is ${JSON.stringify(a.contentType)}`);
  try {
    JSON.parse(a.body);
  } catch {
    problems.push('success body is not JSON');
  }
}

function streamProblems(a: Answer, problems: string[]) {
  if (!/^text\/event-stream\b/i.test(a.contentType ?? '')) problems.push(`stream content-type is ${JSON.stringify(a.contentType)}`);
  try {
    const events = parseSse(a.body);
    if (events.at(-1)?.event !== 'done') problems.push('stream does not end with a "done" event');
  } catch {
    problems.push('stream has an event whose data is not JSON');
  }
}
