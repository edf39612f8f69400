// Reads a battle's event stream as it arrives, the way a browser does, so a test can act between events
// (leave after the first delta) instead of only after the stream has ended.
import { createExecutionContext } from 'cloudflare:test';
import { createApp } from '../../src/app';
import { BASE } from './api';
import { parseSse, type SseRecord } from './sse';

const app = createApp();

export interface LiveStream {
  status: number;
  headers: Headers;
  /** Resolves with the events received so far once `predicate` holds for one of them (or the stream ended). */
  until(predicate: (event: SseRecord) => boolean): Promise<SseRecord[]>;
  /** Reads to the end of the stream: every event received. */
  rest(): Promise<SseRecord[]>;
  /** The viewer goes away (closes the tab): the stream is cancelled. */
  leave(): Promise<void>;
}

export async function openStream(testEnv: Env, battleId: string, ip = '198.51.100.30'): Promise<LiveStream> {
  const request = new Request(`${BASE}/api/battles/${battleId}/stream`, { headers: { 'cf-connecting-ip': ip } });
  const res = await app.fetch(request, testEnv, createExecutionContext());
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const events: SseRecord[] = [];
  let ended = false;

  /** Reads one chunk; false at the end of the stream. */
  async function readMore(): Promise<boolean> {
    const { value, done } = await reader.read();
    if (done) {
      ended = true;
      return false;
    }
    buffered += decoder.decode(value, { stream: true });
    const complete = buffered.lastIndexOf('\n\n');
    if (complete !== -1) {
      events.push(...parseSse(buffered.slice(0, complete + 2)));
      buffered = buffered.slice(complete + 2);
    }
    return true;
  }

  return {
    status: res.status,
    headers: res.headers,
    async until(predicate) {
      while (!events.some(predicate) && !ended && (await readMore()));
      return [...events];
    },
    async rest() {
      while (!ended && (await readMore()));
      return [...events];
    },
    async leave() {
      await reader.cancel();
    },
  };
}
