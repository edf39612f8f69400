// GET /api/config's resting state from the isolate's recent count of the day's paid calls (real D1, injected clock).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config';
import { database } from '../../src/db/client';
import { PAID_CALLS_CACHE_MS, recentRestingState } from '../../src/judges/paid-calls-cache';

const testEnv = env as unknown as Env;
const db = database(testEnv.DB);
const DAY = '2033-03-04';
const T0 = Date.UTC(2033, 2, 4, 10);
const MIDNIGHT = Date.UTC(2033, 2, 5);
const setCount = (n: number) =>
  testEnv.DB.prepare('INSERT INTO daily_usage (day, paid_judge_calls) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET paid_judge_calls = excluded.paid_judge_calls')
    .bind(DAY, n)
    .run();

describe('the resting state of /api/config', () => {
  it('rereads a count below the ceiling after PAID_CALLS_CACHE_MS, keeps one at the ceiling until midnight', async () => {
    const settings = readSettings({ ...testEnv, DAILY_PAID_JUDGE_CALLS: '7' } as Env);
    await setCount(5);
    expect(await recentRestingState(db, settings, true, T0)).toBeNull();
    await setCount(7); // the budget runs out
    expect(await recentRestingState(db, settings, true, T0 + PAID_CALLS_CACHE_MS - 1)).toBeNull();
    const resting = await recentRestingState(db, settings, true, T0 + PAID_CALLS_CACHE_MS);
    expect(resting?.until).toBe(new Date(MIDNIGHT).toISOString());
    // A count at the ceiling is not read again that day (within a day it only grows).
    await setCount(0);
    expect(await recentRestingState(db, settings, true, T0 + 3_600_000)).toEqual(resting);
    // A new UTC day starts at 0 calls: no longer resting.
    expect(await recentRestingState(db, settings, true, MIDNIGHT + 1)).toBeNull();
    // Only deployments with paid judges and a ceiling ever rest.
    expect(await recentRestingState(db, settings, false, T0 + 3_600_000)).toBeNull();
  });
});
