import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIOR, rankJudges, sklearnEquivalentPrior } from '../../src/ranking/leaderboard';
import { pairCountsFromVotes } from '../support/pair-count-book';
import { OUTCOMES, simulateArena } from '../support/simulated-arena';
import type { PairCount, RankingResult } from '../../src/ranking/types';

const games = (lo: string, hi: string, winsLo: number, winsHi: number, ties = 0, bothBad = 0): PairCount => ({ lo, hi, winsLo, winsHi, ties, bothBad });

function simulatedCounts(judges: number, votes: number, seed: number) {
  const arena = simulateArena({ judges, votes, seed });
  const list = Array.from(arena.modelA, (a, v) => ({
    modelA: arena.judgeIds[a],
    modelB: arena.judgeIds[arena.modelB[v]],
    outcome: OUTCOMES[arena.outcome[v]],
  }));
  return { ids: arena.judgeIds, counts: pairCountsFromVotes(list), arena };
}

function byId(result: RankingResult) {
  return Object.fromEntries(result.judges.map((j) => [j.id, j]));
}

/** Every number in the result is finite, and a JSON round trip changes nothing. */
function expectCleanJson(result: RankingResult) {
  const numbers: number[] = [];
  JSON.stringify(result, (_key, value) => {
    if (typeof value === 'number') numbers.push(value);
    return value;
  });
  expect(numbers.every(Number.isFinite)).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('rankJudges: degenerate input', () => {
  it('zero judges', () => {
    const result = rankJudges([], []);
    expect(result.judges).toEqual([]);
    expect(result.components).toEqual([]);
    expect(result.pairs).toEqual([]);
    expect(result.method).toMatchObject({ model: 'bradley-terry', ci: 'sandwich', bootstrapRounds: 0, seed: 42, prior: DEFAULT_PRIOR });
    expect(rankJudges([], [], { ci: 'bootstrap' }).method).toMatchObject({ ci: 'bootstrap', bootstrapRounds: 1000 });
    expectCleanJson(result);
  });

  it('one judge, and judges whose counts are all zero, are listed unrated', () => {
    const one = rankJudges(['solo'], []);
    expect(one.judges).toEqual([
      {
        id: 'solo',
        rating: null,
        ci: null,
        rank: null,
        rankUpperBound: null,
        elo: null,
        votes: 0,
        wins: 0,
        losses: 0,
        ties: 0,
        bothBad: 0,
        preliminary: true,
        component: null,
      },
    ]);
    const zeros = rankJudges(['a', 'b'], [games('a', 'b', 0, 0, 0, 0)]);
    expect(zeros.judges.map((j) => j.rating)).toEqual([null, null]);
    expect(zeros.components).toEqual([]);
    expect(zeros.pairs).toEqual([]);
    expectCleanJson(zeros);
  });

  it('lists judges without votes after the rated ones', () => {
    const result = rankJudges(['new', 'a', 'b'], [games('a', 'b', 3, 1)], { bootstrapRounds: 100 });
    expect(result.judges.map((j) => j.id)).toEqual(['a', 'b', 'new']);
    expect(byId(result).new).toMatchObject({ rating: null, ci: null, rank: null, component: null, preliminary: true });
    expect(result.components).toEqual([['a', 'b']]);
    expectCleanJson(result);
  });

  it('rates ids that only appear in the counts, merges rows of both orientations, ignores self-pairs', () => {
    const result = rankJudges(['a'], [games('a', 'b', 2, 1), { lo: 'b', hi: 'a', winsLo: 1, winsHi: 0, ties: 1, bothBad: 0 }, games('a', 'a', 5, 5)], {
      bootstrapRounds: 0,
    });
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ a: 'a', b: 'b', battles: 5, winsA: 2, winsB: 2, ties: 1, bothBad: 0 });
    expect(byId(result).b).toMatchObject({ votes: 5, wins: 2, losses: 2, ties: 1 });
    expect(byId(result).a.votes).toBe(5);
  });

  it('rejects corrupt counts and options without naming any judge', () => {
    for (const bad of [-1, 1.5, NaN, Infinity]) {
      expect(() => rankJudges(['secret-model'], [games('secret-model', 'other', bad, 0)])).toThrow(RangeError);
      try {
        rankJudges(['secret-model'], [games('secret-model', 'other', bad, 0)]);
      } catch (error) {
        expect(String(error)).not.toContain('secret-model');
      }
    }
    expect(() => rankJudges([], [], { bootstrapRounds: -1 })).toThrow(RangeError);
    expect(() => rankJudges([], [], { bootstrapRounds: 1.5 })).toThrow(RangeError);
    expect(() => rankJudges([], [], { prior: { kind: 'l2', strength: 0 } })).toThrow(RangeError);
    expect(() => rankJudges([], [], { seed: 0.5 })).toThrow(RangeError);
    expect(() => rankJudges([], [], { ci: 'jackknife' as 'sandwich' })).toThrow(RangeError);
  });
});

