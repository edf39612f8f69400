import { describe, expect, it } from 'vitest';
import { formatsOfHour } from '../../src/samples/pool-schedule';

const HOUR = 3_600_000;
const count = (formats: string[]) => Object.fromEntries(['likert', 'binary', 'pairwise'].map((f) => [f, formats.filter((x) => x === f).length]));

describe('formatsOfHour', () => {
  it('spreads an hour\'s calls evenly over the three formats, interleaved', () => {
    const formats = formatsOfHour(6, 5 * HOUR + 123);
    expect(formats).toHaveLength(6);
    expect(count(formats)).toEqual({ likert: 2, binary: 2, pairwise: 2 });
    // Interleaved: a run cut short (the ceiling reached mid-hour) has still tried each format.
    expect(new Set(formats.slice(0, 3)).size).toBe(3);
  });

  it('gives each format its share over the hours when the budget does not divide by three', () => {
    for (const perHour of [1, 2, 4, 5]) {
      const threeHours = [0, 1, 2].flatMap((h) => formatsOfHour(perHour, (1000 + h) * HOUR));
      expect(count(threeHours), `${perHour} an hour`).toEqual({ likert: perHour, binary: perHour, pairwise: perHour });
    }
  });

  it('is the same plan throughout an hour, and empty for a budget of 0', () => {
    expect(formatsOfHour(4, 7 * HOUR)).toEqual(formatsOfHour(4, 8 * HOUR - 1));
    expect(formatsOfHour(0, 7 * HOUR)).toEqual([]);
  });
});
