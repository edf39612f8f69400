// The judges' hourly status figures in KV: the first run of an hour wins; a later hour replaces them, an earlier
// (late) run never does.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { JUDGE_STATUS_KEY, readJudgeStatusSnapshot, writeJudgeStatusSnapshot } from '../../src/judges/judge-status-snapshot';

const kv = (env as unknown as Env).LEADERBOARD_KV;
const HOUR = 3_600_000;
const figures = (judgments: number) => ({ 'judge-x': { judgments, failureRate: 0, medianLatencyMs: 100 } });

describe('the judge status snapshot', () => {
  it('keeps the first write of an hour, takes a later hour, ignores an earlier one', async () => {
    await kv.delete(JUDGE_STATUS_KEY);
    expect(await readJudgeStatusSnapshot(kv)).toBeNull();
    const hour = Date.UTC(2032, 0, 1, 10);
    expect(await writeJudgeStatusSnapshot(kv, { hourStart: hour, judges: figures(3) })).toBe(true);
    expect(await writeJudgeStatusSnapshot(kv, { hourStart: hour, judges: figures(4) })).toBe(false);
    expect(await readJudgeStatusSnapshot(kv)).toEqual({ hourStart: hour, judges: figures(3) });
    expect(await writeJudgeStatusSnapshot(kv, { hourStart: hour + HOUR, judges: figures(5) })).toBe(true);
    expect(await writeJudgeStatusSnapshot(kv, { hourStart: hour, judges: figures(6) })).toBe(false);
    expect(await readJudgeStatusSnapshot(kv)).toEqual({ hourStart: hour + HOUR, judges: figures(5) });
  });
});
