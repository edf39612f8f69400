// How the judge page reads GET /api/leaderboard/judges/:id's answers (fetch stubbed): the document, a judge not on
// the leaderboard (404 unknown_judge: the page's "not on the leaderboard"), or a failure to show with a retry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { judgeDocumentPath, loadJudgeDocument } from '../../web/src/leaderboard/leaderboard-requests';

const answer = (status: number, body: unknown) => {
  const fetch = vi.fn(async (_url: string) => new Response(body === undefined ? 'Not Found' : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

afterEach(() => vi.unstubAllGlobals());

describe('loadJudgeDocument', () => {
  it("asks the judge's route, its id escaped, and returns the document it sends", async () => {
    const document = { schemaVersion: 2, updatedAt: '2026-12-01T10:00:00.000Z', totalVotes: 3, judge: { id: 'a/b' }, slices: [], record: [] };
    const fetch = answer(200, document);
    expect(await loadJudgeDocument('a/b')).toEqual(document);
    expect(judgeDocumentPath('a/b')).toBe('/api/leaderboard/judges/a%2Fb');
    expect(String(fetch.mock.calls[0]?.[0])).toContain('/api/leaderboard/judges/a%2Fb');
  });

  it('reads 404 unknown_judge as a judge not on the leaderboard', async () => {
    answer(404, { error: { code: 'unknown_judge', message: 'No judge has the id "j".' } });
    expect(await loadJudgeDocument('j')).toBeNull();
  });

  it('passes any other failure on, another 404 too (a server without the route is not "no such judge")', async () => {
    answer(404, undefined);
    await expect(loadJudgeDocument('j')).rejects.toMatchObject({ status: 404 });
    answer(500, { error: { code: 'internal', message: 'Something broke.' } });
    await expect(loadJudgeDocument('j')).rejects.toMatchObject({ status: 500 });
  });
});
