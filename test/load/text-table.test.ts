import { describe, expect, it } from 'vitest';
import { fixed, textTable } from './text-table';

describe('textTable', () => {
  it('left-aligns the first column, right-aligns the others, and rules the header', () => {
    const table = textTable(['clients', 'votes/s'], [['1', '39.2'], ['50', '134.7']]);
    expect(table.split('\n')).toEqual(['clients  votes/s', '-------  -------', '1           39.2', '50         134.7']);
  });
});

describe('fixed', () => {
  it('rounds to the given decimals and shows "-" for a missing figure', () => {
    expect(fixed(2.345, 1)).toBe('2.3');
    expect(fixed(Number.NaN, 2)).toBe('-');
    expect(fixed(Number.POSITIVE_INFINITY, 2)).toBe('-');
  });
});
