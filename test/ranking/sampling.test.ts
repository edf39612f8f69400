// The bootstrap's random machinery: seeded uniforms, alias draws, Poisson draws and the exact
// multinomial resampling built from them, each checked against its exact distribution.
import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/ranking/alias-table';
import { MultinomialResampler } from '../../src/ranking/multinomial';
import { logFactorial, PoissonTable } from '../../src/ranking/poisson';
import { createRandom } from '../../src/ranking/prng';
import { chiSquare, chiSquare999, logFactorialBySum } from './stats-helpers';

describe('seeded random stream', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(createRandom(2 ** 40).next()).not.toBe(createRandom(0).next());
  });

  it('is uniform on the open interval (0, 1)', () => {
    const random = createRandom(7);
    const bins = new Array(20).fill(0);
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      if (!(u > 0 && u < 1)) outside++;
      bins[Math.floor(u * 20)]++;
    }
    expect(outside).toBe(0);
    // Chi-square with 19 degrees of freedom: the 99.9% point is 43.8.
    const expected = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8);
  });
});

describe('alias table', () => {
  it('draws each index with its weight, never a zero-weight one', () => {
    const weights = [5, 0, 1, 13, 0.5, 7, 0, 3.5];
    const total = weights.reduce((s, w) => s + w, 0);
    const table = new AliasTable(weights);
    const random = createRandom(99);
    const draws = 300_000;
    const observed = new Map<string, number>();
    for (let d = 0; d < draws; d++) {
      const i = String(table.sample(random));
      observed.set(i, (observed.get(i) ?? 0) + 1);
    }
    expect(observed.has('1')).toBe(false);
    expect(observed.has('6')).toBe(false);
    const expected = new Map(weights.flatMap((w, i) => (w > 0 ? [[String(i), w / total] as [string, number]] : [])));
    const { stat, df } = chiSquare(observed, expected, draws);
    expect(df).toBe(5);
    expect(stat).toBeLessThan(chiSquare999(df));
  });

  it('rejects weights that cannot be normalised', () => {
    expect(() => new AliasTable([0, 0])).toThrow(RangeError);
    expect(() => new AliasTable([1, -1, 2])).toThrow(RangeError);
  });
});

function poissonPmf(lambda: number, k: number): number {
  return Math.exp(-lambda + k * Math.log(lambda) - logFactorialBySum(k));
}

describe('log factorial', () => {
  it('matches the sum of logarithms', () => {
    for (const k of [0, 1, 2, 5, 9, 10, 11, 50, 170, 1000, 12345]) {
      expect(logFactorial(k)).toBeCloseTo(logFactorialBySum(k), 8);
    }
  });
});

describe('Poisson sampler', () => {
  // Both algorithms (inversion below a mean of 10, PTRS from 10) and the switch between them.
  for (const lambda of [0.3, 3.7, 9.99, 10, 57.3, 2000]) {
    it(`draws Poisson(${lambda}) with the exact distribution`, () => {
      const table = new PoissonTable([lambda]);
      const random = createRandom(Math.round(lambda * 1000));
      const draws = 200_000;
      const observed = new Map<string, number>();
      let sum = 0;
      let sumSq = 0;
      for (let d = 0; d < draws; d++) {
        const k = table.sample(0, random);
        sum += k;
        sumSq += k * k;
        observed.set(String(k), (observed.get(String(k)) ?? 0) + 1);
      }
      const expected = new Map<string, number>();
      const hi = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 20);
      for (let k = Math.max(0, Math.floor(lambda - 12 * Math.sqrt(lambda))); k <= hi; k++) expected.set(String(k), poissonPmf(lambda, k));
      const { stat, df } = chiSquare(observed, expected, draws);
      expect(stat).toBeLessThan(chiSquare999(df));
      const mean = sum / draws;
      const variance = sumSq / draws - mean * mean;
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / draws));
      expect(variance / lambda).toBeGreaterThan(0.98);
      expect(variance / lambda).toBeLessThan(1.02);
    });
  }

  it('returns 0 for a zero mean and rejects a negative one', () => {
    const random = createRandom(1);
    const table = new PoissonTable([0]);
    for (let i = 0; i < 100; i++) expect(table.sample(0, random)).toBe(0);
    expect(() => new PoissonTable([-1])).toThrow(RangeError);
  });
});

