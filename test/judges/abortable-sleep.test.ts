// The wait used before a retry and between offline chunks, on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep } from '../../src/judges/abortable-sleep';

describe('abortableSleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves true once the time has passed, not before', async () => {
    let done: boolean | undefined;
    void abortableSleep(1000).then((v) => (done = v));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('resolves false as soon as the signal aborts, and leaves no timer behind', async () => {
    const controller = new AbortController();
    let done: boolean | undefined;
    void abortableSleep(1000, controller.signal).then((v) => (done = v));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves false at once for a signal that is already aborted', async () => {
    expect(await abortableSleep(1000, AbortSignal.abort())).toBe(false);
  });
});
