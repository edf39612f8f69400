// How the judge page reads GET /api/leaderboard/history's answers (fetch stubbed): a series, a judge the route knows
// no points of, or a server without the route.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRatingHistory } from '../../web/src/leaderboard/leaderboard-requests';

const answer = (status: number, body: unknown) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? 'Not Found' : JSON.stringify(body), { status })));

afterEach(() => vi.unstubAllGlobals());

describe('loadRatingHistory', () => {
  it('returns the series the route sends', async () => {
    const points = [{ at: '2026-12-01T10:00:00.000Z', rating: 1012, ci: [1000, 1024], votes: 40 }];
    answer(200, { schemaVersion: 2, judge: 'j', points });
    expect(await loadRatingHistory('j')).toMatchObject({ points });
  });

  it('reads 404 unknown_judge as a judge with no points, and any other 404 as a server without history', async () => {
    answer(404, { error: { code: 'unknown_judge', message: 'No judge has the id "j".' } });
    expect(await loadRatingHistory('j')).toEqual({ points: [] });
    answer(404, undefined);
    expect(await loadRatingHistory('j')).toBeNull();
    answer(404, { error: { code: 'not_found', message: 'No such route.' } });
    expect(await loadRatingHistory('j')).toBeNull();
  });

  it('passes other failures on', async () => {
    answer(500, { error: { code: 'internal', message: 'Something broke.' } });
    await expect(loadRatingHistory('j')).rejects.toMatchObject({ status: 500 });
  });
});
