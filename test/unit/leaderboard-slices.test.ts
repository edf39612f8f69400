import { describe, expect, it } from 'vitest';
import { countsOfSlice, sliceKey, totalVotes } from '../../src/leaderboard/slice-counts';
import { allSlices, bankCategoryOfSampleId } from '../../src/shared/leaderboard-slices';

describe('leaderboard slices', () => {
  it('reads a bank category from a sample id, and nothing from any other id', () => {
    expect(bankCategoryOfSampleId('coding-004')).toBe('coding');
    expect(bankCategoryOfSampleId('pairwise-safety-012')).toBe('safety');
    expect(bankCategoryOfSampleId('binary-writing-001')).toBe('writing');
    for (const id of ['poetry-001', 'coding-', 'coding', 'generated-6c1e…', '', null, undefined]) expect(bankCategoryOfSampleId(id)).toBeNull();
  });

  it('lists every slice once: 3 formats, 7 categories, and each pair of them', () => {
    const slices = allSlices();
    expect(slices).toHaveLength(3 + 7 + 21);
    expect(new Set(slices.map((s) => sliceKey('k', s))).size).toBe(slices.length);
    expect(slices).not.toContainEqual({ format: null, category: null });
  });

  it('sums a slice’s counts per pair; a null side means any', () => {
    const row = (format: 'likert' | 'binary', category: 'coding' | 'custom', lo: string, hi: string, winsLo: number) => ({
      format,
      category,
      lo,
      hi,
      winsLo,
      winsHi: 1,
      ties: 0,
      bothBad: 0,
    });
    const rows = [row('likert', 'coding', 'a', 'b', 2), row('binary', 'coding', 'a', 'b', 3), row('likert', 'custom', 'a', 'c', 5)];
    expect(countsOfSlice(rows, { format: null, category: null })).toEqual([
      { lo: 'a', hi: 'b', winsLo: 5, winsHi: 2, ties: 0, bothBad: 0 },
      { lo: 'a', hi: 'c', winsLo: 5, winsHi: 1, ties: 0, bothBad: 0 },
    ]);
    expect(countsOfSlice(rows, { format: 'binary', category: null })).toEqual([{ lo: 'a', hi: 'b', winsLo: 3, winsHi: 1, ties: 0, bothBad: 0 }]);
    expect(totalVotes(countsOfSlice(rows, { format: 'likert', category: 'coding' }))).toBe(3);
    expect(countsOfSlice(rows, { format: 'binary', category: 'custom' })).toEqual([]);
    expect(sliceKey('leaderboard:v1', { format: null, category: null })).toBe('leaderboard:v1');
    expect(sliceKey('leaderboard:v1', { format: 'pairwise', category: 'coding' })).toBe('leaderboard:v1:format=pairwise:category=coding');
  });
});
