// A seeded arena whose voters may be swayed by style, with known true ratings and style effects, for the
// style-control tests and benchmark. Each judge has a strength and a habit: how long it writes, how often it
// uses lists, bold and headers, how lenient its scores are. Each battle draws both judgments' style from the
// judges' habits, computes the features as the worker does (battleStyleFeatures), and the voter picks A with
// P = σ(Δθ + Σ_f effect_f·x_f), effects in nats per raw unit of each feature. Draws as in simulated-arena.ts
// (probability tieRate·4p(1−p), expected score kept at p).
import type { VoteChoice } from '../../src/shared/api-types';
import { createRandom } from '../../src/ranking/prng';
import { POINTS_PER_NAT } from '../../src/ranking/rating-scale';
import { STYLE_FEATURE_COUNT, STYLE_FEATURES, type StyleFeature } from '../../src/ranking/style-sums';
import { battleStyleFeatures, type JudgmentStyle } from '../../src/votes/style-features';

export interface StyleArenaSpec {
  judges: number;
  votes: number;
  seed: number;
  /** Nats per raw unit of each feature (absent: 0). */
  effects: Partial<Record<StyleFeature, number>>;
  /** SD of true ratings; default 100. */
  ratingSpread?: number;
  tieRate?: number;
}

export interface StyleHabit {
  words: number;
  lists: number;
  bold: number;
  headers: number;
  leniency: number;
}

export interface SimulatedStyleArena {
  judgeIds: string[];
  /** Mean exactly 1000. */
  trueRatings: number[];
  habits: StyleHabit[];
  modelA: Int32Array;
  modelB: Int32Array;
  choice: VoteChoice[];
  /** STYLE_FEATURE_COUNT raw features (A − B) per vote. */
  features: Float64Array;
}

export function simulateStyleArena(spec: StyleArenaSpec): SimulatedStyleArena {
  const { judges, votes, seed } = spec;
  const random = createRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(random.next())) * Math.cos(2 * Math.PI * random.next());
  const poisson = (mean: number) => {
    let k = 0;
    for (let p = random.next(), limit = Math.exp(-mean); p > limit; p *= random.next()) k++;
    return k;
  };
  const judgeIds = Array.from({ length: judges }, (_, i) => `style-judge-${String(i).padStart(3, '0')}`);
  const raw = judgeIds.map(() => (spec.ratingSpread ?? 100) * normal());
  const mean = raw.reduce((s, x) => s + x, 0) / judges;
  const trueRatings = raw.map((x) => 1000 + x - mean);
  const habits: StyleHabit[] = judgeIds.map(() => ({
    words: Math.round(40 * Math.exp(0.8 * random.next() * 2)),
    lists: random.next() * 3,
    bold: random.next() * 2,
    headers: random.next() < 0.3 ? random.next() : 0,
    leniency: 2 + 2.5 * random.next(),
  }));
  const styleOf = (h: StyleHabit): JudgmentStyle => ({
    words: Math.max(1, Math.round(h.words * Math.exp(0.3 * normal()))),
    lists: poisson(h.lists),
    bold: poisson(h.bold),
    headers: poisson(h.headers),
    score: Math.min(5, Math.max(1, Math.round(h.leniency + 0.8 * normal()))),
  });
  const effects = STYLE_FEATURES.map((f) => spec.effects[f] ?? 0);
  const tieRate = spec.tieRate ?? 0.3;
  const modelA = new Int32Array(votes);
  const modelB = new Int32Array(votes);
  const choice: VoteChoice[] = new Array(votes);
  const features = new Float64Array(votes * STYLE_FEATURE_COUNT);
  for (let v = 0; v < votes; v++) {
    const a = Math.floor(random.next() * judges);
    let b = Math.floor(random.next() * (judges - 1));
    if (b >= a) b++;
    const x = battleStyleFeatures(styleOf(habits[a]), styleOf(habits[b]));
    let logit = (trueRatings[a] - trueRatings[b]) / POINTS_PER_NAT;
    for (let f = 0; f < STYLE_FEATURE_COUNT; f++) logit += effects[f] * x[f];
    const p = 1 / (1 + Math.exp(-logit));
    const draw = tieRate * 4 * p * (1 - p);
    const u = random.next();
    modelA[v] = a;
    modelB[v] = b;
    features.set(x, v * STYLE_FEATURE_COUNT);
    choice[v] = u < p - draw / 2 ? 'A' : u < 1 - draw ? 'B' : random.next() < 0.5 ? 'tie' : 'both_bad';
  }
  return { judgeIds, trueRatings, habits, modelA, modelB, choice, features };
}
