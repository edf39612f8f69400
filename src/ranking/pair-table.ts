// Turns the stored pair counts into indexed arrays for the fit, and per-judge vote totals.
import { CELLS_PER_PAIR, judgeIndexer, type PairGraph } from './pair-graph';
import type { PairCount } from './types';

export interface JudgeTotals {
  votes: number;
  wins: number;
  losses: number;
  ties: number;
  bothBad: number;
}

/** One pair with at least one vote, oriented a < b by string order. */
export interface PairRow {
  a: string;
  b: string;
  winsA: number;
  winsB: number;
  ties: number;
  bothBad: number;
}

export interface PairTable {
  /** Every judge: judgeIds first (in order), then any id that only appears in the counts. */
  ids: string[];
  index: Map<string, number>;
  graph: PairGraph;
  /** CELLS_PER_PAIR counts per pair of `graph`: [wins of left, wins of right, ties + both-bad]. */
  cells: Float64Array;
  rows: PairRow[];
  totals: JudgeTotals[];
}

function checkCount(value: number, row: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    // No ids in the message: it may end up in logs next to anonymous battles.
    throw new RangeError(`pair count row ${row} has a count that is not a non-negative integer`);
  }
  return value;
}

/**
 * Builds the table. Rows for the same unordered pair are merged whatever their orientation,
 * rows of a judge against itself are ignored (they carry no information about any difference),
 * and rows whose counts are all zero create no pair.
 */
export function buildPairTable(judgeIds: string[], counts: PairCount[]): PairTable {
  const { ids, index, idOf } = judgeIndexer(judgeIds);

  // Nested maps rather than a joined key: ids may contain any character.
  const merged = new Map<string, Map<string, PairRow>>();
  const rows: PairRow[] = [];
  counts.forEach((row, r) => {
    const winsLo = checkCount(row.winsLo, r);
    const winsHi = checkCount(row.winsHi, r);
    const ties = checkCount(row.ties, r);
    const bothBad = checkCount(row.bothBad, r);
    if (row.lo === row.hi || winsLo + winsHi + ties + bothBad === 0) return;
    const flip = row.hi < row.lo;
    const a = flip ? row.hi : row.lo;
    const b = flip ? row.lo : row.hi;
    let partners = merged.get(a);
    if (!partners) merged.set(a, (partners = new Map()));
    let pair = partners.get(b);
    if (!pair) {
      pair = { a, b, winsA: 0, winsB: 0, ties: 0, bothBad: 0 };
      partners.set(b, pair);
      rows.push(pair);
    }
    pair.winsA += flip ? winsHi : winsLo;
    pair.winsB += flip ? winsLo : winsHi;
    pair.ties += ties;
    pair.bothBad += bothBad;
  });

  rows.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  for (const row of rows) {
    idOf(row.a);
    idOf(row.b);
  }
  const totals: JudgeTotals[] = ids.map(() => ({ votes: 0, wins: 0, losses: 0, ties: 0, bothBad: 0 }));
  const left = new Int32Array(rows.length);
  const right = new Int32Array(rows.length);
  const cells = new Float64Array(rows.length * CELLS_PER_PAIR);
  const addTotals = (t: JudgeTotals, battles: number, won: number, lost: number, row: PairRow) => {
    t.votes += battles;
    t.wins += won;
    t.losses += lost;
    t.ties += row.ties;
    t.bothBad += row.bothBad;
  };
  rows.forEach((row, k) => {
    const i = index.get(row.a)!;
    const j = index.get(row.b)!;
    left[k] = i;
    right[k] = j;
    cells[k * CELLS_PER_PAIR] = row.winsA;
    cells[k * CELLS_PER_PAIR + 1] = row.winsB;
    cells[k * CELLS_PER_PAIR + 2] = row.ties + row.bothBad;
    const battles = row.winsA + row.winsB + row.ties + row.bothBad;
    addTotals(totals[i], battles, row.winsA, row.winsB, row);
    addTotals(totals[j], battles, row.winsB, row.winsA, row);
  });
  return { ids, index, graph: { judgeCount: ids.length, left, right }, cells, rows, totals };
}
