// Reads GET /api/battles/:id/stream with fetch (not EventSource) so reconnects are ours to control:
// each (re)connect replays the battle from the start, so we announce a `reset` before reading it.
import { errorFromResponse, NETWORK_ERROR_MESSAGE, RequestError } from './request-error';
import { SseParser, type ServerSentEvent } from './sse-parser';
import type { BattleEvent } from './types';
import { verdictOf } from '../arena/verdict';

/** The server's events, plus `reset`: a (re)connect replays the battle from the start. */
export type StreamEvent = { type: 'reset' } | BattleEvent;

/** Maps one server-sent event to a stream event; unknown or malformed events are ignored. */
export function parseStreamEvent(sse: ServerSentEvent): StreamEvent | null {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(sse.data || '{}');
  } catch {
    return null;
  }
  if (sse.event === 'done') return { type: 'done' };
  const judge = data.judge;
  if (judge !== 'A' && judge !== 'B') return null;
  switch (sse.event) {
    case 'delta':
    case 'reasoning':
      return typeof data.text === 'string' ? { type: sse.event, judge, text: data.text } : null;
    case 'judgment':
      return judgmentEvent(judge, data);
    case 'judge_error':
      return {
        type: 'judge_error',
        judge,
        message: typeof data.message === 'string' && data.message ? data.message : 'This judge could not finish.',
      };
    default:
      return null;
  }
}

/** A judgment carries its format's verdict (read by verdictOf): a likert `score`, or a binary or pairwise `verdict` (with its `shownOrder`). */
function judgmentEvent(judge: 'A' | 'B', data: Record<string, unknown>): BattleEvent | null {
  const base = {
    type: 'judgment' as const,
    judge,
    critique: typeof data.critique === 'string' ? data.critique : '',
    ...(typeof data.reasoning === 'string' && data.reasoning ? { reasoning: data.reasoning } : {}),
  };
  const verdict = verdictOf(data);
  switch (verdict?.format) {
    case 'likert':
      return { ...base, score: verdict.score };
    case 'binary':
      return { ...base, verdict: verdict.verdict };
    case 'pairwise':
      // The order the critique's "first" and "second" are in; the panel takes it from the battle, known before this.
      return { ...base, verdict: verdict.verdict, shownOrder: data.shownOrder === 'swapped' ? 'swapped' : 'as_shown' };
    default:
      return null;
  }
}

const RECONNECT_DELAYS_MS = [1000, 2000, 4000];
/** Judges time out on the server well before this; silence this long means the connection is dead. */
const STALL_MS = 90_000;

/**
 * Streams a battle until `done`. Resolves when done; rejects with a RequestError when the stream
 * cannot be (re)opened. Aborting `signal` stops quietly (resolves).
 */
export async function streamBattle(id: string, onEvent: (event: StreamEvent) => void, signal: AbortSignal): Promise<void> {
  let failures = 0;
  for (;;) {
    if (signal.aborted) return;
    const outcome = await readOnce(id, onEvent, signal);
    if (outcome === 'done' || signal.aborted) return;
    if (outcome instanceof RequestError && outcome.status >= 400 && outcome.status < 500 && outcome.status !== 429) {
      throw outcome; // the battle does not exist or cannot stream: retrying will not help
    }
    if (failures >= RECONNECT_DELAYS_MS.length) {
      throw outcome instanceof RequestError ? outcome : new RequestError(NETWORK_ERROR_MESSAGE, 0, 'network');
    }
    await sleep(RECONNECT_DELAYS_MS[failures++], signal);
  }
}

async function readOnce(
  id: string,
  onEvent: (event: StreamEvent) => void,
  signal: AbortSignal,
): Promise<'done' | 'dropped' | RequestError> {
  const connection = new AbortController();
  const stopConnection = () => connection.abort();
  signal.addEventListener('abort', stopConnection, { once: true });
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  const armStallTimer = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(stopConnection, STALL_MS);
  };
  try {
    armStallTimer();
    const response = await fetch(`/api/battles/${encodeURIComponent(id)}/stream`, {
      headers: { accept: 'text/event-stream' },
      signal: connection.signal,
    });
    if (!response.ok || !response.body) {
      const body: unknown = await response.json().catch(() => null);
      return errorFromResponse(response.status, body, response.headers.get('retry-after'));
    }
    onEvent({ type: 'reset' });
    const parser = new SseParser();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'dropped';
      armStallTimer();
      for (const sse of parser.feed(value)) {
        const event = parseStreamEvent(sse);
        if (!event) continue;
        onEvent(event);
        if (event.type === 'done') {
          reader.cancel().catch(() => {});
          return 'done';
        }
      }
    }
  } catch {
    return 'dropped';
  } finally {
    clearTimeout(stallTimer);
    signal.removeEventListener('abort', stopConnection);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
