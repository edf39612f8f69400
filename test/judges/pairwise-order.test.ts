import { describe, expect, it } from 'vitest';
import type { PairwiseTask, PairwiseVerdict } from '../../src/judges/judge-formats';
import { buildPairwiseMessages } from '../../src/judges/pairwise-prompt';
import {
  drawShownOrder,
  drawShownOrders,
  taskAsShown,
  verdictInVisitorOrder,
  type ShownOrder,
} from '../../src/judges/pairwise-order';
import { seededRandom as seeded } from '../samples/seeded-random';

const TASK: PairwiseTask = {
  input: 'Explain recursion in one sentence.',
  responses: ['VISITOR FIRST: a function that calls itself.', 'VISITOR SECOND: see recursion.'],
  rubric: { criteria: 'Which explanation is clearer?' },
};

describe('drawShownOrder', () => {
  it('maps the random source to the order: below one half as shown, otherwise swapped', () => {
    expect(drawShownOrder(() => 0)).toBe('as_shown');
    expect(drawShownOrder(() => 0.4999)).toBe('as_shown');
    expect(drawShownOrder(() => 0.5)).toBe('swapped');
    expect(drawShownOrder(() => 0.9999)).toBe('swapped');
  });

  it('draws both orders, about equally often, from a fixed seed', () => {
    const random = seeded(42);
    const counts: Record<ShownOrder, number> = { as_shown: 0, swapped: 0 };
    for (let i = 0; i < 1000; i++) counts[drawShownOrder(random)]++;
    expect(counts.as_shown).toBeGreaterThan(400);
    expect(counts.swapped).toBeGreaterThan(400);
  });
});

describe('drawShownOrders', () => {
  it('draws once per judge, each from its own draw', () => {
    const draws = [0.1, 0.9];
    expect(drawShownOrders(['A', 'B'], () => draws.shift()!)).toEqual({ A: 'as_shown', B: 'swapped' });
    expect(draws).toEqual([]);
  });

  it('gives the two judges of a battle independent orders: over many seeded battles all four pairs occur', () => {
    const random = seeded(7);
    const pairs = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const { A, B } = drawShownOrders(['A', 'B'], random);
      pairs.set(`${A}/${B}`, (pairs.get(`${A}/${B}`) ?? 0) + 1);
    }
    expect([...pairs.keys()].sort()).toEqual(['as_shown/as_shown', 'as_shown/swapped', 'swapped/as_shown', 'swapped/swapped']);
    for (const count of pairs.values()) expect(count).toBeGreaterThan(60);
  });

  it('is reproducible from the seed', () => {
    const run = () => Array.from({ length: 20 }, (_, i) => drawShownOrders([`j${i}`], seeded(3 + i))[`j${i}`]);
    expect(run()).toEqual(run());
  });
});

describe('taskAsShown', () => {
  it('keeps the visitor\'s order as shown and swaps it otherwise, leaving the rest of the task alone', () => {
    expect(taskAsShown(TASK, 'as_shown')).toEqual(TASK);
    const swapped = taskAsShown(TASK, 'swapped');
    expect(swapped.responses).toEqual([TASK.responses[1], TASK.responses[0]]);
    expect({ ...swapped, responses: TASK.responses }).toEqual(TASK);
    expect(TASK.responses[0]).toMatch(/^VISITOR FIRST/); // the visitor's task is not mutated
  });

  it('puts the visitor\'s second response first in a swapped judge\'s prompt', () => {
    const prompt = buildPairwiseMessages(taskAsShown(TASK, 'swapped'))[1].content;
    expect(prompt).toContain(`###First response:\n${TASK.responses[1]}`);
    expect(prompt).toContain(`###Second response:\n${TASK.responses[0]}`);
  });
});

describe('verdictInVisitorOrder', () => {
  it.each([
    ['first', 'as_shown', 'first'],
    ['second', 'as_shown', 'second'],
    ['tie', 'as_shown', 'tie'],
    ['first', 'swapped', 'second'],
    ['second', 'swapped', 'first'],
    ['tie', 'swapped', 'tie'],
  ] as [PairwiseVerdict, ShownOrder, PairwiseVerdict][])('%s under %s is the visitor\'s %s', (shown, order, visitor) => {
    expect(verdictInVisitorOrder(shown, order)).toBe(visitor);
  });

  it('names the same response text the judge chose, whichever order it was shown', () => {
    for (const order of ['as_shown', 'swapped'] as const) {
      const shown = taskAsShown(TASK, order).responses;
      for (const verdict of ['first', 'second'] as const) {
        const chosenText = shown[verdict === 'first' ? 0 : 1];
        const visitorVerdict = verdictInVisitorOrder(verdict, order);
        expect(TASK.responses[visitorVerdict === 'first' ? 0 : 1]).toBe(chosenText);
        expect(verdictInVisitorOrder(visitorVerdict, order)).toBe(verdict); // its own inverse
      }
    }
  });
});
