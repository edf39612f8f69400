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
    expect(done.A).toEqual({ phase: 'complete', text: 'Clear and correct.', reasoning: '', verdict: { format: 'likert', score: 4 }, error: null });
    expect(done.B.verdict).toEqual({ format: 'likert', score: 2 });
    expect(bothComplete(done)).toBe(true);
    expect(anyRunning(done)).toBe(false);
  });

  it('a reset (reconnect replays from the start) clears what was shown', () => {
    const state = run([
      { type: 'reasoning', judge: 'A', text: 'hmm' },
      { type: 'delta', judge: 'A', text: 'half' },
      { type: 'reset' },
      { type: 'delta', judge: 'A', text: 'whole' },
    ]);
    expect(state.A).toMatchObject({ text: 'whole', reasoning: '' });
  });

  it('streams the reasoning apart from the critique, and the judgment’s own texts replace both', () => {
    const streaming = run([
      { type: 'reasoning', judge: 'A', text: 'The user asks for 1969. ' },
      { type: 'reasoning', judge: 'A', text: 'The response says 1970.' },
      { type: 'delta', judge: 'A', text: '{"critique": "Wrong' },
    ]);
    expect(streaming.A).toMatchObject({ phase: 'streaming', reasoning: 'The user asks for 1969. The response says 1970.', text: '{"critique": "Wrong' });
    expect(streaming.B.phase).toBe('waiting');
    const judged = run(
      [{ type: 'judgment', judge: 'A', verdict: 'fail', critique: 'Wrong year.', reasoning: 'It says 1970; it was 1969.' }],
      streaming,
    );
    expect(judged.A).toEqual({
      phase: 'complete',
      text: 'Wrong year.',
      reasoning: 'It says 1970; it was 1969.',
      verdict: { format: 'binary', verdict: 'fail' },
      error: null,
    });
    // A judgment without reasoning leaves none: the final texts are the redacted ones, not what streamed.
    const bare = run([{ type: 'judgment', judge: 'A', verdict: 'pass', critique: 'Right.' }], streaming);
    expect(bare.A.reasoning).toBe('');
    expect(run([{ type: 'reasoning', judge: 'A', text: 'late' }], judged).A.reasoning).toBe('It says 1970; it was 1969.');
  });

  it('takes a pairwise verdict as it comes: in the order the visitor sees', () => {
    const state = run([
      { type: 'judgment', judge: 'A', verdict: 'second', critique: 'The second is right.', shownOrder: 'as_shown' },
      { type: 'judgment', judge: 'B', verdict: 'tie', critique: 'Equally good.', shownOrder: 'swapped' },
    ]);
    expect(state.A.verdict).toEqual({ format: 'pairwise', verdict: 'second' });
    expect(state.B.verdict).toEqual({ format: 'pairwise', verdict: 'tie' });
    expect(bothComplete(state)).toBe(true);
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
    expect(state.A).toEqual({ phase: 'complete', text: 'Wrong.', reasoning: '', verdict: { format: 'likert', score: 1 }, error: null });
    expect(state.B).toMatchObject({ phase: 'error', error: 'Failed.' });
    expect(judgesFromSnapshot({ judgments: { A: { status: 'pending' }, B: { status: 'pending' } } }).A.phase).toBe('waiting');
  });

  it('replays binary and pairwise verdicts with their reasoning, as the stream showed them', () => {
    const state = judgesFromSnapshot({
      judgments: {
        A: { status: 'complete', verdict: 'pass', critique: 'No error.', reasoning: 'Checked each date.' },
        B: { status: 'complete', verdict: 'first', critique: 'The first covers both parts.' },
      },
    });
    expect(state.A).toEqual({
      phase: 'complete',
      text: 'No error.',
      reasoning: 'Checked each date.',
      verdict: { format: 'binary', verdict: 'pass' },
      error: null,
    });
    expect(state.B).toMatchObject({ phase: 'complete', reasoning: '', verdict: { format: 'pairwise', verdict: 'first' } });
  });

  it('a failed judgment keeps the reasoning it had written, as the stream showed it', () => {
    const streamed = run([
      { type: 'reasoning', judge: 'B', text: 'Let me weigh both… ' },
      { type: 'judge_error', judge: 'B', message: 'This judge ran out of room before its answer.' },
    ]);
    const stored = judgesFromSnapshot({
      judgments: {
        A: { status: 'pending' },
        B: { status: 'error', error: 'This judge ran out of room before its answer.', reasoning: 'Let me weigh both… ' },
      },
    });
    expect(stored.B).toEqual(streamed.B);
  });

  it('a complete judgment without a verdict cannot be voted on: it shows as a failure', () => {
    const state = judgesFromSnapshot({ judgments: { A: { status: 'complete', critique: 'Hm.' }, B: { status: 'complete', score: 3 } } });
    expect(state.A.phase).toBe('error');
    expect(bothComplete(state)).toBe(false);
  });
});
