import { describe, expect, it } from 'vitest';
import type { LeaderboardEntry, RankingMethod } from '../../web/src/api/types';
import {
  formatInterval,
  formatMethod,
  formatPrior,
  formatRankBound,
  formatRating,
  formatUpdatedAt,
} from '../../web/src/leaderboard/format';
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
    performance: { judgments: 0, medianTtftMs: null, medianLatencyMs: null, p90LatencyMs: null, failureRate: null, costPer1kJudgmentsUsd: null, estimatedUsageShare: null, pricesReadOn: null },
    openWeights: false,
    parametersB: null,
    ...extra,
  };
}

const models = [
  model('gamma', 3, 980, { organization: 'beta labs', rankUpperBound: 2, elo: 1010 }),
  model('alpha', 1, 1100, { organization: 'Zed', elo: null }),
  model('beta', 2, 1050, { ci: null, rankUpperBound: null, organization: 'alpha inc', elo: 1020 }),
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

  it('sorts by rank upper bound (best first) and by online Elo (highest first), unknown values last both ways', () => {
    const first = (key: 'rankUpperBound' | 'elo') => nextSort({ key: 'rank', direction: 'ascending' }, key);
    expect(first('rankUpperBound').direction).toBe('ascending');
    expect(sortModels(models, first('rankUpperBound')).map((m) => m.id)).toEqual(['alpha', 'gamma', 'beta']);
    const reversed = nextSort(first('rankUpperBound'), 'rankUpperBound');
    expect(sortModels(models, reversed).map((m) => m.id)).toEqual(['gamma', 'alpha', 'beta']);
    expect(first('elo').direction).toBe('descending');
    expect(sortModels(models, first('elo')).map((m) => m.id)).toEqual(['beta', 'gamma', 'alpha']);
    expect(sortModels(models, nextSort(first('elo'), 'elo')).map((m) => m.id)).toEqual(['gamma', 'beta', 'alpha']);
  });

  it('breaks equal values by the leaderboard rank, and keeps several unknown values in rank order', () => {
    const tied = [
      model('c', 3, 900, { rankUpperBound: 1, elo: null }),
      model('b', 2, 950, { rankUpperBound: 1, elo: null }),
      model('a', 1, 990),
    ];
    // All three share bound 1: a reversed sort still lists them in rank order, not backwards.
    expect(sortModels(tied, { key: 'rankUpperBound', direction: 'descending' }).map((m) => m.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sortModels(tied, { key: 'elo', direction: 'descending' }).map((m) => m.id)).toEqual(['a', 'b', 'c']);
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

  it('shows a dash for what could not be computed', () => {
    expect(formatRating(1074.6)).toBe('1075');
    expect(formatRating(null)).toBe('—');
    expect(formatRankBound(3)).toBe('3');
    expect(formatRankBound(null)).toBe('—');
  });

  it('describes the method with its prior in words', () => {
    const method: RankingMethod = {
      model: 'bradley-terry',
      ties: 'half-win-each',
      scale: 400,
      base: 10,
      center: 1000,
      bootstrapRounds: 1000,
      ciLevel: 0.95,
      prior: { kind: 'l2', strength: 0.5 },
      seed: 42,
      preliminaryThreshold: 300,
    };
    expect(formatMethod(method)).toBe('Bradley–Terry, 1,000 bootstrap rounds, weak L2 prior (0.5), seed 42');
    expect(formatMethod({ ...method, bootstrapRounds: 0, prior: { kind: 'none' }, seed: 7 })).toBe(
      'Bradley–Terry, no bootstrap (no intervals), no prior, seed 7',
    );
    expect(formatMethod({ ...method, ci: 'sandwich', bootstrapRounds: 0 })).toBe('Bradley–Terry, sandwich (robust) intervals, weak L2 prior (0.5)');
    const names: Record<string, string> = { 'judge-x': 'Judge X' };
    expect(formatMethod({ ...method, anchor: { id: 'judge-x', rating: 1200 } }, (id) => names[id] ?? id)).toContain(
      'Judge X fixed at 1200',
    );
  });

  it('calls an L2 prior weak only while its rating spread is at least 400 points', () => {
    expect(formatPrior({ kind: 'l2', strength: 1 })).toBe('weak L2 prior (1)');
    expect(formatPrior({ kind: 'l2', strength: 2 })).toBe('L2 prior (2)');
    expect(formatPrior({ kind: 'l2', strength: 1 / 3 })).toBe('weak L2 prior (0.333)');
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
