// Walker's alias method (Vose's construction): O(1) draws of an index with fixed probabilities.
import type { Random } from './prng';

export class AliasTable {
  private readonly probability: Float64Array;
  private readonly alias: Int32Array;

  /** `weights` must be non-negative with a positive sum. */
  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!(weights[i] >= 0)) throw new RangeError('alias weights must be non-negative');
      total += weights[i];
    }
    if (!(total > 0) || !Number.isFinite(total)) throw new RangeError('alias weights need a positive finite sum');
    this.probability = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i] * n) / total;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large[large.length - 1];
      this.probability[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) {
        large.pop();
        small.push(l);
      }
    }
    // What is left is 1 up to rounding.
    for (const i of large) this.probability[i] = 1;
    for (const i of small) this.probability[i] = 1;
  }

  /** An index drawn with probability weights[i] / Σ weights (one uniform). */
  sample(random: Random): number {
    const x = random.next() * this.probability.length;
    const i = Math.floor(x);
    return x - i < this.probability[i] ? i : this.alias[i];
  }
}