describe('rankJudges: ratings, intervals and ranks', () => {
  const { ids, counts, arena } = simulatedCounts(10, 4000, 21);
  const result = rankJudges(ids, counts, { onlineElo: { [ids[0]]: 1013.5 } });

  it('centres the ratings on 1000 and sorts best first with ranks', () => {
    const ratings = result.judges.map((j) => j.rating!);
    expect(ratings.reduce((s, r) => s + r, 0) / ratings.length).toBeCloseTo(1000, 8);
    for (let i = 1; i < ratings.length; i++) expect(ratings[i]).toBeLessThanOrEqual(ratings[i - 1]);
    expect(result.judges.map((j) => j.rank)).toEqual(ratings.map((_, i) => i + 1));
    expectCleanJson(result);
  });

  it('gives every judge an interval around its rating, as wide as its vote count suggests', () => {
    for (const j of result.judges) {
      expect(j.ci![0]).toBeLessThan(j.rating!);
      expect(j.ci![1]).toBeGreaterThan(j.rating!);
      // About 800 votes each: the 95% interval is some 40–100 points wide, not 5 and not 500.
      expect(j.ci![1] - j.ci![0]).toBeGreaterThan(20);
      expect(j.ci![1] - j.ci![0]).toBeLessThan(150);
    }
  });

  it.each(['sandwich', 'bootstrap'] as const)('computes the rank upper bound from the %s intervals', (ci) => {
    const ranked = ci === 'sandwich' ? result : rankJudges(ids, counts, { ci });
    for (const j of ranked.judges) {
      const above = ranked.judges.filter((o) => o.id !== j.id && o.ci![0] > j.ci![1]).length;
      expect(j.rankUpperBound).toBe(1 + above);
      expect(j.rankUpperBound!).toBeLessThanOrEqual(j.rank!);
    }
    // With true ratings spread by ~100 points, the bottom judge is provably not first.
    expect(ranked.judges.at(-1)!.rankUpperBound!).toBeGreaterThan(1);
    expect(ranked.judges[0].rankUpperBound).toBe(1);
  });

  it('summarises every pair with its observed and predicted win rates', () => {
    const rating = Object.fromEntries(result.judges.map((j) => [j.id, j.rating!]));
    expect(result.pairs).toHaveLength(counts.length);
    for (const p of result.pairs) {
      const c = counts.find((x) => x.lo === p.a && x.hi === p.b)!;
      const battles = c.winsLo + c.winsHi + c.ties + c.bothBad;
      expect(p.battles).toBe(battles);
      expect(p.observedWinRateA).toBeCloseTo((c.winsLo + (c.ties + c.bothBad) / 2) / battles, 12);
      expect(p.predictedWinRateA).toBeCloseTo(1 / (1 + 10 ** ((rating[p.b] - rating[p.a]) / 400)), 12);
    }
  });

  it('counts votes, wins, losses, ties and both-bad per judge, and passes the online Elo through', () => {
    for (const j of result.judges) {
      const index = ids.indexOf(j.id);
      let votes = 0;
      let wins = 0;
      let losses = 0;
      let ties = 0;
      let bothBad = 0;
      for (let v = 0; v < arena.outcome.length; v++) {
        const side = arena.modelA[v] === index ? 'A' : arena.modelB[v] === index ? 'B' : null;
        if (!side) continue;
        votes++;
        const o = OUTCOMES[arena.outcome[v]];
        if (o === 'tie') ties++;
        else if (o === 'both_bad') bothBad++;
        else if (o === side) wins++;
        else losses++;
      }
      expect(j).toMatchObject({ votes, wins, losses, ties, bothBad, preliminary: votes < 300 });
      expect(j.elo).toBe(j.id === ids[0] ? 1013.5 : null);
    }
  });

  it('is reproducible; the bootstrap varies with its seed, the sandwich has none', () => {
    const again = rankJudges(ids, counts, { onlineElo: { [ids[0]]: 1013.5 } });
    expect(again).toEqual(result);
    expect(rankJudges(ids, counts, { seed: 7 }).judges).toEqual(rankJudges(ids, counts).judges);
    const boot = rankJudges(ids, counts, { ci: 'bootstrap' });
    expect(rankJudges(ids, counts, { ci: 'bootstrap' })).toEqual(boot);
    const other = rankJudges(ids, counts, { ci: 'bootstrap', seed: 7 });
    expect(other.judges.map((j) => j.ci)).not.toEqual(boot.judges.map((j) => j.ci));
    expect(other.judges.map((j) => j.rating)).toEqual(boot.judges.map((j) => j.rating));
    expect(boot.judges.map((j) => j.rating)).toEqual(result.judges.map((j) => j.rating));
  });

  it.each(['sandwich', 'bootstrap'] as const)('anchors one judge at a fixed rating, in the point estimate and the %s intervals', (ci) => {
    const anchorId = ids[3];
    const anchored = rankJudges(ids, counts, { ci, anchor: { id: anchorId, rating: 1200 } });
    const plain = byId(result);
    const a = byId(anchored);
    expect(a[anchorId].rating).toBeCloseTo(1200, 9);
    expect(a[anchorId].ci![0]).toBeCloseTo(1200, 9);
    expect(a[anchorId].ci![1]).toBeCloseTo(1200, 9);
    const shift = 1200 - plain[anchorId].rating!;
    for (const id of ids) expect(a[id].rating).toBeCloseTo(plain[id].rating! + shift, 8);
    expect(anchored.method.anchor).toEqual({ id: anchorId, rating: 1200 });
    // An anchor without votes cannot be applied: the mean stays 1000 and method says so.
    const unused = rankJudges([...ids, 'fresh'], counts, { anchor: { id: 'fresh', rating: 1200 }, bootstrapRounds: 0 });
    expect(unused.method.anchor).toBeUndefined();
    expect(byId(unused)[ids[3]].rating).toBeCloseTo(plain[ids[3]].rating!, 8);
  });

  it.each(['sandwich', 'bootstrap'] as const)('%s: no interval where the votes cannot bound a rating', (ci) => {
    const one = rankJudges(['x', 'y'], [games('x', 'y', 1, 0)], { ci });
    expect(one.judges.map((j) => [j.ci, j.rankUpperBound])).toEqual([[null, null], [null, null]]);
    expect(one.judges[0].rating).toBeGreaterThan(one.judges[1].rating!);
    // Forty wins of forty: the prior alone stops x's rating, so the interval would be about the prior.
    const sweep = rankJudges(['x', 'y'], [games('x', 'y', 40, 0)], { ci });
    expect(sweep.judges.every((j) => j.ci === null)).toBe(true);
    // All draws with the only opponent: nothing varies, the interval would have zero width.
    const draws = rankJudges(['x', 'y'], [games('x', 'y', 0, 0, 20, 5)], { ci });
    expect(draws.judges.every((j) => j.ci === null && j.rating === 1000)).toBe(true);
    // A chain nobody contradicted (p beat q, q beat r, never the reverse): no rating is bounded.
    const chain = rankJudges(['p', 'q', 'r'], [games('p', 'q', 9, 0), games('q', 'r', 4, 0)], { ci });
    expect(chain.judges.map((j) => j.ci)).toEqual([null, null, null]);
    const mixed = rankJudges(['x', 'y'], [games('x', 'y', 30, 10)], { ci });
    for (const j of mixed.judges) expect(j.ci![1] - j.ci![0]).toBeGreaterThan(10);
    // One win back is enough: q–r contradicted makes q and r a bounded pair, p stays unbounded.
    const partly = rankJudges(['p', 'q', 'r'], [games('p', 'q', 9, 0), games('q', 'r', 4, 1)], { ci });
    expect(byId(partly).p.ci).toBeNull();
    expect(byId(partly).q.ci![1]).toBeGreaterThan(byId(partly).q.ci![0]);
    expect(byId(partly).r.ci![1]).toBeGreaterThan(byId(partly).r.ci![0]);
    // Rank upper bounds count only shown intervals: p, far above but unbounded, pushes no one down.
    expect([byId(partly).p.rankUpperBound, byId(partly).q.rankUpperBound, byId(partly).r.rankUpperBound]).toEqual([null, 1, 1]);
  });

  it('marks judges under the threshold preliminary', () => {
    const threshold = 810;
    const r = rankJudges(ids, counts, { preliminaryThreshold: threshold, ci: 'bootstrap', bootstrapRounds: 0 });
    for (const j of r.judges) expect(j.preliminary).toBe(j.votes < threshold);
    expect(r.judges.some((j) => j.preliminary)).toBe(true);
    expect(r.judges.some((j) => !j.preliminary)).toBe(true);
    expect(r.judges.every((j) => j.ci === null && j.rankUpperBound === null)).toBe(true);
    expect(r.method.preliminaryThreshold).toBe(threshold);
  });

  it('equal records share a rank', () => {
    const r = rankJudges(['p', 'q', 'r'], [games('p', 'q', 5, 5), games('p', 'r', 6, 2), games('q', 'r', 6, 2)], { bootstrapRounds: 0 });
    const x = byId(r);
    expect(x.p.rating).toBeCloseTo(x.q.rating!, 9);
    expect([x.p.rank, x.q.rank, x.r.rank]).toEqual([1, 1, 3]);
  });
});

