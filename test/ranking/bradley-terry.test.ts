import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_TOLERANCE } from '../../src/ranking/bootstrap';
import { BradleyTerryFitter } from '../../src/ranking/bradley-terry';
import { choleskyInPlace, choleskyInverse, choleskySolve, factorWithJitter } from '../../src/ranking/cholesky';
import { rankJudges } from '../../src/ranking/leaderboard';
import { MultinomialResampler } from '../../src/ranking/multinomial';
import { pairCountsFromVotes } from '../support/pair-count-book';
import { CELLS_PER_PAIR } from '../../src/ranking/pair-graph';
import { buildPairTable } from '../../src/ranking/pair-table';
import { createRandom } from '../../src/ranking/prng';
import { ridgeOnNats } from '../../src/ranking/rating-scale';
import { OUTCOMES, simulateArena } from '../support/simulated-arena';
import type { PairCount } from '../../src/ranking/types';

const games = (lo: string, hi: string, winsLo: number, winsHi: number, ties = 0, bothBad = 0): PairCount => ({ lo, hi, winsLo, winsHi, ties, bothBad });

/** The Wikipedia "Bradley–Terry model" worked example (see ../shared/data/README.md). */
const WIKIPEDIA = [games('A', 'B', 2, 3), games('A', 'D', 1, 4), games('B', 'C', 5, 3), games('C', 'D', 1, 3)];

function arenaCounts(judges: number, votes: number, seed: number): { ids: string[]; counts: PairCount[] } {
  const arena = simulateArena({ judges, votes, seed });
  const list = Array.from(arena.modelA, (a, v) => ({
    modelA: arena.judgeIds[a],
    modelB: arena.judgeIds[arena.modelB[v]],
    outcome: OUTCOMES[arena.outcome[v]],
  }));
  return { ids: arena.judgeIds, counts: pairCountsFromVotes(list) };
}

describe('Bradley–Terry fit', () => {
  it('reproduces the Wikipedia worked example: strengths A 0.640, B 1.043, C 0.660, D 2.270', () => {
    const result = rankJudges(['A', 'B', 'C', 'D'], WIKIPEDIA, { prior: { kind: 'none' }, bootstrapRounds: 0 });
    // Mean rating 1000 ⇔ geometric mean strength 1, the scaling of the example.
    const strength = Object.fromEntries(result.judges.map((j) => [j.id, 10 ** ((j.rating! - 1000) / 400)]));
    expect(strength.A.toFixed(3)).toBe('0.640');
    expect(strength.B.toFixed(3)).toBe('1.043');
    expect(strength.C.toFixed(3)).toBe('0.660');
    expect(strength.D.toFixed(3)).toBe('2.270');
  });

  it("solves the likelihood equations: each judge's expected score equals its observed score", () => {
    const { ids, counts } = arenaCounts(12, 3000, 5);
    const result = rankJudges(ids, counts, { prior: { kind: 'none' }, bootstrapRounds: 0 });
    const rating = Object.fromEntries(result.judges.map((j) => [j.id, j.rating!]));
    const observed: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const c of counts) {
      const n = c.winsLo + c.winsHi + c.ties + c.bothBad;
      const pLo = 1 / (1 + 10 ** ((rating[c.hi] - rating[c.lo]) / 400));
      observed[c.lo] = (observed[c.lo] ?? 0) + c.winsLo + (c.ties + c.bothBad) / 2;
      observed[c.hi] = (observed[c.hi] ?? 0) + c.winsHi + (c.ties + c.bothBad) / 2;
      expected[c.lo] = (expected[c.lo] ?? 0) + n * pLo;
      expected[c.hi] = (expected[c.hi] ?? 0) + n * (1 - pLo);
    }
    for (const id of ids) expect(Math.abs(expected[id] - observed[id])).toBeLessThan(1e-3);
  });

  it('with an L2 prior solves the penalised equations: observed − expected score = strength·log10-strength / ln 10', () => {
    const { ids, counts } = arenaCounts(8, 400, 6);
    const strength = 0.5;
    const result = rankJudges(ids, counts, { prior: { kind: 'l2', strength }, bootstrapRounds: 0 });
    const rating = Object.fromEntries(result.judges.map((j) => [j.id, j.rating!]));
    const gap: Record<string, number> = {};
    for (const c of counts) {
      const n = c.winsLo + c.winsHi + c.ties + c.bothBad;
      const pLo = 1 / (1 + 10 ** ((rating[c.hi] - rating[c.lo]) / 400));
      gap[c.lo] = (gap[c.lo] ?? 0) + c.winsLo + (c.ties + c.bothBad) / 2 - n * pLo;
      gap[c.hi] = (gap[c.hi] ?? 0) + c.winsHi + (c.ties + c.bothBad) / 2 - n * (1 - pLo);
    }
    // d/dθ of (strength/2)·(θ/ln10)² with θ = ln(10)·(R − 1000)/400.
    for (const id of ids) expect(gap[id]).toBeCloseTo((strength * ((rating[id] - 1000) / 400)) / Math.LN10, 6);
  });

  it('warm-started bootstrap refits land on the same optimum as a tight dense fit, within the bootstrap tolerance', () => {
    for (const [judges, votes, method] of [
      [30, 600, 'newton-cg'], // ~1 vote per pair: the full-data Hessian is no guide, Newton–CG does it
      [30, 30_000, 'chord'], // ~70 votes per pair: chord steps with the full-data factor suffice
    ] as const) {
      const { ids, counts } = arenaCounts(judges, votes, judges + votes);
      const table = buildPairTable(ids, counts);
      const ridge = ridgeOnNats(0.5);
      const fitter = new BradleyTerryFitter(table.graph, ridge);
      const thetaHat = new Float64Array(table.ids.length);
      expect(fitter.fit(table.cells, thetaHat).converged).toBe(true);
      const resampler = new MultinomialResampler(table.cells);
      const random = createRandom(1);
      const sample = new Float64Array(table.cells.length);
      let worst = 0;
      const methods = new Set<string>();
      for (let round = 0; round < 20; round++) {
        resampler.draw(sample, random);
        const warm = Float64Array.from(thetaHat);
        const stats = fitter.refit(sample, warm, BOOTSTRAP_TOLERANCE);
        expect(stats.converged).toBe(true);
        methods.add(stats.method);
        const cold = new Float64Array(table.ids.length);
        new BradleyTerryFitter(table.graph, ridge).fit(sample, cold, 1e-12);
        for (let i = 0; i < cold.length; i++) worst = Math.max(worst, Math.abs(warm[i] - cold[i]));
      }
      expect(methods).toContain(method);
      expect(worst).toBeLessThan(BOOTSTRAP_TOLERANCE);
    }
  });

  it('keeps a degenerate arena finite even without a prior', () => {
    for (const ci of ['sandwich', 'bootstrap'] as const) {
      const result = rankJudges(['a', 'b', 'c'], [games('a', 'b', 9, 0), games('b', 'c', 4, 0)], { ci, prior: { kind: 'none' }, bootstrapRounds: 50 });
      for (const j of result.judges) {
        expect(Number.isFinite(j.rating)).toBe(true);
        // No maximum-likelihood rating exists here, so no interval either (bounded-ratings.ts).
        expect(j.ci).toBeNull();
      }
      expect(result.judges.map((j) => j.id)).toEqual(['a', 'b', 'c']);
    }
  });

  it('uses three cells per pair: wins of each side and draws', () => {
    const table = buildPairTable([], [games('x', 'y', 3, 4, 5, 6)]);
    expect(CELLS_PER_PAIR).toBe(3);
    expect(Array.from(table.cells)).toEqual([3, 4, 11]);
  });
});

