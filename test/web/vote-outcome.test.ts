import { describe, expect, it } from 'vitest';
import { agreedWith, outcomeMessage, VOTE_OPTIONS, voteForKey } from '../../web/src/arena/vote-outcome';

describe('vote outcome', () => {
  it('words each outcome as the issue asks', () => {
    expect(outcomeMessage('favourite')).toBe('The favourite wins!');
    expect(outcomeMessage('underdog')).toBe('The underdog wins!');
    expect(outcomeMessage('tie')).toBe("It's a tie!");
  });

  it('marks which judges the visitor agreed with', () => {
    expect([agreedWith('A', 'A'), agreedWith('B', 'A')]).toEqual([true, false]);
    expect([agreedWith('A', 'B'), agreedWith('B', 'B')]).toEqual([false, true]);
    expect([agreedWith('A', 'tie'), agreedWith('B', 'tie')]).toEqual([true, true]);
    expect([agreedWith('A', 'both_bad'), agreedWith('B', 'both_bad')]).toEqual([false, false]);
  });

  it('maps keys 1–4 to the buttons left to right', () => {
    expect(['1', '2', '3', '4'].map(voteForKey)).toEqual(['A', 'tie', 'both_bad', 'B']);
    expect(VOTE_OPTIONS.map((o) => o.key)).toEqual(['1', '2', '3', '4']);
    expect(voteForKey('5')).toBeNull();
    expect(voteForKey('a')).toBeNull();
  });
});
