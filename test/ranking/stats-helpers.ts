// Statistics helpers for the ranking tests (goodness of fit, rank correlation).

/** Upper 99.9% point of chi-square with k degrees of freedom (Wilson–Hilferty; fine for k ≥ 3). */
export function chiSquare999(k: number): number {
  const z = 3.0902;
  const h = 2 / (9 * k);
  return k * (1 - h + z * Math.sqrt(h)) ** 3;
}

/**
 * Pearson chi-square of observed counts against expected probabilities, pooling every outcome
 * whose expected count is below 5 into one bin. Returns the statistic and its degrees of freedom.
 */
export function chiSquare(observed: Map<string, number>, expected: Map<string, number>, draws: number): { stat: number; df: number } {
  let stat = 0;
  let bins = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (const [key, p] of expected) {
    const e = p * draws;
    const o = observed.get(key) ?? 0;
    if (e < 5) {
      pooledObserved += o;
      pooledExpected += e;
      continue;
    }
    stat += (o - e) ** 2 / e;
    bins++;
  }
  for (const [key, o] of observed) if (!expected.has(key)) pooledObserved += o; // impossible outcomes land here
  if (pooledExpected > 0 || pooledObserved > 0) {
    stat += pooledExpected > 0 ? (pooledObserved - pooledExpected) ** 2 / pooledExpected : Infinity;
    bins++;
  }
  return { stat, df: bins - 1 };
}

/** log(k!) by summation, the slow obvious way. */
export function logFactorialBySum(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/** Spearman rank correlation (no ties expected in continuous data). */
export function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
    const r = new Array<number>(v.length);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
