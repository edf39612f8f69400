import { describe, expect, it } from 'vitest';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { pickRandomSample, publicSample } from '../../src/samples/sampling';
import type { Sample } from '../../src/samples/types';
import { seededRandom } from './seeded-random';

const tiny: Sample[] = [
  { id: 'reasoning-001', category: 'reasoning', input: 'q1', response: 'r1', quality: 'good' },
  { id: 'coding-001', category: 'coding', input: 'q2', response: 'r2', reference: 'ref2', quality: 'flawed' },
  { id: 'factual-001', category: 'factual', input: 'q3', response: 'r3', quality: 'subtly_wrong' },
  { id: 'writing-001', category: 'writing', input: 'q4', response: 'r4', reference: 'ref4', quality: 'good' },
];

describe('pickRandomSample', () => {
  it('returns only samples with a reference when one is required', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 500; i++) {
      expect(pickRandomSample(SAMPLE_BANK, { withReference: true }, random).reference).toBeDefined();
    }
  });

  it('reaches every sample of the bank, and every referenced sample in reference mode', () => {
    const random = seededRandom(2);
    const seen = new Set<string>();
    const seenWithReference = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      seen.add(pickRandomSample(SAMPLE_BANK, { withReference: false }, random).id);
      seenWithReference.add(pickRandomSample(SAMPLE_BANK, { withReference: true }, random).id);
    }
    expect(seen.size).toBe(SAMPLE_BANK.length);
    expect(seenWithReference.size).toBe(SAMPLE_BANK.filter((s) => s.reference !== undefined).length);
  });

  it('draws roughly uniformly', () => {
    const random = seededRandom(3);
    const counts = new Map<string, number>();
    const draws = 40_000;
    for (let i = 0; i < draws; i++) {
      const id = pickRandomSample(tiny, { withReference: false }, random).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const sample of tiny) {
      // Expected 10,000 each; a standard deviation is about 87, so 500 is a wide margin for a fixed seed.
      expect(Math.abs(counts.get(sample.id)! - draws / 4), sample.id).toBeLessThan(500);
    }
  });

  it('maps the random number onto the pool, including the edges', () => {
    expect(pickRandomSample(tiny, { withReference: false }, () => 0).id).toBe('reasoning-001');
    expect(pickRandomSample(tiny, { withReference: false }, () => 0.999999).id).toBe('writing-001');
    expect(pickRandomSample(tiny, { withReference: false }, () => 1).id).toBe('writing-001');
    expect(pickRandomSample(tiny, { withReference: true }, () => 0).id).toBe('coding-001');
    expect(pickRandomSample(tiny, { withReference: true }, () => 0.5).id).toBe('writing-001');
  });

  it('is deterministic for a given seed', () => {
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 30 }, (_, i) => pickRandomSample(SAMPLE_BANK, { withReference: i % 2 === 0 }, random).id);
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('avoids recently shown samples while others remain', () => {
    const random = seededRandom(4);
    const recentIds = ['reasoning-001', 'factual-001', 'writing-001'];
    for (let i = 0; i < 100; i++) {
      expect(pickRandomSample(tiny, { withReference: false, recentIds }, random).id).toBe('coding-001');
    }
    const everything = tiny.map((s) => s.id);
    expect(everything).toContain(pickRandomSample(tiny, { withReference: false, recentIds: everything }, random).id);
    // All referenced samples recent: still returns a referenced one rather than failing.
    const picked = pickRandomSample(tiny, { withReference: true, recentIds: ['coding-001', 'writing-001'] }, random);
    expect(picked.reference).toBeDefined();
  });

  it('throws when no sample qualifies', () => {
    const noReferences = tiny.filter((s) => s.reference === undefined);
    expect(() => pickRandomSample(noReferences, { withReference: true })).toThrow(/reference/);
    expect(() => pickRandomSample([], { withReference: false })).toThrow();
  });
});

describe('publicSample', () => {
  it('returns exactly the API shape, without the quality label', () => {
    expect(publicSample(tiny[1])).toEqual({ format: 'likert', id: 'coding-001', input: 'q2', response: 'r2', reference: 'ref2', category: 'coding' });
    const noReference = publicSample(tiny[0]);
    expect(noReference).toEqual({ format: 'likert', id: 'reasoning-001', input: 'q1', response: 'r1', category: 'reasoning' });
    expect(Object.keys(noReference).sort()).toEqual(['category', 'format', 'id', 'input', 'response']);
    expect(JSON.stringify(noReference)).not.toContain('quality');
  });

  it('drops the reference when the visitor asked for none', () => {
    const shown = publicSample(tiny[1], { includeReference: false });
    expect('reference' in shown).toBe(false);
    expect(publicSample(tiny[1], { includeReference: true }).reference).toBe('ref2');
  });

  it('never exposes quality for any sample in the bank', () => {
    for (const sample of SAMPLE_BANK) {
      const shown = publicSample(sample);
      expect(Object.keys(shown)).not.toContain('quality');
      expect(shown.reference).toBe(sample.reference);
    }
  });
});