function multinomialPmf(x: number[], p: number[]): number {
  const n = x.reduce((s, v) => s + v, 0);
  let log = logFactorialBySum(n);
  x.forEach((k, i) => (log += k * Math.log(p[i]) - logFactorialBySum(k)));
  return Math.exp(log);
}

/** Every vector of `cells` non-negative integers summing to n. */
function compositions(n: number, cells: number): number[][] {
  if (cells === 1) return [[n]];
  const out: number[][] = [];
  for (let k = 0; k <= n; k++) for (const rest of compositions(n - k, cells - 1)) out.push([k, ...rest]);
  return out;
}

function jointTest(counts: number[], draws: number, seed: number) {
  const n = counts.reduce((s, c) => s + c, 0);
  const p = counts.map((c) => c / n);
  const resampler = new MultinomialResampler(counts);
  const random = createRandom(seed);
  const out = new Float64Array(counts.length);
  const observed = new Map<string, number>();
  for (let d = 0; d < draws; d++) {
    resampler.draw(out, random);
    const key = Array.from(out).join(',');
    observed.set(key, (observed.get(key) ?? 0) + 1);
  }
  const expected = new Map(compositions(n, counts.length).map((x) => [x.join(','), multinomialPmf(x, p)] as [string, number]));
  return chiSquare(observed, expected, draws);
}

describe('multinomial resampling of outcome cells', () => {
  it('has the exact joint distribution when N is small (every vote drawn one by one)', () => {
    const { stat, df } = jointTest([3, 2, 1], 100_000, 1);
    expect(df).toBeGreaterThan(10);
    expect(stat).toBeLessThan(chiSquare999(df));
  });

  it('has the exact joint distribution on the Poisson-plus-top-up path', () => {
    // N = 30: cells are drawn as Poisson(c·0.45) and topped up to 30 votes.
    const { stat, df } = jointTest([15, 10, 5], 200_000, 2);
    expect(df).toBeGreaterThan(50);
    expect(stat).toBeLessThan(chiSquare999(df));
  });

  it('matches multinomial means and covariances with large counts (PTRS path), always summing to N', () => {
    const counts = [600, 0, 300, 90, 10];
    const n = 1000;
    const p = counts.map((c) => c / n);
    const resampler = new MultinomialResampler(counts);
    const random = createRandom(3);
    const out = new Float64Array(counts.length);
    const draws = 40_000;
    const sum = new Float64Array(counts.length);
    const cross = new Float64Array(counts.length * counts.length);
    const marginal = new Map<string, number>();
    let badTotals = 0;
    for (let d = 0; d < draws; d++) {
      resampler.draw(out, random);
      if (out.reduce((s, v) => s + v, 0) !== n) badTotals++;
      for (let i = 0; i < counts.length; i++) {
        sum[i] += out[i];
        for (let j = 0; j < counts.length; j++) cross[i * counts.length + j] += out[i] * out[j];
      }
      marginal.set(String(out[0]), (marginal.get(String(out[0])) ?? 0) + 1);
    }
    expect(badTotals).toBe(0);
    expect(sum[1]).toBe(0); // an empty cell stays empty
    for (let i = 0; i < counts.length; i++) {
      const mean = sum[i] / draws;
      expect(Math.abs(mean - n * p[i])).toBeLessThan(5 * Math.sqrt((n * p[i] * (1 - p[i])) / draws) + 1e-12);
      for (let j = 0; j < counts.length; j++) {
        const cov = cross[i * counts.length + j] / draws - (sum[i] / draws) * (sum[j] / draws);
        const truth = i === j ? n * p[i] * (1 - p[i]) : -n * p[i] * p[j];
        expect(Math.abs(cov - truth)).toBeLessThan(0.05 * Math.abs(n * p[i] * (1 - p[i])) + 0.05 * Math.abs(truth) + 1e-9);
      }
    }
    // The first cell's marginal is exactly Binomial(1000, 0.6).
    const expected = new Map<string, number>();
    for (let k = 500; k <= 700; k++) expected.set(String(k), multinomialPmf([k, n - k], [0.6, 0.4]));
    const { stat, df } = chiSquare(marginal, expected, draws);
    expect(stat).toBeLessThan(chiSquare999(df));
  });

  it('handles no votes at all', () => {
    const out = new Float64Array(3).fill(7);
    new MultinomialResampler([0, 0, 0]).draw(out, createRandom(1));
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });
});
