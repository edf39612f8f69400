// Position bias from the grouped counts the hourly job reads from D1 (one row per judge, category, order shown and
// verdict, with how many judgments it stands for): counted as they are, per judge and per category.
import { describe, expect, it } from 'vitest';
import { positionBiasByJudge, type PairwiseVerdictCount } from '../../src/leaderboard/position-bias-report';

const row = (modelId: string, category: PairwiseVerdictCount['category'], shownOrder: PairwiseVerdictCount['shownOrder'], verdict: PairwiseVerdictCount['verdict'], judgments: number): PairwiseVerdictCount => ({
  modelId,
  category,
  shownOrder,
  verdict,
  judgments,
});

// Verdicts are stored in the visitor's order: under `swapped`, the visitor's "second" is what the judge saw first.
const COUNTS: PairwiseVerdictCount[] = [
  row('judge-x', 'coding', 'as_shown', 'first', 7), // shown first
  row('judge-x', 'coding', 'swapped', 'second', 5), // shown first
  row('judge-x', 'coding', 'swapped', 'first', 2), // shown second
  row('judge-x', 'writing', 'as_shown', 'tie', 3),
  row('judge-x', 'writing', 'as_shown', 'second', 1), // shown second
  row('judge-y', 'writing', 'swapped', 'tie', 4),
];

describe('positionBiasByJudge over grouped counts', () => {
  it('counts each row as its number of judgments, in the order each judge was shown', () => {
    const all = positionBiasByJudge(COUNTS, null);
    expect([...all.keys()].sort()).toEqual(['judge-x', 'judge-y']);
    expect(all.get('judge-x')).toEqual({
      verdicts: 18,
      firstShown: 12,
      ties: 3,
      firstShownShare: 12 / 18,
      firstShownShareOfDecisive: 12 / 15,
      shownOrders: { as_shown: 11, swapped: 7 },
    });
    expect(all.get('judge-y')).toEqual({ verdicts: 4, firstShown: 0, ties: 4, firstShownShare: 0, firstShownShareOfDecisive: null, shownOrders: { as_shown: 0, swapped: 4 } });
  });

  it('keeps one category\'s rows only, and leaves out a judge without any there', () => {
    const coding = positionBiasByJudge(COUNTS, 'coding');
    expect([...coding.keys()]).toEqual(['judge-x']);
    expect(coding.get('judge-x')).toEqual({
      verdicts: 14,
      firstShown: 12,
      ties: 0,
      firstShownShare: 12 / 14,
      firstShownShareOfDecisive: 12 / 14,
      shownOrders: { as_shown: 7, swapped: 7 },
    });
    expect(positionBiasByJudge(COUNTS, 'safety').size).toBe(0);
    expect(positionBiasByJudge([], null).size).toBe(0);
  });

  it('takes counts far beyond what could be expanded into one record per judgment', () => {
    const many = 2 ** 40;
    const bias = positionBiasByJudge([row('judge-z', 'factual', 'swapped', 'second', many), row('judge-z', 'factual', 'as_shown', 'second', many)], null).get('judge-z')!;
    expect(bias).toMatchObject({ verdicts: 2 * many, firstShown: many, ties: 0, firstShownShareOfDecisive: 0.5, shownOrders: { as_shown: many, swapped: many } });
  });
});
