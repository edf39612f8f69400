// The events a battle stream carries, and their Server-Sent Events encoding. No model identity in any of them.
import type { BattleEvent } from '../shared/api-types';

export function encodeSse(event: BattleEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An SSE comment line: keeps idle connections (and proxies) from timing out while a judge thinks. */
export const SSE_HEARTBEAT = ': keep-alive\n\n';
