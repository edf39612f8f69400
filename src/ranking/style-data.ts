// From the stored style moments (style-sums.ts) to the arrays the contextual fit works on: judges as indices,
// pairs with their outcome counts and the moments of the normalised features.
//
// Normalisation: each feature is divided by its root mean square over all counted votes (from the stored
// Σx², so no vote is read), as LMArena's style control standardises each feature (FastChat's
// construct_style_matrices, arena-rank's ContextualPairDataset: z-scores). The mean is not subtracted: the
// features are antisymmetric (swapping A and B negates them) and positions are random, so their mean is ~0,
// and subtracting it would break the antisymmetry and let the coefficients absorb position bias. A feature
// that is 0 in every vote (e.g. no critique ever had a header) has no coefficient: it is left out of the fit.
import { CELLS_PER_PAIR, judgeIndexer, type PairGraph } from './pair-graph';
import { OUTCOME_SCORE, productIndex, STYLE_FEATURE_COUNT, STYLE_FEATURES, STYLE_OUTCOMES, type PairStyleSums, type StyleFeature } from './style-sums';

const OUTCOME_INDEX: Record<string, number | undefined> = Object.fromEntries(STYLE_OUTCOMES.map((o, i) => [o, i]));

/** A feature whose RMS is below this is treated as always 0. */
const MIN_SCALE = 1e-9;

export interface StyleData {
  ids: string[];
  index: Map<string, number>;
  graph: PairGraph;
  /** CELLS_PER_PAIR outcome counts per pair: [lo won, hi won, draws], as in the plain fit. */
  cells: Float64Array;
  /** The features in the fit (RMS > 0), and each one's RMS in raw units. */
  features: StyleFeature[];
  scales: number[];
  /** Normalised moments per pair and outcome (STYLE_OUTCOMES order): Σx (k·3·F + o·F + f) and Σxxᵀ (k·3·F² + o·F² + f·F + g), F = features.length. */
  sums: Float64Array;
  products: Float64Array;
  votes: number;
}

export function buildStyleData(judgeIds: readonly string[], rows: readonly PairStyleSums[]): StyleData {
  const { ids, index, idOf } = judgeIndexer(judgeIds);
  const used = rows.filter((r) => r.votes > 0 && r.lo !== r.hi);

  // Scales from Σx² over every row.
  let votes = 0;
  const squares = new Array<number>(STYLE_FEATURE_COUNT).fill(0);
  for (const row of used) {
    if (!Number.isSafeInteger(row.votes)) throw new RangeError('a style row has a vote count that is not an integer');
    votes += row.votes;
    for (let f = 0; f < STYLE_FEATURE_COUNT; f++) squares[f] += row.products[productIndex(f, f)];
  }
  const active: number[] = [];
  for (let f = 0; f < STYLE_FEATURE_COUNT; f++) if (votes > 0 && Math.sqrt(squares[f] / votes) > MIN_SCALE) active.push(f);
  const features = active.map((f) => STYLE_FEATURES[f]);
  const scales = active.map((f) => Math.sqrt(squares[f] / votes));
  const F = active.length;

  // Pairs in a stable order (lo, hi), merging the three outcome rows of each. Nested maps: ids may contain any character.
  const byLo = new Map<string, Map<string, number>>();
  const pairKeys: [string, string][] = [];
  for (const row of used) {
    let partners = byLo.get(row.lo);
    if (!partners) byLo.set(row.lo, (partners = new Map()));
    if (!partners.has(row.hi)) {
      partners.set(row.hi, -1);
      pairKeys.push([row.lo, row.hi]);
    }
  }
  // Index access, not destructuring, in these loops: array destructuring goes through the iterator protocol.
  pairKeys.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  for (let k = 0; k < pairKeys.length; k++) {
    const key = pairKeys[k];
    byLo.get(key[0])!.set(key[1], k);
    idOf(key[0]);
    idOf(key[1]);
  }
  const P = pairKeys.length;
  const left = Int32Array.from(pairKeys, (key) => index.get(key[0])!);
  const right = Int32Array.from(pairKeys, (key) => index.get(key[1])!);
  const cells = new Float64Array(P * CELLS_PER_PAIR);
  const sums = new Float64Array(P * 3 * F);
  const products = new Float64Array(P * 3 * F * F);
  const productOf = active.map((f) => active.map((g) => productIndex(f, g)));
  for (const row of used) {
    const k = byLo.get(row.lo)!.get(row.hi)!;
    const o = OUTCOME_INDEX[row.outcome];
    if (o === undefined) throw new RangeError('a style row has an unknown outcome');
    cells[k * CELLS_PER_PAIR + o] += row.votes;
    const base = (k * 3 + o) * F;
    for (let a = 0; a < F; a++) {
      sums[base + a] += row.sums[active[a]] / scales[a];
      for (let b = 0; b < F; b++) products[(base + a) * F + b] += row.products[productOf[a][b]] / (scales[a] * scales[b]);
    }
  }
  return { ids, index, graph: { judgeCount: ids.length, left, right }, cells, features, scales, sums, products, votes };
}

/** Per pair: the outcome-weighted totals the objective needs (n, Σy, Σx, Σyx, Σxxᵀ), normalised. */
export interface PairMoments {
  votes: Float64Array;
  score: Float64Array;
  /** F per pair. */
  sumX: Float64Array;
  sumYX: Float64Array;
  /** F² per pair. */
  sumXX: Float64Array;
}

export function pairMoments(data: StyleData): PairMoments {
  const F = data.features.length;
  const P = data.graph.left.length;
  const m: PairMoments = {
    votes: new Float64Array(P),
    score: new Float64Array(P),
    sumX: new Float64Array(P * F),
    sumYX: new Float64Array(P * F),
    sumXX: new Float64Array(P * F * F),
  };
  for (let k = 0; k < P; k++) {
    STYLE_OUTCOMES.forEach((outcome, o) => {
      const n = data.cells[k * CELLS_PER_PAIR + o];
      const y = OUTCOME_SCORE[outcome];
      m.votes[k] += n;
      m.score[k] += y * n;
      for (let a = 0; a < F; a++) {
        const s = data.sums[(k * 3 + o) * F + a];
        m.sumX[k * F + a] += s;
        m.sumYX[k * F + a] += y * s;
      }
      for (let e = 0; e < F * F; e++) m.sumXX[k * F * F + e] += data.products[(k * 3 + o) * F * F + e];
    });
  }
  return m;
}
