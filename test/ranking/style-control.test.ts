// Style control on simulated arenas with known style effects: the moments-based contextual fit recovers the
// coefficients (and finds ~0 when voters ignore style), agrees with the exact per-vote fit, and its
// style-controlled ratings undo the bias a plain Bradley–Terry fit takes from verbose judges.
import { describe, expect, it } from 'vitest';
import { rankJudges } from '../../src/ranking/leaderboard';
import { POINTS_PER_NAT, ridgeOnNats } from '../../src/ranking/rating-scale';
import { styleControl, type StyleControlResult } from '../../src/ranking/style-control';
import { Z_95 } from '../../src/ranking/sandwich';
import { STYLE_FEATURE_COUNT, STYLE_FEATURES, styleIncrement } from '../../src/ranking/style-sums';
import { PairCountBook } from '../support/pair-count-book';
import { StyleSumsBook } from '../support/style-sums-book';
import { exactContextualFit } from '../support/exact-contextual-fit';
import { simulateStyleArena, type SimulatedStyleArena, type StyleArenaSpec } from '../support/simulated-style-arena';

function ledgerOf(arena: SimulatedStyleArena) {
  const book = new StyleSumsBook();
  const pairs = new PairCountBook();
  for (let v = 0; v < arena.modelA.length; v++) {
    const a = arena.judgeIds[arena.modelA[v]];
    const b = arena.judgeIds[arena.modelB[v]];
    const x = Array.from(arena.features.subarray(v * STYLE_FEATURE_COUNT, (v + 1) * STYLE_FEATURE_COUNT));
    book.add(styleIncrement(a, b, arena.choice[v], x));
    pairs.add(a, b, arena.choice[v]);
  }
  return { rows: book.all(), pairCounts: pairs.rows() };
}

/** The fitted effect in nats per raw unit (what the simulation's effects are in). */
function rawEffect(result: StyleControlResult, name: string) {
  const f = result.features.find((c) => c.name === name)!;
  const perUnit = (v: number) => v / (POINTS_PER_NAT * f.scale!);
  return { effect: perUnit(f.coefficient!), ci: [perUnit(f.ci![0]), perUnit(f.ci![1])] as const };
}

const SPEC: Omit<StyleArenaSpec, 'effects' | 'seed'> = { judges: 16, votes: 30_000 };

