// How GET /api/status derives each judge's state from the registry, judge_health rows and recent judgments.
import { describe, expect, it } from 'vitest';
import type { JudgeModel } from '../../src/judges/judge-model';
import { judgeStates } from '../../src/battles/arena-status';

const now = Date.UTC(2026, 11, 1, 12);
const judge = (id: string): JudgeModel => ({
  id,
  name: `Judge ${id}`,
  organization: 'Org',
  license: 'MIT',
  provider: 'offline',
  providerModel: id,
  active: true,
  supportsJsonMode: false,
  supportsStreamUsage: false,
  openWeights: true,
  parametersB: null,
  kind: 'offline',
});
const health = (modelId: string, benchedUntil: number | null, consecutiveFailures: number) => ({
  modelId,
  benchedUntil,
  consecutiveFailures,
  lastFailureAt: null,
  lastFailureReason: null,
});

describe('judgeStates', () => {
  it('says unavailable, benched (until when) or ok, with recent figures where there are some', () => {
    const recent = new Map([['ok', { judgments: 4, failureRate: 0.25, medianLatencyMs: 120 }]]);
    const states = judgeStates(
      [judge('ok'), judge('benched'), judge('back'), judge('gone')],
      new Set(['ok', 'benched', 'back']),
      [health('benched', now + 60_000, 3), health('back', now - 1, 3), health('gone', now + 60_000, 5)],
      recent,
      now,
    );
    expect(states.map((s) => [s.id, s.state, s.benchedUntil])).toEqual([
      ['ok', 'ok', null],
      ['benched', 'benched', new Date(now + 60_000).toISOString()],
      ['back', 'ok', null],
      ['gone', 'unavailable', new Date(now + 60_000).toISOString()],
    ]);
    // Consecutive failures move with each judgment of a live battle: not public.
    expect(states.every((s) => !('consecutiveFailures' in s))).toBe(true);
    expect(states[0].recent).toEqual({ judgments: 4, failureRate: 0.25, medianLatencyMs: 120 });
    expect(states[1].recent).toEqual({ judgments: 0, failureRate: null, medianLatencyMs: null });
  });
});
