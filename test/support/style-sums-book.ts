// Running style moments in memory, the twin of the pair_style_sums table: the tests and the benchmark turn
// simulated votes into style control's input with it. Not used by the worker.
import type { PairStyleSums } from '../../src/ranking/style-sums';

/** Adds an increment to its row. */
export class StyleSumsBook {
  private readonly rows = new Map<string, PairStyleSums>();

  add(increment: PairStyleSums): void {
    const key = JSON.stringify([increment.lo, increment.hi, increment.outcome]);
    const row = this.rows.get(key);
    if (!row) {
      this.rows.set(key, { ...increment, sums: [...increment.sums], products: [...increment.products] });
      return;
    }
    row.votes += increment.votes;
    for (let f = 0; f < row.sums.length; f++) row.sums[f] += increment.sums[f];
    for (let p = 0; p < row.products.length; p++) row.products[p] += increment.products[p];
  }

  all(): PairStyleSums[] {
    return [...this.rows.values()];
  }
}
