import { describe, expect, it } from 'vitest';
import { searchWithSlice, sliceDescription, sliceFrom, sliceQuery, sliceTitle } from '../../web/src/leaderboard/slice-filter';

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

describe('what a slice is ranked from', () => {
  it('says which rounds and which samples, for each side of the slice', () => {
    expect(sliceDescription({ format: null, category: null })).toBe('Ranked from every counted vote: all three judging formats, every category of sample.');
    expect(sliceDescription({ format: 'pairwise', category: 'coding' })).toBe(
      'Ranked from the votes on Pairwise rounds, where each judge said which of two responses is better, or that they tie, on coding samples.',
    );
    expect(sliceDescription({ format: 'binary', category: null })).toBe(
      'Ranked from the votes on Pass / fail rounds, where each judge checked one response against a single criterion and answered pass or fail, in every category.',
    );
    expect(sliceDescription({ format: 'likert', category: null })).toContain('scored one response from 1 to 5');
    expect(sliceDescription({ format: null, category: 'custom' })).toBe(
      'Ranked from the votes on samples the visitors wrote themselves (and generated samples outside the six bank categories), in all three judging formats.',
    );
  });
});
