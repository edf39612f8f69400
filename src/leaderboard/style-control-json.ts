// Style control in the public leaderboard document: each entry's style-controlled standing and the document's
// coefficients, rounded like the rest of the document. Pure.
import type { Leaderboard } from '../shared/api-types';
import { styleControl, type StyleControlOptions, type StyleControlResult } from '../ranking/style-control';
import type { PairStyleSums } from '../ranking/style-sums';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const interval = (ci: [number, number] | null): [number, number] | null => (ci ? [round1(ci[0]), round1(ci[1])] : null);

/** The style-control fit, or null (logged) should it fail: the plain leaderboard must still be written. */
export function styleControlOrNull(ids: string[], rows: PairStyleSums[], options: StyleControlOptions): StyleControlResult | null {
  try {
    return styleControl(ids, rows, options);
  } catch (err) {
    console.error('style control failed; the leaderboard is written without it', { error: String(err) });
    return null;
  }
}

export function withStyleControl(leaderboard: Leaderboard, style: StyleControlResult | null): Leaderboard {
  if (!style) return leaderboard;
  return {
    ...leaderboard,
    models: leaderboard.models.map((entry) => {
      const judge = style.judges.get(entry.id);
      return {
        ...entry,
        styleControlled: judge ? { rating: round1(judge.rating), ci: interval(judge.ci), rank: judge.rank, rankUpperBound: judge.rankUpperBound } : null,
      };
    }),
    styleControl: {
      votes: style.votes,
      features: style.features.map((f) => ({
        name: f.name,
        coefficient: f.coefficient === null ? null : round1(f.coefficient),
        ci: interval(f.ci),
        scale: f.scale === null ? null : round4(f.scale),
      })),
    },
  };
}
