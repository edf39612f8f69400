// Simulated arenas with known true ratings: does the fit find the order, and do the 95% intervals
// cover the truth about 95% of the time?
import { describe, expect, it } from 'vitest';
import { rankJudges } from '../../src/ranking/leaderboard';
import { PairCountBook } from '../support/pair-count-book';
import { OUTCOMES, simulateArena, type SimulatedArena } from '../support/simulated-arena';
import type { PairCount } from '../../src/ranking/types';
import { spearman } from './stats-helpers';

function countsOf(arena: SimulatedArena): PairCount[] {
  const book = new PairCountBook();
  for (let v = 0; v < arena.outcome.length; v++) {
    book.add(arena.judgeIds[arena.modelA[v]], arena.judgeIds[arena.modelB[v]], OUTCOMES[arena.outcome[v]]);
  }
  return book.rows();
}

describe('the simulator', () => {
  it('draws outcomes whose average score is the model probability', () => {
    const arena = simulateArena({ judges: 2, votes: 40_000, seed: 3, ratingSpread: 150, tieRate: 0.4 });
    expect(arena.trueRatings[0] + arena.trueRatings[1]).toBeCloseTo(2000, 9);
    const p = 1 / (1 + 10 ** ((arena.trueRatings[1] - arena.trueRatings[0]) / 400)); // P(judge 0 wins)
    let score0 = 0;
    let draws = 0;
    for (let v = 0; v < arena.outcome.length; v++) {
      const o = OUTCOMES[arena.outcome[v]];
      const zeroIsA = arena.modelA[v] === 0;
      if (o === 'tie' || o === 'both_bad') {
        score0 += 0.5;
        draws++;
      } else if ((o === 'A') === zeroIsA) score0 += 1;
    }
    const n = arena.outcome.length;
    expect(Math.abs(score0 / n - p)).toBeLessThan(4 * Math.sqrt(0.25 / n));
    expect(Math.abs(draws / n - 0.4 * 4 * p * (1 - p))).toBeLessThan(0.02);
  });
});

describe('simulated arenas: 20 judges, 20,000 votes', () => {
  it('recovers the true order (Spearman ≥ 0.95) on every seed', () => {
    for (let seed = 100; seed < 110; seed++) {
      const arena = simulateArena({ judges: 20, votes: 20_000, seed });
      const result = rankJudges(arena.judgeIds, countsOf(arena), { bootstrapRounds: 0 });
      const fitted = arena.judgeIds.map((id) => result.judges.find((j) => j.id === id)!.rating!);
      expect(spearman(fitted, arena.trueRatings)).toBeGreaterThanOrEqual(0.95);
    }
  });

  // 150 arenas × 20 judges = 3,000 intervals per method: the coverage estimate's standard error is
  // about 0.4%, so a method at 95% lands inside 93–97% with room to spare (seeds are fixed).
  it('95% intervals cover the true rating for 93–97% of judges, with each method', () => {
    const arenas = 150;
    const covered = { sandwich: 0, bootstrap: 0 };
    let total = 0;
    for (let seed = 1001; seed <= 1000 + arenas; seed++) {
      const arena = simulateArena({ judges: 20, votes: 20_000, seed });
      const counts = countsOf(arena);
      for (const ci of ['sandwich', 'bootstrap'] as const) {
        // Default options otherwise: the default weak prior, 1000 bootstrap rounds.
        const result = rankJudges(arena.judgeIds, counts, { ci, seed });
        for (const j of result.judges) {
          const truth = arena.trueRatings[arena.judgeIds.indexOf(j.id)];
          if (j.ci![0] <= truth && truth <= j.ci![1]) covered[ci]++;
        }
      }
      total += 20;
    }
    expect(total).toBe(3000);
    for (const ci of ['sandwich', 'bootstrap'] as const) {
      expect(covered[ci] / total, ci).toBeGreaterThanOrEqual(0.93);
      expect(covered[ci] / total, ci).toBeLessThanOrEqual(0.97);
    }
  }, 120_000); // 150 arenas, each ranked twice (one with 1000 bootstrap rounds): ~10 s, more on a busy machine

  it('gives an undefeated young judge a finite rating with the prior on (and none without it)', () => {
    const arena = simulateArena({ judges: 20, votes: 20_000, seed: 5 });
    const book = new PairCountBook();
    for (let v = 0; v < arena.outcome.length; v++) {
      book.add(arena.judgeIds[arena.modelA[v]], arena.judgeIds[arena.modelB[v]], OUTCOMES[arena.outcome[v]]);
    }
    // A newcomer that has won all of its 12 battles so far.
    for (let k = 0; k < 12; k++) book.add('rookie', arena.judgeIds[k % 20], 'A');
    const ids = [...arena.judgeIds, 'rookie'];
    const withPrior = rankJudges(ids, book.rows());
    const rookie = withPrior.judges.find((j) => j.id === 'rookie')!;
    expect(Number.isFinite(rookie.rating)).toBe(true);
    expect(rookie).toMatchObject({ votes: 12, wins: 12, losses: 0, preliminary: true });
    expect(rookie.rating!).toBeGreaterThan(Math.max(...arena.trueRatings));
    // Its rating is the prior's doing, so neither method claims an interval for it; the others keep theirs.
    for (const ci of ['sandwich', 'bootstrap'] as const) {
      const result = rankJudges(ids, book.rows(), { ci, bootstrapRounds: 200 });
      for (const j of result.judges) expect(j.ci === null).toBe(j.id === 'rookie');
    }
    // Without the prior the maximum-likelihood rating does not exist: the fit runs off until only
    // the numerical floor stops it, hundreds of points further up.
    const ml = rankJudges(ids, book.rows(), { prior: { kind: 'none' }, bootstrapRounds: 0 });
    const mlRookie = ml.judges.find((j) => j.id === 'rookie')!;
    expect(mlRookie.rating! - rookie.rating!).toBeGreaterThan(500);
  });
});
