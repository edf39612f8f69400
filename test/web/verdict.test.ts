// A judge's verdict per format: read from what the server sent, and said in the format's words.
import { describe, expect, it } from 'vitest';
import { verdictNoun, verdictOf, verdictSentence, verdictWords } from '../../web/src/arena/verdict';

describe('verdicts per format', () => {
  it('reads a likert score, a binary pass/fail and a pairwise preference; nothing else', () => {
    expect(verdictOf({ score: 4 })).toEqual({ format: 'likert', score: 4 });
    expect(verdictOf({ verdict: 'pass' })).toEqual({ format: 'binary', verdict: 'pass' });
    expect(verdictOf({ verdict: 'fail' })).toEqual({ format: 'binary', verdict: 'fail' });
    expect(verdictOf({ verdict: 'first' })).toEqual({ format: 'pairwise', verdict: 'first' });
    expect(verdictOf({ verdict: 'tie' })).toEqual({ format: 'pairwise', verdict: 'tie' });
    expect(verdictOf({})).toBeNull();
    // It reads a stream event's JSON as it came (battle-stream.ts uses it): anything else is no verdict.
    expect(verdictOf({ score: '5' })).toBeNull();
    expect(verdictOf({ verdict: 'A' })).toBeNull();
    expect(verdictOf({ verdict: 3 })).toBeNull();
  });

  it('shows each in words, and says it for screen readers', () => {
    expect(verdictWords({ format: 'likert', score: 3 })).toEqual({ shown: '3 / 5', spoken: 'Score 3 out of 5' });
    expect(verdictWords({ format: 'binary', verdict: 'pass' }).shown).toBe('Pass');
    expect(verdictWords({ format: 'binary', verdict: 'fail' }).shown).toBe('Fail');
    expect(verdictWords({ format: 'pairwise', verdict: 'first' }).shown).toBe('Prefers the first response');
    expect(verdictWords({ format: 'pairwise', verdict: 'second' }).shown).toBe('Prefers the second response');
    expect(verdictWords({ format: 'pairwise', verdict: 'tie' }).shown).toBe('Tie');

    expect(verdictSentence('A', { format: 'likert', score: 3 })).toBe('Judge A scored 3 out of 5.');
    expect(verdictSentence('B', { format: 'binary', verdict: 'fail' })).toBe('Judge B gave a fail.');
    expect(verdictSentence('A', { format: 'pairwise', verdict: 'second' })).toBe('Judge A prefers the second response.');
    expect(verdictSentence('B', { format: 'pairwise', verdict: 'tie' })).toBe('Judge B calls it a tie.');
    expect([verdictNoun('likert'), verdictNoun('binary'), verdictNoun('pairwise')]).toEqual(['a score', 'a verdict', 'a verdict']);
  });
});
