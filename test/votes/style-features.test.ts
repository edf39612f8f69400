// The style of a judgment and of a battle, as style control measures it (pure).
import { describe, expect, it } from 'vitest';
import { productIndex, STYLE_FEATURES, STYLE_PRODUCT_COLUMNS, styleIncrement } from '../../src/ranking/style-sums';
import { StyleSumsBook } from '../support/style-sums-book';
import { battleStyleFeatures, countDifference, judgmentStyle, styleOfBattle } from '../../src/votes/style-features';

describe('judgmentStyle', () => {
  it('counts words, headers, list items and bold phrases with LMArena’s rules', () => {
    const critique = [
      '## Verdict',
      'The answer is **mostly** right, but __one__ step is wrong.',
      '- It states 2+2=5.',
      '  * Nested point',
      '1. First fix',
      '10. Tenth fix',
      '#NotAHeader and **not bold',
      '-not a list item',
    ].join('\n');
    const style = judgmentStyle(critique, 4);
    expect(style).toEqual({ words: 32, headers: 1, lists: 4, bold: 2, score: 4 });
  });

  it('counts each CJK character as a word, and no score as null', () => {
    expect(judgmentStyle('回答基本正确 but 有一处错误', null)).toEqual({ words: 12, headers: 0, lists: 0, bold: 0, score: null });
    expect(judgmentStyle('', Number.NaN).score).toBeNull();
    expect(judgmentStyle('', null).words).toBe(0);
  });
});

describe('battle style features', () => {
  it('are (a − b)/(a + b + 1) for the counts and the plain score difference, A − B', () => {
    expect(countDifference(30, 10)).toBeCloseTo(20 / 41, 12);
    expect(countDifference(0, 0)).toBe(0);
    const a = { words: 30, headers: 1, lists: 0, bold: 2, score: 2 };
    const b = { words: 10, headers: 0, lists: 3, bold: 2, score: 5 };
    expect(battleStyleFeatures(a, b)).toEqual([20 / 41, 1 / 2, -3 / 4, 0, -3]);
    // Antisymmetric: swapping the seats negates every feature.
    expect(battleStyleFeatures(b, a)).toEqual(battleStyleFeatures(a, b).map((x) => -x + 0));
  });

  it('have no score difference unless both judges scored', () => {
    expect(styleOfBattle(['short', 'a much longer critique'], [3, null])[4]).toBe(0);
    expect(styleOfBattle(['short', 'a much longer critique'], [3, 1])).toEqual([(1 - 4) / 6, 0, 0, 0, 2]);
    expect(styleOfBattle([], [])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('style moments of a counted vote', () => {
  it('orients the features lo − hi and names the outcome from lo’s side', () => {
    const x = [0.5, 0, -0.25, 0, 2];
    const asLo = styleIncrement('alpha', 'beta', 'A', x);
    expect(asLo).toMatchObject({ lo: 'alpha', hi: 'beta', outcome: 'lo', votes: 1, sums: x });
    const asHi = styleIncrement('beta', 'alpha', 'A', x);
    expect(asHi).toMatchObject({ lo: 'alpha', hi: 'beta', outcome: 'hi', sums: [-0.5, 0, 0.25, 0, -2] });
    expect(styleIncrement('beta', 'alpha', 'tie', x).outcome).toBe('draw');
    expect(styleIncrement('beta', 'alpha', 'both_bad', x).outcome).toBe('draw');
    expect(asLo.products).toEqual(asHi.products);
    expect(asLo.products[productIndex(0, 4)]).toBe(1);
    expect(asLo.products[productIndex(4, 0)]).toBe(1);
    expect(asLo.products[productIndex(4, 4)]).toBe(4);
    expect(STYLE_PRODUCT_COLUMNS[productIndex(1, 3)]).toBe(`xx_${STYLE_FEATURES[1]}_${STYLE_FEATURES[3]}`);
  });

  it('refuses a malformed vector, and the in-memory book adds rows', () => {
    expect(() => styleIncrement('a', 'b', 'A', [1, 2])).toThrow(RangeError);
    expect(() => styleIncrement('a', 'b', 'A', [1, 2, 3, 4, Number.NaN])).toThrow(RangeError);
    const book = new StyleSumsBook();
    book.add(styleIncrement('a', 'b', 'A', [1, 0, 0, 0, 1]));
    book.add(styleIncrement('b', 'a', 'B', [-1, 0, 0, 0, 1]));
    book.add(styleIncrement('a', 'b', 'tie', [1, 0, 0, 0, 0]));
    const rows = book.all();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ outcome: 'lo', votes: 2, sums: [2, 0, 0, 0, 0] });
  });
});
