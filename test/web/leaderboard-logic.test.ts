import { describe, expect, it } from 'vitest';
import type { LeaderboardEntry } from '../../web/src/api/types';
import { formatInterval, formatUpdatedAt } from '../../web/src/leaderboard/format';
import { nextSort, sortModels } from '../../web/src/leaderboard/sort-models';
import { niceStep, ratingScale } from '../../web/src/leaderboard/whisker-scale';

function model(id: string, rank: number, rating: number, extra: Partial<LeaderboardEntry> = {}): LeaderboardEntry {
  return {
    id,
    name: id,
    organization: `org-${id}`,
    license: 'MIT',
    kind: 'llm',
    rating,
    ci: [rating - 20, rating + 30],
    rankUpperBound: rank,
    rank,
    elo: rating,
    votes: 100 * rank,
    wins: 0,
    losses: 0,
    ties: 0,
    bothBad: 0,
    preliminary: false,
    ...extra,
  };
}

const models = [
  model('gamma', 3, 980, { organization: 'beta labs' }),
  model('alpha', 1, 1100, { organization: 'Zed' }),
  model('beta', 2, 1050, { ci: null, organization: 'alpha inc' }),
];

describe('leaderboard sorting', () => {
  it('sorts by each column, with sensible first-click directions', () => {
    const ids = (key: Parameters<typeof nextSort>[1]) => sortModels(models, nextSort({ key: 'rank', direction: 'ascending' }, key)).map((m) => m.id);
    expect(ids('rating')).toEqual(['alpha', 'beta', 'gamma']);
    expect(ids('votes')).toEqual(['gamma', 'beta', 'alpha']);
    expect(ids('name')).toEqual(['alpha', 'beta', 'gamma']);
    expect(ids('organization')).toEqual(['beta', 'gamma', 'alpha']);
    expect(sortModels(models, { key: 'rank', direction: 'ascending' }).map((m) => m.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('a second click on the same column reverses it', () => {
    const first = nextSort({ key: 'rank', direction: 'ascending' }, 'name');
    const second = nextSort(first, 'name');
    expect(second.direction).toBe('descending');
    expect(sortModels(models, second).map((m) => m.id)).toEqual(['gamma', 'beta', 'alpha']);
  });

  it('judges without an interval sort last in both directions of the CI column', () => {
    expect(sortModels(models, { key: 'ci', direction: 'ascending' }).at(-1)?.id).toBe('beta');
    expect(sortModels(models, { key: 'ci', direction: 'descending' }).at(-1)?.id).toBe('beta');
  });

  it('does not change the array it was given', () => {
    const copy = [...models];
    sortModels(models, { key: 'rating', direction: 'descending' });
    expect(models).toEqual(copy);
  });
});

describe('leaderboard formatting', () => {
  it('shows the interval as +up / −down around the rating', () => {
    expect(formatInterval({ rating: 1012.4, ci: [990.1, 1030.9] })).toBe('+19 / \u221222');
    expect(formatInterval({ rating: 1000, ci: null })).toBeNull();
  });

  it('shows the refresh time in the given time zone', () => {
    const text = formatUpdatedAt('2026-03-01T12:05:00Z', 'en-GB', 'Asia/Tokyo');
    expect(text).toContain('21:05');
    expect(formatUpdatedAt('not a date')).toBe('unknown');
  });
});

describe('whisker chart scale', () => {
  it('covers every interval with round ticks and maps values linearly', () => {
    const scale = ratingScale(models);
    expect(scale.min).toBeLessThanOrEqual(960);
    expect(scale.max).toBeGreaterThanOrEqual(1130);
    expect(scale.ticks[0]).toBe(scale.min);
    expect(scale.ticks.at(-1)).toBe(scale.max);
    expect(scale.x(scale.min, 500)).toBe(0);
    expect(scale.x(scale.max, 500)).toBe(500);
    expect(scale.x((scale.min + scale.max) / 2, 500)).toBeCloseTo(250);
  });

  it('still draws a single judge without an interval', () => {
    const scale = ratingScale([{ rating: 1000, ci: null }]);
    expect(scale.min).toBeLessThan(1000);
    expect(scale.max).toBeGreaterThan(1000);
  });

  it('picks 1-2-5 steps', () => {
    expect([0.7, 3, 4.9, 12, 170].map(niceStep)).toEqual([1, 5, 5, 20, 200]);
  });
});
