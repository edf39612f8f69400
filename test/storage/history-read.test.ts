// Reading a judge's history when compaction has fallen behind (the hourly job failed or ran late, or many admin
// refreshes came in one hour): the series is bounded, and the bound must cut the oldest points, never the newest.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/db/client';
import { HOUR_MS, MAX_POINTS_PER_JUDGE, type HistoryRow } from '../../src/leaderboard/history-retention';
import { appendHistory, readHistory } from '../../src/leaderboard/history-store';

const db = database((env as unknown as Env).DB);
const NOW = Date.UTC(2032, 5, 10, 12);

const point = (modelId: string, at: number, votes: number): HistoryRow => ({ modelId, at, rating: 1000 + votes / 10, ciLow: null, ciHigh: null, votes });

describe('readHistory with compaction behind', () => {
  it('returns the newest points, oldest first, when more are stored than the bound', async () => {
    const judge = `lagging-${crypto.randomUUID().slice(0, 8)}`;
    const extra = 25;
    // One point every 10 minutes, never compacted: more than the GET bound.
    const stored = Array.from({ length: MAX_POINTS_PER_JUDGE + extra }, (_, i) => point(judge, NOW - (MAX_POINTS_PER_JUDGE + extra - 1 - i) * (HOUR_MS / 6), i));
    await appendHistory(db, stored);
    // Another judge's points are not counted against this one's bound.
    await appendHistory(db, [point(`${judge}-other`, NOW + HOUR_MS, 1)]);

    const read = await readHistory(db, judge);
    expect(read).toHaveLength(MAX_POINTS_PER_JUDGE);
    expect(read).toEqual(stored.slice(extra));
    expect(read.at(-1)).toEqual(point(judge, NOW, MAX_POINTS_PER_JUDGE + extra - 1));
  });

  it('returns every point, oldest first, when there are fewer than the bound', async () => {
    const judge = `few-${crypto.randomUUID().slice(0, 8)}`;
    const stored = [point(judge, NOW - 2 * HOUR_MS, 1), point(judge, NOW - HOUR_MS, 2), point(judge, NOW, 3)];
    await appendHistory(db, [stored[2]!, stored[0]!, stored[1]!]);
    expect(await readHistory(db, judge)).toEqual(stored);
  });
});
