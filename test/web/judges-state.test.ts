import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../web/src/api/battle-stream';
import {
  anyRunning,
  applyStreamEvent,
  bothComplete,
  judgesFromSnapshot,
  UNFINISHED_MESSAGE,
  waitingJudges,
  type JudgesState,
} from '../../web/src/arena/judges-state';

const run = (events: StreamEvent[], start: JudgesState = waitingJudges()) => events.reduce(applyStreamEvent, start);

describe('judge panels driven by the stream', () => {
  it('appends deltas per judge, then replaces the text with the final critique and score', () => {
    const state = run([
      { type: 'delta', judge: 'A', text: 'The answer ' },
      { type: 'delta', judge: 'B', text: 'Too short' },
      { type: 'delta', judge: 'A', text: 'is clear.' },
    ]);
    expect(state.A).toMatchObject({ phase: 'streaming', text: 'The answer is clear.' });
    expect(state.B).toMatchObject({ phase: 'streaming', text: 'Too short' });
    expect(bothComplete(state)).toBe(false);

    const done = run(
      [
        { type: 'judgment', judge: 'A', score: 4, critique: 'Clear and correct.' },
        { type: 'judgment', judge: 'B', score: 2, critique: 'Misses the point.' },
        { type: 'done' },
      ],
      state,
    );
    expect(done.A).toEqual({ phase: 'complete', text: 'Clear and correct.', score: 4, error: null });
    expect(done.B.score).toBe(2);
    expect(bothComplete(done)).toBe(true);
    expect(anyRunning(done)).toBe(false);
  });

  it('a reset (reconnect replays from the start) clears what was shown', () => {
    const state = run([{ type: 'delta', judge: 'A', text: 'half' }, { type: 'reset' }, { type: 'delta', judge: 'A', text: 'whole' }]);
    expect(state.A.text).toBe('whole');
  });

  it('shows a judge error in that panel only, and voting stays closed', () => {
    const state = run([
      { type: 'judgment', judge: 'A', score: 5, critique: 'Great.' },
      { type: 'judge_error', judge: 'B', message: 'The judge took too long.' },
      { type: 'done' },
    ]);
    expect(state.A.phase).toBe('complete');
    expect(state.B).toMatchObject({ phase: 'error', error: 'The judge took too long.' });
    expect(bothComplete(state)).toBe(false);
  });

  it('marks a judge that never finished as failed when the battle is done', () => {
    const state = run([{ type: 'delta', judge: 'B', text: 'Hmm' }, { type: 'done' }]);
    expect(state.A).toMatchObject({ phase: 'error', error: UNFINISHED_MESSAGE });
    expect(state.B).toMatchObject({ phase: 'error', text: 'Hmm' });
  });

  it('ignores late deltas for a judge that already finished', () => {
    const state = run([
      { type: 'judgment', judge: 'A', score: 3, critique: 'Final' },
      { type: 'delta', judge: 'A', text: ' extra' },
    ]);
    expect(state.A.text).toBe('Final');
  });
});

describe('judge panels from a stored battle', () => {
  it('maps complete, error and pending judgments', () => {
    const state = judgesFromSnapshot({
      judgments: { A: { status: 'complete', score: 1, critique: 'Wrong.' }, B: { status: 'error', error: 'Failed.' } },
    });
    expect(state.A).toEqual({ phase: 'complete', text: 'Wrong.', score: 1, error: null });
    expect(state.B).toMatchObject({ phase: 'error', error: 'Failed.' });
    expect(judgesFromSnapshot({ judgments: { A: { status: 'pending' }, B: { status: 'pending' } } }).A.phase).toBe('waiting');
  });
});
