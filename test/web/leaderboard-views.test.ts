// The pure logic behind the leaderboard's issue-11 views: Pareto frontier, head-to-head cells, URL state, axes.
import { describe, expect, it } from 'vitest';
import { pair } from '../support/pair-record';
import { historyPaths } from '../../web/src/judge/history-geometry';
import { formatCost, formatDuration, formatParameters, formatPercent } from '../../web/src/leaderboard/format';
import { headToHeadMatrix } from '../../web/src/leaderboard/head-to-head';
import { judgeIdFromPath, judgePath } from '../../web/src/leaderboard/judge-link';
import { logScale } from '../../web/src/leaderboard/log-scale';
import { battleCountCell, winRateCell } from '../../web/src/leaderboard/matrix-cells';
import { paretoFrontier, type CostPoint } from '../../web/src/leaderboard/pareto-frontier';
import { sortModels } from '../../web/src/leaderboard/sort-models';
import type { RankedJudge } from '../../web/src/leaderboard/judge-extras';
import { matchesWeightsFilter, searchWithWeightsFilter, weightsFilterFrom } from '../../web/src/leaderboard/weights-filter';

const pairs = [pair('x', 'y', 6, 2, 1, 1, 0.7), pair('z', 'x', 1, 3, 0, 0, 0.3)];
const judges = [
  { id: 'x', name: 'X' },
  { id: 'y', name: 'Y' },
  { id: 'z', name: 'Z' },
];

describe('Pareto frontier of rating against cost', () => {
  it('keeps the judges no other beats on both, cheapest first', () => {
    const points: CostPoint[] = [
      { id: 'cheap-weak', cost: 0.1, rating: 950 },
      { id: 'mid-good', cost: 1, rating: 1050 },
      { id: 'mid-dominated', cost: 2, rating: 1000 },
      { id: 'pricey-best', cost: 10, rating: 1100 },
      { id: 'pricey-worse', cost: 12, rating: 1090 },
    ];
    expect(paretoFrontier(points)).toEqual(['cheap-weak', 'mid-good', 'pricey-best']);
  });

  it('at equal cost keeps only the best, and keeps exact duplicates together', () => {
    expect(
      paretoFrontier([
        { id: 'a', cost: 1, rating: 1000 },
        { id: 'b', cost: 1, rating: 1020 },
        { id: 'c', cost: 1, rating: 1020 },
        { id: 'd', cost: 3, rating: 1020 },
      ]),
    ).toEqual(['b', 'c']);
    expect(paretoFrontier([])).toEqual([]);
  });

  it('agrees with the definition (no point dominated by another) on random points', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const points = Array.from({ length: 12 }, (_, i) => ({
        id: `j${i}`,
        cost: Math.round(random() * 5),
        rating: 900 + Math.round(random() * 10) * 20,
      }));
      const dominated = (p: CostPoint) =>
        points.some((q) => q.cost <= p.cost && q.rating >= p.rating && (q.cost < p.cost || q.rating > p.rating));
      const expected = points.filter((p) => !dominated(p)).map((p) => p.id);
      expect(new Set(paretoFrontier(points))).toEqual(new Set(expected));
    }
  });
});

describe('head to head from the pairs document', () => {
  it('builds the matrix row by row, empty on the diagonal and where judges never met', () => {
    const matrix = headToHeadMatrix(judges, pairs);
    expect(matrix[0][0]).toBeNull();
    expect(matrix[0][1]?.observedWinRate).toBeCloseTo(0.7);
    expect(matrix[1][0]?.observedWinRate).toBeCloseTo(0.3);
    expect(matrix[0][2]?.observedWinRate).toBeCloseTo(0.75);
    expect(matrix[2][0]?.wins).toBe(1);
    expect(matrix[1][2]).toBeNull();
  });

  it('gives each heatmap cell its percentage, shading and a label with the predicted rate and counts', () => {
    const matrix = headToHeadMatrix(judges, pairs);
    const xy = winRateCell(judges[0], judges[1], matrix[0][1]);
    expect(xy.text).toBe('70');
    expect(xy.shade).toEqual({ strength: expect.closeTo(0.4), tone: 'win' });
    expect(xy.label).toBe('X against Y: won 70% of 10 battles (6 won, 2 lost, 1 tied, 1 both bad); predicted 70%');
    const yx = winRateCell(judges[1], judges[0], matrix[1][0]);
    expect(yx.text).toBe('30');
    expect(yx.shade?.tone).toBe('loss');
    expect(yx.label).toContain('predicted 30%');
    expect(winRateCell(judges[1], judges[2], null)).toEqual({ text: '—', label: 'Y against Z: no battles yet', shade: null });
    expect(winRateCell(judges[0], judges[0], null).shade).toBeNull();
  });

  it('gives the battle-count cells the count, shaded against the busiest pair', () => {
    const matrix = headToHeadMatrix(judges, pairs);
    expect(battleCountCell(judges[0], judges[1], matrix[0][1], 10)).toEqual({
      text: '10',
      label: 'X and Y: 10 battles',
      shade: { strength: 1, tone: 'count' },
    });
    expect(battleCountCell(judges[2], judges[0], matrix[2][0], 10).shade?.strength).toBeCloseTo(0.4);
    expect(battleCountCell(judges[1], judges[2], null, 10)).toEqual({ text: '0', label: 'Y and Z: 0 battles', shade: null });
  });
});