describe.each(['sandwich', 'bootstrap'] as const)('rankJudges: disconnected groups (%s)', (ci) => {
  // Group 1: a, b, c (compared among themselves). Group 2: x, y (x crushes y). Never compared across.
  const counts = [games('a', 'b', 30, 20), games('b', 'c', 25, 25), games('a', 'c', 35, 15), games('x', 'y', 95, 5)];
  const result = rankJudges(['a', 'b', 'c', 'x', 'y'], counts, { ci, prior: sklearnEquivalentPrior(1) });
  const j = byId(result);

  it('detects and reports the groups, largest first', () => {
    expect(result.components).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
    expect([j.a.component, j.b.component, j.c.component, j.x.component, j.y.component]).toEqual([0, 0, 0, 1, 1]);
  });

  it('centres each group on 1000 (the prior is all that places one group against another)', () => {
    expect((j.a.rating! + j.b.rating! + j.c.rating!) / 3).toBeCloseTo(1000, 8);
    expect((j.x.rating! + j.y.rating!) / 2).toBeCloseTo(1000, 8);
    expectCleanJson(result);
  });

  it('bounds ranks only against judges of the same group', () => {
    // x's interval lies far above everyone in group 1, yet it does not push their bound down.
    expect(j.x.ci![0]).toBeGreaterThan(Math.max(j.a.ci![1], j.b.ci![1], j.c.ci![1]));
    expect(j.a.rankUpperBound).toBe(1);
    expect(j.y.rankUpperBound).toBe(2);
    for (const judge of result.judges) {
      const above = result.judges.filter((o) => o.component === judge.component && o.ci![0] > judge.ci![1]).length;
      expect(judge.rankUpperBound).toBe(1 + above);
    }
  });
});
