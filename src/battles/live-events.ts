// The events of one judging run as Server-Sent Events bytes, for any number of viewers: a viewer who arrives
// gets everything so far in one piece, then each event as it happens. Writes never wait for a viewer, and a
// viewer who goes away is dropped: the run goes on without them.
import type { BattleEvent } from '../shared/api-types';
import { encodeSse, SSE_HEARTBEAT } from './events';

const encoder = new TextEncoder();
const HEARTBEAT_BYTES = encoder.encode(SSE_HEARTBEAT);

type Viewer = WritableStreamDefaultWriter<Uint8Array>;

export class LiveEvents {
  private readonly sent: Uint8Array[] = [];
  private readonly viewers = new Set<Viewer>();
  private ended = false;

  /** Events already complete (a finished battle): every viewer gets them all and the stream ends. */
  static finished(events: readonly BattleEvent[]): LiveEvents {
    const live = new LiveEvents();
    for (const event of events) live.emit(event);
    live.end();
    return live;
  }

  emit(event: BattleEvent): void {
    if (this.ended) return;
    const bytes = encoder.encode(encodeSse(event));
    this.sent.push(bytes);
    for (const viewer of this.viewers) this.send(viewer, bytes);
  }

  /** An SSE comment to every viewer, so idle connections (and proxies) do not time out while a judge thinks. */
  heartbeat(): void {
    for (const viewer of this.viewers) this.send(viewer, HEARTBEAT_BYTES);
  }

  /** A new viewer's stream: the events so far, then the live ones until the end. */
  subscribe(): ReadableStream<Uint8Array> {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const viewer = writable.getWriter();
    if (this.sent.length > 0) this.send(viewer, concat(this.sent));
    if (this.ended) viewer.close().catch(() => {});
    else this.viewers.add(viewer);
    return readable;
  }

  /** No more events: every viewer's stream ends after what it was sent. */
  end(): void {
    this.ended = true;
    for (const viewer of this.viewers) viewer.close().catch(() => {});
    this.viewers.clear();
  }

  get viewerCount(): number {
    return this.viewers.size;
  }

  private send(viewer: Viewer, bytes: Uint8Array): void {
    viewer.write(bytes).catch(() => this.viewers.delete(viewer));
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
