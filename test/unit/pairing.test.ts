import { describe, expect, it } from 'vitest';
import { choosePair, pairingWeight } from '../../src/battles/pairing';
import { createRandom } from '../../src/ranking/prng';

const seeded = (seed: number) => {
  const r = createRandom(seed);
  return () => r.next();
};

describe('choosePair', () => {
  it('returns two different judges, or null when fewer than two are available', () => {
    expect(choosePair([], Math.random)).toBeNull();
    expect(choosePair([{ id: 'a', votes: 0 }], Math.random)).toBeNull();
    expect(choosePair([{ id: 'a', votes: 0 }, { id: 'a', votes: 3 }], Math.random)).toBeNull();
    const random = seeded(1);
    for (let i = 0; i < 200; i++) {
      const [x, y] = choosePair([{ id: 'a', votes: 0 }, { id: 'b', votes: 0 }, { id: 'c', votes: 9 }], random)!;
      expect(x).not.toBe(y);
    }
  });

  it('gives judges with fewer votes more battles', () => {
    const random = seeded(7);
    const candidates = [
      { id: 'new', votes: 0 },
      { id: 'young', votes: 50 },
      { id: 'veteran', votes: 5000 },
      { id: 'veteran2', votes: 5000 },
    ];
    const seen = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const id of choosePair(candidates, random)!) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect(seen.get('new')!).toBeGreaterThan(seen.get('young')!);
    expect(seen.get('young')!).toBeGreaterThan(seen.get('veteran')!);
    expect(seen.get('veteran')!).toBeGreaterThan(0);
    expect(pairingWeight(0)).toBeGreaterThan(pairingWeight(10));
  });

  it('puts each judge in position A about half the time', () => {
    const random = seeded(3);
    let aFirst = 0;
    for (let i = 0; i < 2000; i++) if (choosePair([{ id: 'a', votes: 0 }, { id: 'b', votes: 0 }], random)![0] === 'a') aFirst++;
    expect(aFirst / 2000).toBeGreaterThan(0.45);
    expect(aFirst / 2000).toBeLessThan(0.55);
  });

  it('honours exclusions and avoids the previous pair when another exists', () => {
    const random = seeded(5);
    const c = [{ id: 'a', votes: 0 }, { id: 'b', votes: 0 }, { id: 'c', votes: 0 }];
    for (let i = 0; i < 100; i++) {
      expect(choosePair(c, random, { exclude: ['a'] })!.sort()).toEqual(['b', 'c']);
      expect(choosePair(c, random, { avoidPair: ['a', 'b'] })!.sort()).not.toEqual(['a', 'b']);
    }
    // With only two judges the same pair is the only possible one.
    expect(choosePair(c.slice(0, 2), random, { avoidPair: ['a', 'b'] })!.sort()).toEqual(['a', 'b']);
  });
});
