// Position bias is measured, not ignored: each judge of a pairwise battle is shown the two responses in an order
// drawn at random for it alone, and its verdict is mapped back to the order the visitor sees. Pure: the random
// source is injected (Math.random in the worker, a seeded one in tests).
import type { PairwiseTask, PairwiseVerdict } from './judge-formats';
import type { ShownOrder } from '../shared/api-types';

/** 'as_shown': the judge sees the visitor's order; 'swapped': it sees the visitor's second response first. */
export type { ShownOrder };

/** A number in [0, 1), like Math.random. */
export type RandomSource = () => number;

export function drawShownOrder(random: RandomSource): ShownOrder {
  return random() < 0.5 ? 'as_shown' : 'swapped';
}

/** One independent draw per judge, in the order given (e.g. the battle's judges A and B). */
export function drawShownOrders<K extends string>(judges: readonly K[], random: RandomSource): Record<K, ShownOrder> {
  const orders = {} as Record<K, ShownOrder>;
  for (const judge of judges) orders[judge] = drawShownOrder(random);
  return orders;
}

/** The task as this judge is shown it: the visitor's task with its two responses swapped or not. */
export function taskAsShown(task: PairwiseTask, order: ShownOrder): PairwiseTask {
  if (order === 'as_shown') return task;
  const [first, second] = task.responses;
  return { ...task, responses: [second, first] };
}

/**
 * The judge's verdict in the visitor's order: under 'swapped', "first" (what it was shown first) is the visitor's
 * second. Swapping is its own inverse, so the same function maps a visitor-order verdict back to the one shown.
 */
export function verdictInVisitorOrder(verdictAsShown: PairwiseVerdict, order: ShownOrder): PairwiseVerdict {
  if (order === 'as_shown' || verdictAsShown === 'tie') return verdictAsShown;
  return verdictAsShown === 'first' ? 'second' : 'first';
}

/** A judgment row's recorded order; none recorded (a row of another format) reads as the visitor's own order. */
export function recordedShownOrder(stored: ShownOrder | null | undefined): ShownOrder {
  return stored ?? 'as_shown';
}
