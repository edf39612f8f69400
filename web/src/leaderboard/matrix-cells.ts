// What each cell of the two head-to-head matrices shows: text, accessible label and shading. Pure.
import { battlesLabel, matchupLabel, type Matchup, type MatrixJudge } from './head-to-head';

export interface MatrixCell {
  text: string;
  label: string;
  /** Background strength in [0, 1] and its colour; null leaves the cell plain. */
  shade: { strength: number; tone: 'win' | 'loss' | 'count' } | null;
}

const SELF = '·';
const NONE = '—';

/** Win-rate heatmap: the row judge's observed win rate in percent, shaded by its distance from 50%. */
export function winRateCell(row: MatrixJudge, column: MatrixJudge, m: Matchup | null): MatrixCell {
  if (row.id === column.id) return { text: SELF, label: `${row.name} against itself: not played`, shade: null };
  const label = matchupLabel(row.name, column.name, m);
  if (!m || m.battles === 0) return { text: NONE, label, shade: null };
  const rate = m.observedWinRate;
  return {
    text: `${Math.round(rate * 100)}`,
    label,
    shade: { strength: Math.abs(rate - 0.5) * 2, tone: rate >= 0.5 ? 'win' : 'loss' },
  };
}

/** Battle-count matrix: shaded by the count relative to the busiest pair (`maxBattles`). */
export function battleCountCell(row: MatrixJudge, column: MatrixJudge, m: Matchup | null, maxBattles: number): MatrixCell {
  if (row.id === column.id) return { text: SELF, label: `${row.name} against itself: not played`, shade: null };
  const battles = m?.battles ?? 0;
  return {
    text: battles.toLocaleString('en'),
    label: battlesLabel(row.name, column.name, m),
    shade: battles > 0 && maxBattles > 0 ? { strength: battles / maxBattles, tone: 'count' } : null,
  };
}
