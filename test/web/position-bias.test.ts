// How the site reads a judge's position bias (web/src/leaderboard/position-bias.ts): the states a leaderboard entry
// can be in, the Wilson interval, and the sentences and figures the table and the judge page show.
import { describe, expect, it } from 'vitest';
import type { RankedJudge } from '../../web/src/leaderboard/judge-extras';
import {
  formatShare,
  MIN_DECISIVE_VERDICTS,
  positionBiasFigure,
  positionBiasSentence,
  readPositionBias,
  wilsonInterval,
  type PositionBias,
} from '../../web/src/leaderboard/position-bias';
import { sortModels } from '../../web/src/leaderboard/sort-models';

/** A positionBias field as the hourly job writes it (src/judges/position-bias.ts). */
function bias(firstShown: number, second: number, ties: number): PositionBias {
  const verdicts = firstShown + second + ties;
  return {
    verdicts,
    firstShown,
    ties,
    firstShownShare: verdicts ? firstShown / verdicts : null,
    firstShownShareOfDecisive: firstShown + second ? firstShown / (firstShown + second) : null,
  };
}

describe('Wilson 95% interval', () => {
  it('matches the closed form at zero successes and is symmetric', () => {
    // 0 of n: [0, z²/(n + z²)].
    const z2 = 1.959964 ** 2;
    const [low, high] = wilsonInterval(0, 10);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(z2 / (10 + z2), 10);
    const [l1, h1] = wilsonInterval(30, 40);
    const [l2, h2] = wilsonInterval(10, 40);
    expect(l1).toBeCloseTo(1 - h2, 12);
    expect(h1).toBeCloseTo(1 - l2, 12);
  });

  it('gives the textbook interval for 118 of 192', () => {
    const [low, high] = wilsonInterval(118, 192);
    expect(low).toBeCloseTo(0.5441, 4);
    expect(high).toBeCloseTo(0.6805, 4);
  });
});

describe('reading a leaderboard entry’s position bias', () => {
  it('tells a board without the field from a judge without pairwise verdicts', () => {
    expect(readPositionBias(undefined)).toEqual({ kind: 'not-reported' });
    expect(readPositionBias(null)).toEqual({ kind: 'none' });
    expect(readPositionBias(bias(0, 0, 0))).toEqual({ kind: 'none' });
    expect(positionBiasSentence(readPositionBias(null))).toBe('No pairwise verdicts yet, so its position bias is not known.');
    expect(positionBiasFigure(readPositionBias(null))).toBe('—');
  });

  it('says so when every verdict was a tie', () => {
    const reading = readPositionBias(bias(0, 0, 3));
    expect(reading).toEqual({ kind: 'ties-only', verdicts: 3 });
    expect(positionBiasFigure(reading)).toBe('ties only');
    expect(positionBiasSentence(reading)).toBe('All 3 pairwise verdicts were ties, so its position bias is not known yet.');
  });

  it('gives no share below the minimum of decisive verdicts, ties not counted towards it', () => {
    const few = readPositionBias(bias(MIN_DECISIVE_VERDICTS - 1, 0, 20));
    expect(few).toEqual({ kind: 'too-few', decisive: MIN_DECISIVE_VERDICTS - 1, verdicts: MIN_DECISIVE_VERDICTS + 19 });
    expect(positionBiasFigure(few)).toBe('too few');
    expect(positionBiasSentence(readPositionBias(bias(1, 0, 0)))).toBe(
      `Only 1 decisive pairwise verdict (of 1): too few to measure its position bias (it takes ${MIN_DECISIVE_VERDICTS}).`,
    );
    expect(readPositionBias(bias(MIN_DECISIVE_VERDICTS, 0, 0)).kind).toBe('measured');
  });

  it('measures the share of decisive verdicts, with its interval and which side it favours', () => {
    const reading = readPositionBias(bias(118, 74, 20));
    expect(reading).toMatchObject({ kind: 'measured', decisive: 192, ties: 20, favours: 'first' });
    if (reading.kind !== 'measured') throw new Error('measured');
    expect(reading.share).toBeCloseTo(118 / 192, 12);
    expect(positionBiasFigure(reading)).toBe('61%');
    expect(positionBiasSentence(reading)).toBe(
      'Chose the response it was shown first in 61% of its decisive pairwise verdicts (n=192, 20 ties left out); ' +
        '95% interval 54%–68%: it favours the response it is shown first.',
    );
    const even = readPositionBias(bias(6, 6, 0));
    expect(even).toMatchObject({ kind: 'measured', favours: null });
    expect(positionBiasSentence(even)).toBe(
      'Chose the response it was shown first in 50% of its decisive pairwise verdicts (n=12); 95% interval 25%–75%: consistent with no position bias.',
    );
    expect(readPositionBias(bias(10, 30, 1))).toMatchObject({ favours: 'second' });
  });

  it('never rounds a share that is neither to 0% or 100%', () => {
    expect(formatShare(0.004)).toBe('<1%');
    expect(formatShare(0.996)).toBe('>99%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.555)).toBe('56%');
  });
});

describe('sorting by position bias', () => {
  const judge = (id: string, rank: number, positionBias: PositionBias | null | undefined) =>
    ({ id, name: id, rank, positionBias }) as unknown as RankedJudge;

  it('puts the least biased first either side of 50%, unmeasured judges last both ways', () => {
    const judges = [
      judge('leans-first', 1, bias(30, 10, 0)),
      judge('none', 2, null),
      judge('even', 3, bias(20, 20, 5)),
      judge('leans-second-a-little', 4, bias(18, 22, 0)),
      judge('too-few', 5, bias(2, 1, 0)),
    ];
    const ids = (direction: 'ascending' | 'descending') => sortModels(judges, { key: 'positionBias', direction }).map((j) => j.id);
    expect(ids('ascending')).toEqual(['even', 'leans-second-a-little', 'leans-first', 'none', 'too-few']);
    expect(ids('descending')).toEqual(['leans-first', 'leans-second-a-little', 'even', 'none', 'too-few']);
  });
});
