// Exact Poisson sampling for a fixed list of means (the bootstrap draws the same means a thousand
// times, so everything that depends only on a mean is computed once):
//  - inversion through a precomputed cumulative table with a guide table: one uniform and one or
//    two comparisons per draw. Means are shared between cells with equal counts, so the tables stay
//    small (two million votes among 100 judges: ~350 distinct means, ~90k entries); each table
//    spans mean ± (10·√mean + 10), outside which the probability is below 1e-15, far beneath the
//    2^-32 resolution of the uniforms, so the draws are as exact as the uniforms themselves;
//  - past a memory budget, Hörmann's PTRS, transformed rejection with squeeze ("The transformed
//    rejection method for generating Poisson random variables", Insurance: Math. and Econ. 12,
//    1993, the algorithm numpy uses); small means that miss the budget use plain inversion.
import type { Random } from './prng';

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/** Total table entries (8 bytes of cumulative probability + 4 of guide each): at most ~6 MB. */
const TABLE_BUDGET = 1 << 19;
const PTRS_MIN_MEAN = 10;

// log(k!) − [(k + ½)·log(k + 1) − (k + 1) + ½·log(2π)]: exact below 10, Stirling's series above.
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

/** log(k!) for a non-negative integer k. */
export function logFactorial(k: number): number {
  let tail: number;
  if (k <= 9) tail = STIRLING_TAIL[k];
  else {
    const kp1sq = (k + 1) * (k + 1);
    tail = (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
  }
  return (k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI + tail;
}

const enum Method {
  Zero = 0,
  Table = 1,
  Ptrs = 2,
  Inversion = 3,
}

/** Samplers for Poisson(means[i]); build once, draw many times. */
export class PoissonTable {
  private readonly mean: Float64Array;
  private readonly method: Uint8Array;
  /** Per mean: index of its PTRS constants (Ptrs). */
  private readonly slot: Int32Array;
  // Per mean with a table (copied per mean so a draw needs no extra indirection): the value of
  // its first entry, its entry count and its offset into `cumulative` / `guide`.
  private readonly first: Int32Array;
  private readonly size: Int32Array;
  private readonly offset: Int32Array;
  private readonly cumulative: Float64Array;
  private readonly guide: Int32Array;
  // PTRS constants.
  private readonly ptrs: { a: number; b: number; vr: number; logInvAlpha: number; logMean: number }[] = [];

  constructor(means: ArrayLike<number>) {
    const n = means.length;
    this.mean = Float64Array.from(means);
    this.method = new Uint8Array(n);
    this.slot = new Int32Array(n);
    this.first = new Int32Array(n);
    this.size = new Int32Array(n);
    this.offset = new Int32Array(n);
    const tableOfMean: number[] = new Array(n).fill(-1);
    const tableOf = new Map<number, number>();
    const tables: { first: number; probabilities: Float64Array }[] = [];
    let entries = 0;
    for (let i = 0; i < n; i++) {
      const lam = this.mean[i];
      if (!(lam >= 0) || !Number.isFinite(lam)) throw new RangeError('Poisson means must be finite and non-negative');
      if (lam === 0) {
        this.method[i] = Method.Zero;
        continue;
      }
      let table = tableOf.get(lam);
      if (table === undefined) {
        const spread = 10 * Math.sqrt(lam) + 10;
        const first = Math.max(0, Math.floor(lam - spread));
        const size = Math.ceil(lam + spread) - first + 1;
        if (entries + size <= TABLE_BUDGET) {
          table = tables.length;
          tableOf.set(lam, table);
          const probabilities = new Float64Array(size);
          const logLam = Math.log(lam);
          for (let j = 0; j < size; j++) probabilities[j] = Math.exp(-lam + (first + j) * logLam - logFactorial(first + j));
          tables.push({ first, probabilities });
          entries += size;
        }
      }
      if (table !== undefined) {
        this.method[i] = Method.Table;
        tableOfMean[i] = table;
      } else if (lam >= PTRS_MIN_MEAN) {
        this.method[i] = Method.Ptrs;
        this.slot[i] = this.ptrs.length;
        const b = 0.931 + 2.53 * Math.sqrt(lam);
        this.ptrs.push({
          a: -0.059 + 0.02483 * b,
          b,
          vr: 0.9277 - 3.6224 / (b - 2),
          logInvAlpha: Math.log(1.1239 + 1.1328 / (b - 3.4)),
          logMean: Math.log(lam),
        });
      } else {
        this.method[i] = Method.Inversion;
      }
    }
    // Cumulative probabilities, and for each table a guide: guide[g] = first entry whose
    // cumulative probability reaches g / size, so a search starts at most a step or two short.
    this.cumulative = new Float64Array(entries);
    this.guide = new Int32Array(entries);
    let offset = 0;
    const tableFirst: number[] = [];
    const tableOffset: number[] = [];
    for (const { first, probabilities } of tables) {
      const size = probabilities.length;
      let sum = 0;
      for (let j = 0; j < size; j++) {
        sum += probabilities[j];
        this.cumulative[offset + j] = sum;
      }
      this.cumulative[offset + size - 1] = 1; // the truncated tails (< 1e-15) go to the last entry
      for (let g = 0, j = 0; g < size; g++) {
        while (this.cumulative[offset + j] < g / size) j++;
        this.guide[offset + g] = j;
      }
      tableFirst.push(first);
      tableOffset.push(offset);
      offset += size;
    }
    for (let i = 0; i < n; i++) {
      const t = tableOfMean[i];
      if (t < 0) continue;
      this.first[i] = tableFirst[t];
      this.size[i] = tables[t].probabilities.length;
      this.offset[i] = tableOffset[t];
    }
  }

  get length(): number {
    return this.mean.length;
  }

  /** One draw from Poisson(means[i]). */
  sample(i: number, random: Random): number {
    switch (this.method[i]) {
      case Method.Table: {
        const offset = this.offset[i];
        const u = random.next();
        let j = offset + this.guide[offset + Math.floor(u * this.size[i])];
        while (this.cumulative[j] < u) j++;
        return this.first[i] + j - offset;
      }
      case Method.Zero:
        return 0;
      case Method.Ptrs:
        return this.samplePtrs(this.mean[i], this.ptrs[this.slot[i]], random);
      default:
        return this.sampleByInversion(this.mean[i], random);
    }
  }

  private sampleByInversion(lam: number, random: Random): number {
    let p = Math.exp(-lam);
    let cumulative = p;
    const u = random.next();
    let k = 0;
    // The k < 1000 guard only matters if rounding left the cumulative sum just below u.
    while (u > cumulative && k < 1000) {
      k++;
      p *= lam / k;
      cumulative += p;
    }
    return k;
  }

  private samplePtrs(lam: number, c: { a: number; b: number; vr: number; logInvAlpha: number; logMean: number }, random: Random): number {
    const { a, b, vr } = c;
    const shift = lam + 0.43;
    for (;;) {
      const u = random.next() - 0.5;
      const v = random.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + shift);
      if (us >= 0.07 && v <= vr) return k; // inside the squeeze: accept without any logarithm
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + c.logInvAlpha - Math.log(a / (us * us) + b) <= -lam + k * c.logMean - logFactorial(k)) return k;
    }
  }
}
