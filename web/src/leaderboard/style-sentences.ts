// Style control in plain words: one sentence per style coefficient. Pure.
// A coefficient is in rating points per RMS (`scale`) of its raw feature; each sentence restates it for a
// difference a reader can picture (one critique twice as long as the other, one heading against none, one
// point of score), i.e. coefficient × (that difference as a raw feature value) / scale.
import type { Leaderboard } from '../api/types';

export type StyleCoefficient = NonNullable<Leaderboard['styleControl']>['features'][number];

interface Wording {
  /** What the voters favour when the coefficient is positive, and when it is negative. */
  more: string;
  less: string;
  /** The pictured difference, and its raw feature value ((a − b)/(a + b + 1), or points of score). */
  per: string;
  raw: number;
  /** What it means that the feature never varied. */
  never: string;
}

const WORDING: Record<StyleCoefficient['name'], Wording> = {
  length: { more: 'longer critique', less: 'shorter critique', per: 'for a critique twice as long as the other', raw: 1 / 3, never: 'critiques' },
  headers: { more: 'critique with more headings', less: 'critique with fewer headings', per: 'for one heading against none', raw: 1 / 2, never: 'headings' },
  lists: { more: 'critique with more list items', less: 'critique with fewer list items', per: 'for one list item against none', raw: 1 / 2, never: 'list items' },
  bold: { more: 'critique with more bold text', less: 'critique with less bold text', per: 'for one bold phrase against none', raw: 1 / 2, never: 'bold text' },
  score: { more: 'more lenient judge (the higher score)', less: 'harsher judge (the lower score)', per: 'per point of score difference', raw: 1, never: 'scores' },
};

const points = (x: number) => Math.round(Math.abs(x)).toString();
const signed = (x: number) => `${x < 0 ? '\u2212' : '+'}${points(x)}`;

/** "Voters favour the longer critique: +25 rating points for a critique twice as long as the other (95% CI +18 to +32)." */
export function styleSentence(feature: StyleCoefficient): string {
  const w = WORDING[feature.name];
  if (feature.coefficient === null || !feature.scale) return `No effect of ${w.never} can be measured yet: they did not differ in the votes counted so far.`;
  const factor = w.raw / feature.scale;
  const effect = feature.coefficient * factor;
  const ci = feature.ci ? ` (95% CI ${signed(feature.ci[0] * factor)} to ${signed(feature.ci[1] * factor)})` : '';
  const clear = feature.ci !== null && (feature.ci[0] > 0 || feature.ci[1] < 0);
  if (!clear) return `No clear preference for the ${w.more} or the ${w.less}: ${signed(effect)} rating points ${w.per}${ci}.`;
  return `Voters favour the ${effect > 0 ? w.more : w.less}: ${signed(effect)} rating points ${w.per}${ci}.`;
}
