// The release is checkable: the project's own ranking (src/ranking), fed the counted votes of the admin export,
// gives exactly the leaderboard the hourly refresh publishes. Rounds are played through the API with the
// offline judges, so each vote goes through the ledger like a visitor's.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config';
import { rankingOptions } from '../../src/leaderboard/refresh-leaderboard';
import { rankJudges } from '../../src/ranking/leaderboard';
import { buildLeaderboard } from '../../src/leaderboard/leaderboard-json';
import { allJudgeModels } from '../../src/judges/registry';
import type { VoteChoice } from '../../src/shared/api-types';
import { letTimePass, SAMPLE } from '../support/api';
import { pairCountsFromVotes } from '../support/pair-count-book';
import { fetchWith, streamWith } from '../support/app-with-env';

const TOKEN = 'ranking-admin-token';
const testEnv = { ...(env as unknown as Env), ADMIN_TOKEN: TOKEN, BOOTSTRAP_ROUNDS: '200' } as Env;
const admin = { authorization: `Bearer ${TOKEN}` };
const CHOICES: VoteChoice[] = ['A', 'B', 'A', 'tie', 'B', 'both_bad', 'A'];
const OUTCOME_OF_WINNER: Record<string, VoteChoice> = { model_a: 'A', model_b: 'B', tie: 'tie', 'tie (bothbad)': 'both_bad' };

describe('ratings from the admin export', () => {
  it('equal the leaderboard computed by the hourly refresh', async () => {
    for (let round = 0; round < 21; round++) {
      const ip = `192.0.2.${round + 10}`;
      const created = await fetchWith(testEnv, '/api/battles', {
        method: 'POST',
        json: { ...SAMPLE, input: `${SAMPLE.input} (round ${round})` },
        headers: { 'cf-connecting-ip': ip },
      });
      expect(created.status, created.text).toBe(201);
      const id = created.json().battle.id;
      await streamWith(testEnv, id);
      if (round % 5 !== 4) letTimePass(); // every fifth vote comes too fast: stored, not counted
      const voted = await fetchWith(testEnv, `/api/battles/${id}/vote`, { method: 'POST', json: { choice: CHOICES[round % CHOICES.length] }, headers: { 'cf-connecting-ip': ip } });
      expect(voted.status, voted.text).toBe(200);
    }
    expect((await fetchWith(testEnv, '/api/admin/leaderboard/refresh', { method: 'POST', headers: admin })).status).toBe(200);
    const leaderboard = (await fetchWith(testEnv, '/api/leaderboard')).json();

    letTimePass(); // past the admin export's settling minute
    const exported = await fetchWith(testEnv, '/api/admin/votes/export', { headers: admin });
    const lines = exported.text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(21);
    const counted = lines.filter((l) => l.counted);
    expect(counted.length).toBe(leaderboard.totalVotes);
    expect(counted.length).toBeLessThan(lines.length);

    const cells = pairCountsFromVotes(counted.map((l) => ({ modelA: l.model_a, modelB: l.model_b, outcome: OUTCOME_OF_WINNER[l.winner] })));
    // The same judges and options as the refresh (src/leaderboard/refresh-leaderboard.ts); the export has no online Elo.
    const models = allJudgeModels(testEnv);
    const ids = [...new Set([...models.map((m) => m.id), ...cells.flatMap((p) => [p.lo, p.hi])])];
    const ranking = rankJudges(ids, cells, rankingOptions(readSettings(testEnv)));
    const ours = buildLeaderboard(ranking, models, counted.length, new Date(), 0);
    // Elo is online (vote order), style control comes from the ledger's style sums and position bias from the
    // judgments, not from the counts.
    const withoutElo = (entries: { elo: unknown; styleControlled?: unknown; positionBias?: unknown }[]) =>
      entries.map(({ elo: _elo, styleControlled: _style, positionBias: _bias, ...rest }) => rest);
    expect(withoutElo(ours.models)).toEqual(withoutElo(leaderboard.models));
    expect(ours.components).toEqual(leaderboard.components);
    expect(leaderboard.models.some((m: { votes: number }) => m.votes > 0)).toBe(true);
  });
});
