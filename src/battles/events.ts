// The events a battle stream carries, and their Server-Sent Events encoding. No model identity in any of them.
import type { Position } from './battle-store';

export type BattleEvent =
  | { type: 'delta'; judge: Position; text: string }
  | { type: 'judgment'; judge: Position; score: number; critique: string }
  | { type: 'judge_error'; judge: Position; message: string }
  | { type: 'done' };

export function encodeSse(event: BattleEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An SSE comment line: keeps idle connections (and proxies) from timing out while a judge thinks. */
export const SSE_HEARTBEAT = ': keep-alive\n\n';
