// The sandwich intervals against a covariance computed here independently: every battle listed
// one by one, the Hessian by finite differences of the penalised log-likelihood, the meat from each
// battle's own score vector, and the centring done by projection (not by dropping a reference).
import { describe, expect, it } from 'vitest';
import { rankJudges } from '../../src/ranking/leaderboard';
import type { PairCount, RankingPrior } from '../../src/ranking/types';

const games = (lo: string, hi: string, winsLo: number, winsHi: number, ties = 0, bothBad = 0): PairCount => ({ lo, hi, winsLo, winsHi, ties, bothBad });
const IDS = ['a', 'b', 'c'];
// Three judges, every pair compared, with ties and both-bad (each a half win for both sides).
const COUNTS = [games('a', 'b', 7, 4, 2, 1), games('b', 'c', 6, 5, 2, 0), games('a', 'c', 8, 3, 0, 1)];
const NATS_PER_POINT = Math.LN10 / 400;
const Z = 1.959963984540054;

/** Each battle as (i, j, y) with y = 1 when i won, 0 when j won, ½ for a tie or both-bad. */
function battles(): [number, number, number][] {
  const list: [number, number, number][] = [];
  for (const c of COUNTS) {
    const i = IDS.indexOf(c.lo);
    const j = IDS.indexOf(c.hi);
    for (let k = 0; k < c.winsLo; k++) list.push([i, j, 1]);
    for (let k = 0; k < c.winsHi; k++) list.push([i, j, 0]);
    for (let k = 0; k < c.ties + c.bothBad; k++) list.push([i, j, 0.5]);
  }
  return list;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Penalised negative log-likelihood in natural-log strengths; the prior is (s/2)·Σ log10(strength)². */
function objective(theta: number[], strength: number): number {
  let value = 0;
  for (const [i, j, y] of battles()) {
    const p = sigmoid(theta[i] - theta[j]);
    value -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  for (const t of theta) value += 0.5 * strength * (t / Math.LN10) ** 2;
  return value;
}

function finiteDifferenceHessian(theta: number[], strength: number): number[][] {
  const h = 1e-4;
  const at = (di: number, dj: number, i: number, j: number) => {
    const x = [...theta];
    x[i] += di;
    x[j] += dj;
    return objective(x, strength);
  };
  return theta.map((_, i) => theta.map((_, j) => (at(h, h, i, j) - at(h, -h, i, j) - at(-h, h, i, j) + at(-h, -h, i, j)) / (4 * h * h)));
}

/** Σ over battles of s·sᵀ, s = ∂ log-likelihood of that battle / ∂θ = (y − p)·(e_i − e_j). */
function meat(theta: number[]): number[][] {
  const m = theta.map(() => theta.map(() => 0));
  for (const [i, j, y] of battles()) {
    const r = y - sigmoid(theta[i] - theta[j]);
    const s = theta.map((_, k) => (k === i ? r : k === j ? -r : 0));
    for (let u = 0; u < 3; u++) for (let v = 0; v < 3; v++) m[u][v] += s[u] * s[v];
  }
  return m;
}

function inverse3(a: number[][]): number[][] {
  const [[p, q, r], [s, t, u], [v, w, x]] = a;
  const det = p * (t * x - u * w) - q * (s * x - u * v) + r * (s * w - t * v);
  const adj = [
    [t * x - u * w, r * w - q * x, q * u - r * t],
    [u * v - s * x, p * x - r * v, r * s - p * u],
    [s * w - t * v, q * v - p * w, p * t - q * s],
  ];
  return adj.map((row) => row.map((e) => e / det));
}

const multiply = (a: number[][], b: number[][]) => a.map((row) => b[0].map((_, j) => row.reduce((s, e, k) => s + e * b[k][j], 0)));
const J3 = [0, 1, 2].map(() => [1 / 3, 1 / 3, 1 / 3]);
const minus = (a: number[][], b: number[][]) => a.map((row, i) => row.map((e, j) => e - b[i][j]));

/** Covariance of the centred strengths, P·H⁻¹·M·H⁻¹·P; without a prior H is singular and its pseudo-inverse (H + J/3)⁻¹ − J/3 is used. */
function expectedCovariance(theta: number[], prior: RankingPrior): number[][] {
  const strength = prior.kind === 'l2' ? prior.strength : 0;
  const hessian = finiteDifferenceHessian(theta, strength);
  const bread = prior.kind === 'l2' ? inverse3(hessian) : minus(inverse3(hessian.map((row, i) => row.map((e, j) => e + J3[i][j]))), J3);
  const centre = minus([0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? 1 : 0))), J3);
  return multiply(multiply(centre, multiply(multiply(bread, meat(theta)), bread)), centre);
}

