// What the head-to-head views show, from the pairs document: each judge's record against each other judge.
// Ties and both-bad votes count half a win for each side, as in the ranking. Pure.
import type { JudgeMatchup } from '@shared/judge-document-schemas';
import { matchupOf } from '@shared/judge-matchup';
import type { PairRecord } from './judge-extras';

/** One judge's record against one opponent, seen from that judge's side: an entry of a judge document's record. */
export type Matchup = JudgeMatchup;

export interface MatrixJudge {
  id: string;
  name: string;
}

/** Row i, column j: judge i's record against judge j (null on the diagonal and for pairs that never met). */
export function headToHeadMatrix(judges: readonly MatrixJudge[], pairs: readonly PairRecord[]): (Matchup | null)[][] {
  const index = new Map<string, PairRecord>();
  for (const p of pairs) index.set(`${p.a}\u0000${p.b}`, p);
  return judges.map((row) =>
    judges.map((column) => {
      if (row.id === column.id) return null;
      const pair = index.get(`${row.id}\u0000${column.id}`) ?? index.get(`${column.id}\u0000${row.id}`);
      return pair ? matchupOf(pair, row.id) : null;
    }),
  );
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** What a screen reader hears on a cell, and what the detail line shows on hover or focus. */
export function matchupLabel(judgeName: string, opponentName: string, m: Matchup | null): string {
  if (!m || m.battles === 0) return `${judgeName} against ${opponentName}: no battles yet`;
  const battles = `${m.battles} battle${m.battles === 1 ? '' : 's'}`;
  return (
    `${judgeName} against ${opponentName}: won ${percent(m.observedWinRate)} of ${battles} ` +
    `(${m.wins} won, ${m.losses} lost, ${m.ties} tied, ${m.bothBad} both bad); predicted ${percent(m.predictedWinRate)}`
  );
}

export function battlesLabel(judgeName: string, opponentName: string, m: Matchup | null): string {
  const battles = m?.battles ?? 0;
  return `${judgeName} and ${opponentName}: ${battles} battle${battles === 1 ? '' : 's'}`;
}
