// The rating history stays bounded: the hourly job (appending, then compacting, at each refresh; clock injected)
// keeps the latest point of each hour for 14 days, the latest of each UTC day before that, nothing past 2 years.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/db/client';
import { DAY_MS, HOUR_MS, HOURLY_FOR_MS, MAX_POINTS_PER_JUDGE, type HistoryRow } from '../../src/leaderboard/history-retention';
import { appendHistory, compactHistory, readHistory } from '../../src/leaderboard/history-store';

const db = database((env as unknown as Env).DB);
const NOW = Date.UTC(2032, 5, 10, 12);

const point = (modelId: string, at: number, votes: number): HistoryRow => ({ modelId, at, rating: 1000 + votes / 10, ciLow: 990, ciHigh: 1010, votes });

/** The latest of the given times in each bucket (a UTC hour or day). */
function latestPerBucket(times: readonly number[], bucketMs: number): Map<number, number> {
  const latest = new Map<number, number>();
  for (const t of times) latest.set(Math.floor(t / bucketMs), Math.max(latest.get(Math.floor(t / bucketMs)) ?? -Infinity, t));
  return latest;
}

describe('rating history retention', () => {
  it('keeps one point an hour for 14 days, one a day before, none past two years, judge by judge', async () => {
    const judge = `history-${crypto.randomUUID().slice(0, 8)}`;
    const other = `${judge}-other`;
    const appended: number[] = [];
    const append = async (at: number, rows: HistoryRow[]) => {
      appended.push(at);
      await appendHistory(db, rows);
      await compactHistory(db, at);
    };
    const ancient = NOW - 800 * DAY_MS;
    const old = NOW - 700 * DAY_MS;
    await appendHistory(db, [point(judge, ancient, 1), point(judge, old, 2)]);

    // Sixteen days of hourly refreshes, with an admin refresh 20 minutes past every fifth hour.
    let votes = 10;
    for (let at = NOW - 16 * DAY_MS; at <= NOW; at += HOUR_MS) {
      await append(at, [point(judge, at, votes++)]);
      if ((at / HOUR_MS) % 5 === 0 && at + 20 * 60_000 <= NOW) await append(at + 20 * 60_000, [point(judge, at + 20 * 60_000, votes++)]);
    }
    // The other judge only in the last hours, twice in one hour: compaction is per judge.
    await appendHistory(db, [point(other, NOW - 3 * HOUR_MS - 30 * 60_000, 1), point(other, NOW - 2 * HOUR_MS - 30 * 60_000, 2), point(other, NOW - 2 * HOUR_MS - 10 * 60_000, 3)]);
    await compactHistory(db, NOW);

    const kept = (await readHistory(db, judge)).map((r) => r.at);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept.length).toBeLessThanOrEqual(MAX_POINTS_PER_JUDGE);
    expect(kept).not.toContain(ancient);
    expect(kept[0]).toBe(old);

    const cutoff = NOW - HOURLY_FOR_MS;
    const recent = appended.filter((t) => t >= cutoff);
    const expectedRecent = [...latestPerBucket(recent, HOUR_MS)].filter(([hour]) => hour * HOUR_MS >= cutoff).map(([, t]) => t);
    // Days wholly before the cutoff keep their latest point; the day the cutoff falls in keeps only its recent part.
    const expectedDaily = [...latestPerBucket(appended.filter((t) => t < cutoff), DAY_MS)]
      .filter(([day]) => (day + 1) * DAY_MS <= cutoff)
      .map(([, t]) => t);
    expect(kept.filter((t) => t >= cutoff)).toEqual(expectedRecent);
    expect(kept.filter((t) => t < cutoff && t > old)).toEqual(expectedDaily);
    expect(expectedDaily).toHaveLength(2); // from 16 days back at 12:00 UTC to the cutoff 14 days back: two UTC days
    expect(expectedRecent.length).toBe(14 * 24 + 1);

    // Each kept point is the one appended at that time, with its own figures.
    const rows = await readHistory(db, judge);
    expect(rows.at(-1)).toEqual(point(judge, NOW, rows.at(-1)!.votes));
    expect(new Set(rows.map((r) => r.votes)).size).toBe(rows.length);

    expect((await readHistory(db, other)).map((r) => r.at)).toEqual([NOW - 3 * HOUR_MS - 30 * 60_000, NOW - 2 * HOUR_MS - 10 * 60_000]);
  });
});
