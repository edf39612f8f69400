// A judge-by-judge matrix drawn as a table: one tab stop, arrow keys move between cells, every cell has an
// accessible label, and the cell under the pointer or focus is described in full below the table.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Matchup, MatrixJudge } from './head-to-head';
import type { MatrixCell } from './matrix-cells';

interface PairMatrixProps {
  id: string;
  caption: ComponentChildren;
  judges: readonly MatrixJudge[];
  matrix: (Matchup | null)[][];
  cell: (row: MatrixJudge, column: MatrixJudge, matchup: Matchup | null) => MatrixCell;
}

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function PairMatrix({ id, caption, judges, matrix, cell }: PairMatrixProps) {
  const n = judges.length;
  const [active, setActive] = useState<[number, number]>([0, n > 1 ? 1 : 0]);
  const [described, setDescribed] = useState<string | null>(null);
  const [row, column] = [Math.min(active[0], n - 1), Math.min(active[1], n - 1)];

  const focusCell = (table: HTMLTableElement, r: number, c: number) => {
    setActive([r, c]);
    table.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const table = event.currentTarget as HTMLTableElement;
    const move = KEY_MOVES[event.key];
    let target: [number, number] | null = null;
    if (move) target = [clamp(row + move[0], n), clamp(column + move[1], n)];
    else if (event.key === 'Home') target = [row, 0];
    else if (event.key === 'End') target = [row, n - 1];
    if (!target) return;
    event.preventDefault();
    focusCell(table, target[0], target[1]);
  };

  return (
    <div class="matrix-box">
      <div class="table-scroll matrix-scroll">
        <table class="pair-matrix" id={id} role="grid" aria-describedby={`${id}-help`} onKeyDown={onKeyDown}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td class="matrix-corner" />
              {judges.map((judge) => (
                <th key={judge.id} scope="col" class="matrix-column-head">
                  <span title={judge.name}>{judge.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {judges.map((rowJudge, r) => (
              <tr key={rowJudge.id}>
                <th scope="row" class="matrix-row-head" title={rowJudge.name}>
                  {rowJudge.name}
                </th>
                {judges.map((columnJudge, c) => {
                  const value = cell(rowJudge, columnJudge, matrix[r][c]);
                  const show = () => setDescribed(value.label);
                  return (
                    <td
                      key={columnJudge.id}
                      data-cell={`${r}-${c}`}
                      class={['matrix-cell', r === c && 'matrix-self', value.shade && `shade-${value.shade.tone}`].filter(Boolean).join(' ')}
                      tabIndex={r === row && c === column ? 0 : -1}
                      aria-label={value.label}
                      title={value.label}
                      style={value.shade ? { '--shade': shadePercent(value.shade.strength) } : undefined}
                      onFocus={() => {
                        setActive([r, c]);
                        show();
                      }}
                      onMouseEnter={show}
                    >
                      {value.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="matrix-detail" data-testid={`${id}-detail`} aria-hidden="true">
        {described ?? 'Point at or focus a cell for its details.'}
      </p>
      <p class="sr-only" id={`${id}-help`}>
        Arrow keys move between cells.
      </p>
    </div>
  );
}

function clamp(i: number, n: number): number {
  return Math.max(0, Math.min(n - 1, i));
}

/** How much of the tone is mixed into the surface colour (styles in leaderboard.css), at most 60% so text stays legible. */
function shadePercent(strength: number): string {
  return `${Math.round(Math.max(0, Math.min(1, strength)) * 60)}%`;
}
