import { describe, expect, it } from 'vitest';
import { percentile, summarizePhase } from './latency-stats';

describe('percentile', () => {
  it('uses the nearest rank, whatever the input order', () => {
    const samples = [50, 10, 40, 20, 30, 100, 90, 60, 80, 70];
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 90)).toBe(90);
    expect(percentile(samples, 99)).toBe(100);
    expect(percentile(samples, 0)).toBe(10);
  });

  it('p99 of 200 samples is the 198th smallest, not the maximum', () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(samples, 99)).toBe(198);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarizePhase', () => {
  it('derives throughput and per-item cost from the wall time, latencies from the samples', () => {
    const summary = summarizePhase([5, 15, 10, 20], 50);
    expect(summary.items).toBe(4);
    expect(summary.perSecond).toBeCloseTo(80);
    expect(summary.msPerItem).toBeCloseTo(12.5);
    expect(summary.p50Ms).toBe(10);
    expect(summary.p99Ms).toBe(20);
    expect(summary.maxMs).toBe(20);
  });

  it('reports no throughput for an empty phase', () => {
    const summary = summarizePhase([], 0);
    expect(summary.items).toBe(0);
    expect(summary.perSecond).toBeNaN();
    expect(summary.msPerItem).toBeNaN();
  });
});
