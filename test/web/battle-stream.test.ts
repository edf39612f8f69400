import { describe, expect, it } from 'vitest';
import { parseStreamEvent } from '../../web/src/api/battle-stream';

describe('parseStreamEvent', () => {
  it('maps each server event to its typed form', () => {
    expect(parseStreamEvent({ event: 'delta', data: '{"judge":"A","text":"Good"}' })).toEqual({
      type: 'delta',
      judge: 'A',
      text: 'Good',
    });
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"B","score":3,"critique":"Meh"}' })).toEqual({
      type: 'judgment',
      judge: 'B',
      score: 3,
      critique: 'Meh',
    });
    expect(parseStreamEvent({ event: 'reasoning', data: '{"judge":"A","text":"Let me think"}' })).toEqual({
      type: 'reasoning',
      judge: 'A',
      text: 'Let me think',
    });
    expect(parseStreamEvent({ event: 'judge_error', data: '{"judge":"A","message":"Timed out"}' })).toEqual({
      type: 'judge_error',
      judge: 'A',
      message: 'Timed out',
    });
    expect(parseStreamEvent({ event: 'done', data: '{}' })).toEqual({ type: 'done' });
  });

  it("reads each format's verdict, and the judgment's reasoning when it has one", () => {
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"A","verdict":"fail","critique":"Wrong date.","reasoning":"1969, not 1970."}' })).toEqual({
      type: 'judgment',
      judge: 'A',
      verdict: 'fail',
      critique: 'Wrong date.',
      reasoning: '1969, not 1970.',
    });
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"B","verdict":"second","critique":"Shorter and right.","shownOrder":"swapped"}' })).toEqual({
      type: 'judgment',
      judge: 'B',
      verdict: 'second',
      critique: 'Shorter and right.',
      shownOrder: 'swapped',
    });
    // A pairwise judgment without a known order reads as the visitor's order.
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"B","verdict":"tie","critique":"Both fine.","reasoning":"","shownOrder":"sideways"}' })).toEqual({
      type: 'judgment',
      judge: 'B',
      verdict: 'tie',
      critique: 'Both fine.',
      shownOrder: 'as_shown',
    });
  });

  it('drops malformed or unknown events instead of throwing', () => {
    expect(parseStreamEvent({ event: 'delta', data: 'not json' })).toBeNull();
    expect(parseStreamEvent({ event: 'delta', data: '{"judge":"C","text":"x"}' })).toBeNull();
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"A","score":"5"}' })).toBeNull();
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"A","verdict":"A"}' })).toBeNull();
    expect(parseStreamEvent({ event: 'judgment', data: '{"judge":"A","critique":"No verdict."}' })).toBeNull();
    expect(parseStreamEvent({ event: 'reasoning', data: '{"judge":"B"}' })).toBeNull();
    expect(parseStreamEvent({ event: 'mystery', data: '{"judge":"A"}' })).toBeNull();
  });

  it('gives a judge error a message even when the server sent none', () => {
    const event = parseStreamEvent({ event: 'judge_error', data: '{"judge":"B"}' });
    expect(event?.type === 'judge_error' && event.message.length).toBeGreaterThan(0);
  });
});
