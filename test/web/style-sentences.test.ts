import { describe, expect, it } from 'vitest';
import { styleSentence } from '../../web/src/leaderboard/style-sentences';

describe('styleSentence', () => {
  it('restates a clear coefficient for a difference a reader can picture', () => {
    // 30 points per RMS 0.25 of the length feature; twice as long is (2w − w)/(3w + 1) ≈ 1/3: 30 × (1/3) / 0.25 = 40.
    expect(styleSentence({ name: 'length', coefficient: 30, ci: [15, 45], scale: 0.25 })).toBe(
      'Voters favour the longer critique: +40 rating points for a critique twice as long as the other (95% CI +20 to +60).',
    );
    expect(styleSentence({ name: 'score', coefficient: -12, ci: [-20, -4], scale: 1.5 })).toBe(
      'Voters favour the harsher judge (the lower score): \u22128 rating points per point of score difference (95% CI \u221213 to \u22123).',
    );
    expect(styleSentence({ name: 'bold', coefficient: 10, ci: [2, 18], scale: 0.5 })).toMatch(/^Voters favour the critique with more bold text: \+10 rating points for one bold phrase against none/);
  });

  it('says there is no clear preference when the interval spans zero, and nothing can be measured without variation', () => {
    expect(styleSentence({ name: 'lists', coefficient: -2, ci: [-9, 5], scale: 0.4 })).toBe(
      'No clear preference for the critique with more list items or the critique with fewer list items: \u22123 rating points for one list item against none (95% CI \u221211 to +6).',
    );
    expect(styleSentence({ name: 'headers', coefficient: null, ci: null, scale: 0 })).toMatch(/No effect of headings can be measured yet/);
  });
});