describe('sandwich intervals: a hand-computed three-judge case', () => {
  for (const prior of [{ kind: 'l2', strength: 0.5 }, { kind: 'l2', strength: 4 }, { kind: 'none' }] as RankingPrior[]) {
    it(`matches H⁻¹MH⁻¹ from finite differences and per-battle scores (prior ${JSON.stringify(prior)})`, () => {
      const result = rankJudges(IDS, COUNTS, { prior });
      expect(result.method.ci).toBe('sandwich');
      const rating = IDS.map((id) => result.judges.find((j) => j.id === id)!.rating!);
      const theta = rating.map((r) => (r - 1000) * NATS_PER_POINT);
      const cov = expectedCovariance(theta, prior);
      IDS.forEach((id, i) => {
        const judge = result.judges.find((j) => j.id === id)!;
        const half = (Z * Math.sqrt(cov[i][i])) / NATS_PER_POINT;
        expect(half).toBeGreaterThan(50); // ~40 votes each: wide, so the comparison below is not trivially met
        expect(judge.ci![0]).toBeCloseTo(rating[i] - half, 2);
        expect(judge.ci![1]).toBeCloseTo(rating[i] + half, 2);
      });
    });
  }

  it('with an anchor, the interval is that of the difference to the anchor (the anchor itself has none to speak of)', () => {
    const result = rankJudges(IDS, COUNTS, { anchor: { id: 'b', rating: 1100 } });
    const plain = rankJudges(IDS, COUNTS);
    const theta = IDS.map((id) => (plain.judges.find((j) => j.id === id)!.rating! - 1000) * NATS_PER_POINT);
    const cov = expectedCovariance(theta, { kind: 'l2', strength: 0.5 });
    const b = 1;
    IDS.forEach((id, i) => {
      const judge = result.judges.find((j) => j.id === id)!;
      const half = (Z * Math.sqrt(Math.max(cov[i][i] - 2 * cov[i][b] + cov[b][b], 0))) / NATS_PER_POINT;
      expect(judge.ci![0]).toBeCloseTo(judge.rating! - half, 2);
      expect(judge.ci![1]).toBeCloseTo(judge.rating! + half, 2);
    });
    expect(result.judges.find((j) => j.id === 'b')!.ci).toEqual([1100, 1100]);
  });

  it('is not the model-based H⁻¹: over-dispersed outcomes (all ties or all decisive) move the sandwich', () => {
    // Same win shares, different spread of outcomes: a tie has a smaller residual than a win or a loss.
    const decisive = rankJudges(['x', 'y', 'z'], [games('x', 'y', 20, 10), games('y', 'z', 15, 15), games('x', 'z', 20, 10)]);
    const tied = rankJudges(['x', 'y', 'z'], [games('x', 'y', 10, 0, 20), games('y', 'z', 0, 0, 30), games('x', 'z', 10, 0, 20)]);
    const width = (r: typeof decisive, id: string) => {
      const ci = r.judges.find((j) => j.id === id)!.ci!;
      return ci[1] - ci[0];
    };
    for (const id of ['x', 'y', 'z']) expect(width(tied, id)).toBeLessThan(0.8 * width(decisive, id));
  });
});

describe('sandwich intervals: disconnected groups', () => {
  it('gives each group its own covariance, as if it were ranked alone', () => {
    const group1 = [games('a', 'b', 30, 20), games('b', 'c', 25, 25, 3), games('a', 'c', 35, 15)];
    const group2 = [games('x', 'y', 60, 40, 5)];
    const both = rankJudges(['a', 'b', 'c', 'x', 'y'], [...group1, ...group2]);
    const alone1 = rankJudges(['a', 'b', 'c'], group1);
    const alone2 = rankJudges(['x', 'y'], group2);
    for (const judge of [...alone1.judges, ...alone2.judges]) {
      const joint = both.judges.find((j) => j.id === judge.id)!;
      expect(joint.ci![0]).toBeCloseTo(judge.ci![0], 6);
      expect(joint.ci![1]).toBeCloseTo(judge.ci![1], 6);
    }
  });

  it('with an anchor in one group, the other group also carries the anchor\'s uncertainty', () => {
    const group1 = [games('a', 'b', 30, 20), games('b', 'c', 25, 25, 3), games('a', 'c', 35, 15)];
    const group2 = [games('x', 'y', 60, 40, 5)];
    const anchored = rankJudges(['a', 'b', 'c', 'x', 'y'], [...group1, ...group2], { anchor: { id: 'a', rating: 1200 } });
    const halfWidth = (ci: [number, number] | null) => (ci![1] - ci![0]) / 2;
    const anchorAlone = halfWidth(rankJudges(['a', 'b', 'c'], group1).judges.find((j) => j.id === 'a')!.ci);
    for (const judge of rankJudges(['x', 'y'], group2).judges) {
      const joint = anchored.judges.find((j) => j.id === judge.id)!;
      // Independent groups: variances add.
      expect(halfWidth(joint.ci)).toBeCloseTo(Math.hypot(halfWidth(judge.ci), anchorAlone), 6);
    }
  });
});