describe('open-weights filter in the URL', () => {
  it('reads the filter from the query, anything unknown meaning all', () => {
    expect(weightsFilterFrom('?weights=open')).toBe('open');
    expect(weightsFilterFrom('?weights=proprietary&x=1')).toBe('proprietary');
    expect(weightsFilterFrom('?weights=closed')).toBe('all');
    expect(weightsFilterFrom('')).toBe('all');
  });

  it('writes the filter into the query, keeping other parameters, with no parameter for all', () => {
    expect(searchWithWeightsFilter('', 'open')).toBe('?weights=open');
    expect(searchWithWeightsFilter('?a=1&weights=open', 'proprietary')).toBe('?a=1&weights=proprietary');
    expect(searchWithWeightsFilter('?weights=open', 'all')).toBe('');
    expect(weightsFilterFrom(searchWithWeightsFilter('?a=1', 'open'))).toBe('open');
  });

  it('matches judges by their openWeights flag; judges without one only under all', () => {
    expect(matchesWeightsFilter({ openWeights: true }, 'open')).toBe(true);
    expect(matchesWeightsFilter({ openWeights: true }, 'proprietary')).toBe(false);
    expect(matchesWeightsFilter({ openWeights: false }, 'proprietary')).toBe(true);
    expect(matchesWeightsFilter({}, 'open')).toBe(false);
    expect(matchesWeightsFilter({}, 'proprietary')).toBe(false);
    expect(matchesWeightsFilter({}, 'all')).toBe(true);
  });

  it("maps judge ids to their page's path and back", () => {
    expect(judgePath('meta/llama 3')).toBe('/leaderboard/meta%2Fllama%203');
    expect(judgeIdFromPath(judgePath('meta/llama 3'))).toBe('meta/llama 3');
    expect(judgeIdFromPath('/leaderboard')).toBeNull();
    expect(judgeIdFromPath('/leaderboard/a/b')).toBeNull();
    expect(judgeIdFromPath('/leaderboard/%E0%A4%A')).toBeNull();
  });
});

describe('cost and speed on the leaderboard', () => {
  const judge = (id: string, rank: number, cost: number | null, latency: number | null): RankedJudge => ({
    id,
    name: id,
    organization: '',
    license: '',
    kind: 'llm',
    rating: 1000 - rank,
    ci: null,
    rank,
    rankUpperBound: null,
    elo: null,
    votes: 1,
    wins: 0,
    losses: 0,
    ties: 0,
    bothBad: 0,
    preliminary: false,
    performance: {
      judgments: 5,
      medianTtftMs: 100,
      medianLatencyMs: latency,
      p90LatencyMs: null,
      failureRate: 0,
      costPer1kJudgmentsUsd: cost,
      estimatedUsageShare: null,
      pricesReadOn: null,
    },
  });
  const models = [judge('a', 1, 5, 2000), judge('b', 2, null, 900), judge('c', 3, 0.3, null), { ...judge('d', 4, 1, 1), performance: undefined }];

  it('sorts by cost and latency, cheapest and fastest first, unknown last', () => {
    expect(sortModels(models, { key: 'cost', direction: 'ascending' }).map((m) => m.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortModels(models, { key: 'cost', direction: 'descending' }).map((m) => m.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(sortModels(models, { key: 'latency', direction: 'ascending' }).map((m) => m.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('formats cost, durations, rates and sizes', () => {
    expect([formatCost(null), formatCost(0), formatCost(0.004), formatCost(0.4237), formatCost(12.345)]).toEqual([
      '—',
      '$0',
      '<$0.01',
      '$0.42',
      '$12.3',
    ]);
    expect([formatDuration(undefined), formatDuration(850.4), formatDuration(1840), formatDuration(12_600)]).toEqual([
      '—',
      '850 ms',
      '1.8 s',
      '13 s',
    ]);
    expect([formatPercent(0.004), formatPercent(0.123), formatPercent(null)]).toEqual(['0.4%', '12%', '—']);
    expect([formatParameters(7), formatParameters(405), formatParameters(null)]).toEqual(['7B', '405B', 'undisclosed']);
  });
});

describe('chart geometry', () => {
  it('log axis: 1-2-5 ticks inside the range, decades only when wide, monotone mapping', () => {
    // 0.3 … 4 with 25% room each side is 0.24 … 5.
    expect(logScale([0.3, 4]).ticks).toEqual([0.5, 1, 2, 5]);
    expect(logScale([0.3, 3]).ticks).toEqual([0.5, 1, 2]);
    const wide = logScale([7, 405]);
    expect(wide.ticks.every((t) => t > 7 / 1.25 && t < 405 * 1.25)).toBe(true);
    const x = (v: number) => wide.x(v, 100);
    expect(x(7)).toBeGreaterThan(0);
    expect(x(405)).toBeLessThan(100);
    expect(x(70) - x(7)).toBeCloseTo(x(700) - x(70));
    const decades = logScale([0.001, 100]);
    expect(decades.ticks).toEqual([0.001, 0.01, 0.1, 1, 10, 100]);
  });

  it('history: the line visits every point in time order and the band spans each run of intervals', () => {
    const points = [
      { at: '2026-01-01T02:00:00Z', rating: 1010, ci: [1000, 1020] as [number, number], votes: 20 },
      { at: '2026-01-01T00:00:00Z', rating: 1000, ci: [980, 1020] as [number, number], votes: 10 },
      { at: '2026-01-01T04:00:00Z', rating: 1020, ci: null, votes: 30 },
    ];
    const frame = { left: 0, top: 0, width: 100, height: 100, min: 950, max: 1050 };
    const paths = historyPaths(points, frame);
    expect(paths.line).toBe('M0,50 L50,40 L100,30');
    expect(paths.bands).toEqual(['M0,30 L50,30 L50,50 L0,70 Z']);
    expect(historyPaths([points[2]], frame).line).toBe('M50,30');
  });
});
