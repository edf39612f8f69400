// Turns the stored pair counts into indexed arrays for the fit, and per-judge vote totals.
import { CELLS_PER_PAIR, type PairGraph } from './pair-graph';
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
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of judgeIds) idOf(id);

  const merged = new Map<string, PairRow>();
  counts.forEach((row, r) => {
    const winsLo = checkCount(row.winsLo, r);
    const winsHi = checkCount(row.winsHi, r);
    const ties = checkCount(row.ties, r);
    const bothBad = checkCount(row.bothBad, r);
    if (row.lo === row.hi || winsLo + winsHi + ties + bothBad === 0) return;
    const flip = row.hi < row.lo;
    const a = flip ? row.hi : row.lo;
    const b = flip ? row.lo : row.hi;
    const key = JSON.stringify([a, b]);
    let pair = merged.get(key);
    if (!pair) {
      pair = { a, b, winsA: 0, winsB: 0, ties: 0, bothBad: 0 };
      merged.set(key, pair);
    }
    pair.winsA += flip ? winsHi : winsLo;
    pair.winsB += flip ? winsLo : winsHi;
    pair.ties += ties;
    pair.bothBad += bothBad;
  });

  const rows = [...merged.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  for (const row of rows) {
    idOf(row.a);
    idOf(row.b);
  }
  const totals: JudgeTotals[] = ids.map(() => ({ votes: 0, wins: 0, losses: 0, ties: 0, bothBad: 0 }));
  const left = new Int32Array(rows.length);
  const right = new Int32Array(rows.length);
  const cells = new Float64Array(rows.length * CELLS_PER_PAIR);
  rows.forEach((row, k) => {
    const i = index.get(row.a)!;
    const j = index.get(row.b)!;
    left[k] = i;
    right[k] = j;
    cells[k * CELLS_PER_PAIR] = row.winsA;
    cells[k * CELLS_PER_PAIR + 1] = row.winsB;
    cells[k * CELLS_PER_PAIR + 2] = row.ties + row.bothBad;
    const battles = row.winsA + row.winsB + row.ties + row.bothBad;
    for (const [judge, won, lost] of [
      [i, row.winsA, row.winsB],
      [j, row.winsB, row.winsA],
    ]) {
      const t = totals[judge];
      t.votes += battles;
      t.wins += won;
      t.losses += lost;
      t.ties += row.ties;
      t.bothBad += row.bothBad;
    }
  });
  return { ids, index, graph: { judgeCount: ids.length, left, right }, cells, rows, totals };
}
