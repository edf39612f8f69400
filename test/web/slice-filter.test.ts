import { describe, expect, it } from 'vitest';
import { searchWithSlice, sliceFrom, sliceQuery, sliceTitle } from '../../web/src/leaderboard/slice-filter';

describe('leaderboard slice in the URL', () => {
  it('reads format and category from the query, anything unknown meaning all on that side', () => {
    expect(sliceFrom('?format=pairwise&category=coding')).toEqual({ format: 'pairwise', category: 'coding' });
    expect(sliceFrom('?category=custom&weights=open')).toEqual({ format: null, category: 'custom' });
    expect(sliceFrom('?format=essay&category=Coding')).toEqual({ format: null, category: null });
    expect(sliceFrom('')).toEqual({ format: null, category: null });
  });

  it('writes the slice into the query, keeping other parameters, with no parameter for an all side', () => {
    expect(searchWithSlice('', { format: 'pairwise', category: 'coding' })).toBe('?format=pairwise&category=coding');
    expect(searchWithSlice('?weights=open&format=binary', { format: null, category: 'safety' })).toBe('?weights=open&category=safety');
    expect(searchWithSlice('?format=binary&category=safety', { format: null, category: null })).toBe('');
    const slice = { format: 'likert', category: 'writing' } as const;
    expect(sliceFrom(searchWithSlice('?weights=open', slice))).toEqual(slice);
    expect(sliceQuery({ format: null, category: null })).toBe('');
  });

  it('names a slice with the format labels of the arena', () => {
    expect(sliceTitle({ format: 'likert', category: null })).toBe('Score 1–5');
    expect(sliceTitle({ format: 'binary', category: 'coding' })).toBe('Pass / fail · Coding');
    expect(sliceTitle({ format: 'pairwise', category: null })).toBe('Pairwise');
    expect(sliceTitle({ format: null, category: null })).toBeNull();
  });
});