describe('Cholesky solve', () => {
  it('solves a symmetric positive-definite system and rejects an indefinite one', () => {
    const n = 12;
    const random = createRandom(4);
    const m = Array.from({ length: n * n }, () => random.next() - 0.5);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = i === j ? 0.5 : 0;
        for (let k = 0; k < n; k++) s += m[i * n + k] * m[j * n + k];
        a[i * n + j] = s;
      }
    const b = Float64Array.from({ length: n }, () => random.next());
    const factor = Float64Array.from(a);
    expect(choleskyInPlace(factor, n)).toBe(true);
    const x = new Float64Array(n);
    choleskySolve(factor, n, b, x);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j] * x[j];
      expect(s).toBeCloseTo(b[i], 10);
    }
    expect(choleskyInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toBe(false);
  });

  it('factors a positive semi-definite matrix with the least jitter of its sequence, and gives up on non-finite entries', () => {
    // [[1, 1], [1, 1]] is singular: the first jitter tried, max(base, 1e-9) = 1e-3, already makes it definite.
    const factor = Float64Array.from([1, 1, 1, 1]);
    expect(factorWithJitter(factor, 2, 1e-3)).toBe(true);
    const product = [factor[0] * factor[0], factor[2] * factor[0], factor[2] * factor[2] + factor[3] * factor[3]];
    expect(product[0]).toBeCloseTo(1.001, 12);
    expect(product[1]).toBeCloseTo(1, 12);
    expect(product[2]).toBeCloseTo(1.001, 12);
    // A definite matrix is factored as it is.
    const definite = Float64Array.from([4, 2, 2, 3]);
    expect(factorWithJitter(definite, 2, 1)).toBe(true);
    expect(definite[0]).toBe(2);
    expect(definite[2]).toBe(1);
    expect(definite[3]).toBeCloseTo(Math.sqrt(2), 14);
    expect(factorWithJitter(Float64Array.from([NaN, 0, 0, 1]), 2, 0)).toBe(false);
  });

  it('inverts a symmetric positive-definite matrix from its factor: A·A⁻¹ = I', () => {
    const n = 9;
    const random = createRandom(8);
    const m = Array.from({ length: n * n }, () => random.next() - 0.5);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) a[i * n + j] += m[i * n + k] * m[j * n + k] + (i === j && k === 0 ? 0.1 : 0);
    const factor = Float64Array.from(a);
    expect(choleskyInPlace(factor, n)).toBe(true);
    const inverse = choleskyInverse(factor, n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += a[i * n + k] * inverse[k * n + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 8);
      }
  });
});
