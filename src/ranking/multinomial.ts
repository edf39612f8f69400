// The bootstrap's resampling step: drawing N votes with replacement from N observed votes is a
// multinomial draw over the outcome cells, so it costs O(cells), never O(votes).
//
// Method (exact, not an approximation): draw every cell independently as Poisson(c_i·(1−δ)), a
// total T ≈ N(1−δ) below N. Given T = t these counts are exactly Multinomial(t, c/N); adding
// N − t further votes drawn with probabilities c/N (an alias table, O(1) each) makes them exactly
// Multinomial(N, c/N). δ = 3/√N keeps the additions near 3√N (4,200 at two million votes) and
// T > N (then the Poisson counts are drawn again, which keeps the result exact) about 1 in 700. Why not sequential binomials: every binomial's parameters change
// with the draws before it, so each needs a fresh setup (a square root and several divisions);
// the Poisson means never change, so their constants are computed once for all rounds, which
// halves the cost of the resampling, the bootstrap's largest part at millions of votes.
import { AliasTable } from './alias-table';
import { PoissonTable } from './poisson';
import type { Random } from './prng';

export class MultinomialResampler {
  private readonly total: number;
  /** Indices of the cells with a positive count. */
  private readonly cells: Int32Array;
  private readonly poisson: PoissonTable | null;
  private readonly alias: AliasTable | null;

  /** `counts`: the observed cell counts (non-negative integers). */
  constructor(counts: ArrayLike<number>) {
    const positive: number[] = [];
    let total = 0;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      if (!Number.isSafeInteger(c) || c < 0) throw new RangeError('cell counts must be non-negative integers');
      if (c > 0) positive.push(i);
      total += c;
    }
    this.total = total;
    // Cells with equal counts share a Poisson table: visiting them together keeps it in cache.
    positive.sort((x, y) => counts[x] - counts[y] || x - y);
    this.cells = Int32Array.from(positive);
    if (total === 0) {
      this.poisson = null;
      this.alias = null;
      return;
    }
    const weights = positive.map((i) => counts[i]);
    const keep = Math.max(0, 1 - 3 / Math.sqrt(total));
    this.poisson = new PoissonTable(weights.map((c) => c * keep));
    this.alias = new AliasTable(weights);
  }

  /** Writes one Multinomial(N, counts/N) draw into `out` (same length as counts), N = Σ counts. */
  draw(out: Float64Array, random: Random): void {
    out.fill(0);
    const { poisson, alias, cells, total } = this;
    if (!poisson || !alias) return;
    let drawn: number;
    do {
      drawn = 0;
      for (let j = 0; j < cells.length; j++) {
        const x = poisson.sample(j, random);
        out[cells[j]] = x;
        drawn += x;
      }
    } while (drawn > total);
    for (; drawn < total; drawn++) out[cells[alias.sample(random)]]++;
  }
}