describe('style control on a simulated arena', () => {
  it('recovers the style effects voters act on, with intervals that cover them', () => {
    const effects = { length: 1.2, bold: 0.5, score: -0.15 };
    const arena = simulateStyleArena({ ...SPEC, seed: 7, effects });
    const result = styleControl(arena.judgeIds, ledgerOf(arena).rows);
    expect(result.converged).toBe(true);
    expect(result.votes).toBe(SPEC.votes);
    for (const name of STYLE_FEATURES) {
      const truth = effects[name as keyof typeof effects] ?? 0;
      const { effect, ci } = rawEffect(result, name);
      expect(ci[0], name).toBeLessThan(truth);
      expect(ci[1], name).toBeGreaterThan(truth);
      if (truth !== 0) expect(Math.abs(effect - truth) / Math.abs(truth), name).toBeLessThan(0.2);
    }
    // Signs the page turns into sentences: longer critiques and bold favoured, the harsher score favoured.
    const byName = new Map(result.features.map((f) => [f.name, f]));
    expect(byName.get('length')!.ci![0]).toBeGreaterThan(0);
    expect(byName.get('score')!.ci![1]).toBeLessThan(0);
  });

  it('finds about zero when voters ignore style', () => {
    const arena = simulateStyleArena({ ...SPEC, seed: 11, effects: {} });
    const result = styleControl(arena.judgeIds, ledgerOf(arena).rows);
    let covered = 0;
    for (const f of result.features) {
      // Within a few rating points per RMS of the feature, and (almost always) an interval around 0.
      expect(Math.abs(f.coefficient!), f.name).toBeLessThan(12);
      if (f.ci![0] < 0 && f.ci![1] > 0) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(STYLE_FEATURES.length - 1);
  });

  it('agrees with the exact per-vote contextual fit', () => {
    const arena = simulateStyleArena({ judges: 8, votes: 8_000, seed: 3, effects: { length: 1.5, lists: 0.4 } });
    const ridge = ridgeOnNats(0.5);
    const result = styleControl(arena.judgeIds, ledgerOf(arena).rows);
    const exact = exactContextualFit(8, arena.modelA, arena.modelB, arena.choice, arena.features, STYLE_FEATURE_COUNT, ridge);
    STYLE_FEATURES.forEach((name, f) => {
      const approx = result.features[f];
      const exactPoints = POINTS_PER_NAT * exact.beta[f];
      const halfWidth = (approx.ci![1] - approx.ci![0]) / 2;
      // The second-order moments give the exact fit's coefficient to well within its standard error.
      expect(Math.abs(approx.coefficient! - exactPoints), name).toBeLessThan(0.1 * halfWidth);
      // Its interval is the exact fit's sandwich interval to within 5% (the meat is taken at each pair's mean style logit).
      const exactHalfWidth = Z_95 * POINTS_PER_NAT * Math.sqrt(exact.coefficientVariances[f]);
      expect(Math.abs(halfWidth / exactHalfWidth - 1), name).toBeLessThan(0.05);
    });
    const mean = exact.theta.reduce((s, t) => s + t, 0) / 8;
    arena.judgeIds.forEach((id, i) => {
      const judge = result.judges.get(id)!;
      const halfWidth = (judge.ci![1] - judge.ci![0]) / 2;
      expect(Math.abs(judge.rating - (1000 + POINTS_PER_NAT * (exact.theta[i] - mean)))).toBeLessThan(0.1 * halfWidth);
    });
  });

  it('undoes the rating a plain fit gives verbose judges', () => {
    const arena = simulateStyleArena({ ...SPEC, seed: 5, effects: { length: 1.5 } });
    const { rows, pairCounts } = ledgerOf(arena);
    const plain = new Map(rankJudges(arena.judgeIds, pairCounts).judges.map((j) => [j.id, j.rating!]));
    const controlled = styleControl(arena.judgeIds, rows);
    const error = (rating: (id: string) => number) =>
      Math.sqrt(arena.judgeIds.reduce((s, id, i) => s + (rating(id) - arena.trueRatings[i]) ** 2, 0) / arena.judgeIds.length);
    const plainError = error((id) => plain.get(id)!);
    const controlledError = error((id) => controlled.judges.get(id)!.rating);
    expect(controlledError).toBeLessThan(plainError / 2);
    // The most verbose judge is rated above its true strength by the plain fit, not by style control.
    const verbose = arena.habits.reduce((best, h, i) => (h.words > arena.habits[best].words ? i : best), 0);
    const id = arena.judgeIds[verbose];
    expect(plain.get(id)! - arena.trueRatings[verbose]).toBeGreaterThan(20);
    expect(Math.abs(controlled.judges.get(id)!.rating - arena.trueRatings[verbose])).toBeLessThan(20);
    // Intervals, ranks and upper bounds like the plain ranking's.
    for (const j of controlled.judges.values()) {
      expect(j.ci![0]).toBeLessThan(j.rating);
      expect(j.rankUpperBound!).toBeLessThanOrEqual(j.rank);
    }
  });

  it('leaves out a feature that never varies, and has nothing to say without votes', () => {
    const arena = simulateStyleArena({ judges: 4, votes: 500, seed: 9, effects: {} });
    const rows = ledgerOf(arena).rows.map((r) => ({ ...r, sums: r.sums.map((s, f) => (f === 1 ? 0 : s)), products: r.products.map((p, i) => ([1, 5, 6, 7, 8].includes(i) ? 0 : p)) }));
    const result = styleControl(arena.judgeIds, rows);
    expect(result.features[1]).toEqual({ name: 'headers', coefficient: null, ci: null, scale: 0 });
    expect(result.features[0].coefficient).not.toBeNull();
    const empty = styleControl(['a', 'b'], []);
    expect(empty.judges.size).toBe(0);
    expect(empty.votes).toBe(0);
    expect(empty.features.every((f) => f.coefficient === null && f.scale === null)).toBe(true);
  });

  it('has coefficient intervals that cover the true effects about 95% of the time', () => {
    const effects = { length: 1, lists: 0.3, bold: 0.5, headers: 0, score: -0.1 };
    let covered = 0;
    let intervals = 0;
    for (let seed = 100; seed < 140; seed++) {
      const arena = simulateStyleArena({ judges: 12, votes: 6_000, seed, effects });
      const result = styleControl(arena.judgeIds, ledgerOf(arena).rows);
      for (const name of STYLE_FEATURES) {
        const f = result.features.find((c) => c.name === name)!;
        if (f.coefficient === null) continue;
        const { ci } = rawEffect(result, name);
        intervals++;
        if (ci[0] <= effects[name] && effects[name] <= ci[1]) covered++;
      }
    }
    expect(intervals).toBe(200);
    expect(covered / intervals).toBeGreaterThanOrEqual(0.9);
    expect(covered / intervals).toBeLessThanOrEqual(0.99);
  });
});
