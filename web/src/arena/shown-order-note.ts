// What a pairwise judge panel says of the order its judge read the two responses in. Each judge is shown them in
// an order drawn for it alone (position bias); its critique's "first" and "second" are in that order, while its
// verdict is in the visitor's. Without this the visitor could read praise of "the first response" under
// "Prefers the second response" and not know whether they agree. Pure.
import type { Position, PublicBattle, ShownOrder } from '../api/types';

export function shownOrderNote(order: ShownOrder): string {
  return order === 'swapped'
    ? 'This judge read the responses in the other order: its “first response” is your Second, its “second response” is your First.'
    : 'This judge read the responses in your order: its “first response” is your First, its “second response” is your Second.';
}

/** The order a battle's judge read its responses in: only a pairwise battle has one. */
export function shownOrderOf(battle: PublicBattle, position: Position): ShownOrder | null {
  return battle.format === 'pairwise' ? battle.shownOrders[position] : null;
}
