// A pairwise judge panel says which order its judge read the responses in, so its critique's "first" and "second"
// can be matched to the visitor's First and Second.
import { describe, expect, it } from 'vitest';
import { shownOrderNote } from '../../web/src/arena/shown-order-note';
import { verdictInVisitorOrder } from '../../src/judges/pairwise-order';
import { verdictWords } from '../../web/src/arena/verdict';

describe('shownOrderNote', () => {
  it('says plainly that a swapped judge\'s "first" is the visitor\'s Second, and the other way round', () => {
    const note = shownOrderNote('swapped');
    expect(note).toContain('other order');
    expect(note).toContain('its “first response” is your Second');
    expect(note).toContain('its “second response” is your First');
  });

  it('says a judge that read them in the visitor\'s order means the visitor\'s First by its "first"', () => {
    const note = shownOrderNote('as_shown');
    expect(note).toContain('your order');
    expect(note).toContain('its “first response” is your First');
    expect(note).not.toContain('other order');
  });

  it('squares with the verdict shown: a swapped judge that calls its first better is said to prefer the second', () => {
    // The critique of a swapped judge praises "the first response"; the panel's verdict is the visitor's.
    const shown = verdictWords({ format: 'pairwise', verdict: verdictInVisitorOrder('first', 'swapped') }).shown;
    expect(shown).toBe('Prefers the second response');
    expect(shownOrderNote('swapped')).toMatch(/“first response” is your Second/);
  });
});
