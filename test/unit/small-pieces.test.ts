import { describe, expect, it } from 'vitest';
import { median, summariseRecent } from '../../src/judges/judge-status';
import { streamChunks } from '../../src/judges/judgment-cache';
import { nextUtcMidnight, utcDay } from '../../src/judges/paid-calls';
import { replayEvents } from '../../src/battles/run-battle';
import { encodeSse } from '../../src/battles/events';
import { rankingOptions } from '../../src/leaderboard/refresh-leaderboard';
import { readSettings } from '../../src/config';

describe('judge status', () => {
  it('summarises failure rate and median latency, ignoring cached latencies', () => {
    const s = summariseRecent([
      { modelId: 'x', status: 'complete', latencyMs: 100, cached: false },
      { modelId: 'x', status: 'complete', latencyMs: 300, cached: false },
      { modelId: 'x', status: 'complete', latencyMs: 1, cached: true },
      { modelId: 'x', status: 'error', latencyMs: 50, cached: false },
    ]);
    expect(s.get('x')).toEqual({ judgments: 4, failureRate: 0.25, medianLatencyMs: 200 });
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('cached judgments stream in chunks', () => {
  it('splits on word boundaries and loses nothing', () => {
    const text = 'The response is accurate, but it does not explain why the answer holds. '.repeat(5);
    const chunks = streamChunks(text, 20);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((c) => c.length <= 20)).toBe(true);
    expect(streamChunks('')).toEqual([]);
  });
});

describe('paid-call days', () => {
  it('uses UTC days', () => {
    const t = Date.UTC(2026, 10, 27, 23, 59);
    expect(utcDay(t)).toBe('2026-11-27');
    expect(nextUtcMidnight(t).toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });
});

describe('events', () => {
  it('encodes SSE without the type in the data', () => {
    expect(encodeSse({ type: 'delta', judge: 'A', text: 'hi\nthere' })).toBe('event: delta\ndata: {"judge":"A","text":"hi\\nthere"}\n\n');
  });
  it('replays stored judgments in the live order', () => {
    const events = replayEvents({
      judgments: {
        A: { status: 'complete', text: 'Good.', score: 4, critique: 'Good.' },
        B: { status: 'error', text: '', errorMessage: 'The judge took too long to answer.' },
      },
    } as never);
    expect(events.map((e) => e.type)).toEqual(['delta', 'judgment', 'judge_error', 'done']);
  });
});

describe('settings', () => {
  it('falls back to defaults on malformed values and parses the ranking options', () => {
    const s = readSettings({ MIN_VOTE_DELAY_MS: 'soon', RANKING_PRIOR: 'l2:0.25', RANKING_ANCHOR: 'gpt-4o:1200' } as unknown as Env);
    expect(s.MIN_VOTE_DELAY_MS).toBe(3000);
    expect(rankingOptions(s)).toMatchObject({ prior: { kind: 'l2', strength: 0.25 }, anchor: { id: 'gpt-4o', rating: 1200 }, bootstrapRounds: 1000 });
    expect(rankingOptions(readSettings({ RANKING_PRIOR: 'none' } as unknown as Env)).prior).toEqual({ kind: 'none' });
    expect(rankingOptions(s).ci).toBe('sandwich');
    expect(rankingOptions(readSettings({ RANKING_CI: 'bootstrap' } as unknown as Env)).ci).toBe('bootstrap');
    expect(rankingOptions(readSettings({ RANKING_CI: 'jackknife' } as unknown as Env)).ci).toBe('sandwich');
  });
});
