// The vote's batch (src/votes/vote-write-statements.ts, built once with placeholders) against real D1: each
// statement lands with the vote's own values, repeated votes add up, and a counted vote kept from before slices
// existed lands in its battle's slice (or likert/custom when the battle row is gone).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VoteAnswer } from '../../src/shared/api-types';
import type { RecordedVote } from '../../src/votes/vote-decision';
import { writeVotes } from '../../src/votes/vote-store';

const d1 = (env as unknown as Env).DB;

const answer = (choice: RecordedVote['choice']): VoteAnswer => ({
  choice,
  models: {
    A: { id: 'judge-y', name: 'Judge Y', organization: 'Org', kind: 'llm' },
    B: { id: 'judge-x', name: 'Judge X', organization: 'Org', kind: 'llm' },
  },
  outcome: 'favourite',
});

function vote(battleId: string, overrides: Partial<RecordedVote> = {}): RecordedVote {
  return {
    voteId: `vote-${battleId}`,
    battleId,
    choice: 'A',
    modelA: 'judge-y',
    modelB: 'judge-x',
    visitorId: 'visitor-1',
    idempotencyKey: `key-${battleId}`,
    promptHash: 'prompt-1',
    counted: true,
    excludedReason: null,
    receivedAt: 1_000,
    answer: answer(overrides.choice ?? 'A'),
    eloAfter: { A: 1016, B: 984 },
    style: [0.5, 0, -0.25, 0, 1],
    slice: { format: 'pairwise', category: 'coding' },
    ...overrides,
  };
}

async function insertBattle(id: string, format: string, category: string) {
  await d1
    .prepare("INSERT INTO battles (id, model_a, model_b, status, format, category, created_at) VALUES (?, 'judge-y', 'judge-x', 'judged', ?, ?, 0)")
    .bind(id, format, category)
    .run();
}

const rows = async <T>(query: string) => (await d1.prepare(query).all<T>()).results;

describe('the vote batch', () => {
  beforeAll(async () => {
    // b1–b3's rows name another slice than their votes (likert/science): a vote's own slice comes first, so a count
    // in likert/science would be the store reading the battle's row instead.
    for (const id of ['b1', 'b2', 'b3']) await insertBattle(id, 'likert', 'science');
    await insertBattle('b4', 'binary', 'safety');
    await writeVotes(d1, [
      vote('b1'),
      vote('b2', { choice: 'tie', eloAfter: { A: 1015, B: 985 }, receivedAt: 2_000 }),
      vote('b3', { counted: false, excludedReason: 'prompt_seen', eloAfter: null, style: undefined }),
    ]);
    // Kept before slices existed: no slice on the vote, so its battle's row says (b4), or likert/custom (no row).
    await writeVotes(d1, [vote('b4', { slice: undefined }), vote('gone', { slice: undefined, promptHash: null })]);
  });

  it('stores each vote row as decided, and marks its battle voted', async () => {
    const stored = await rows<Record<string, unknown>>('SELECT * FROM votes ORDER BY battle_id');
    expect(stored.map((v) => [v.battle_id, v.choice, v.counted, v.excluded_reason])).toEqual([
      ['b1', 'A', 1, null],
      ['b2', 'tie', 1, null],
      ['b3', 'A', 0, 'prompt_seen'],
      ['b4', 'A', 1, null],
      ['gone', 'A', 1, null],
    ]);
    expect(JSON.parse(stored[1].response_json as string)).toEqual(answer('tie'));
    expect(stored[0]).toMatchObject({ id: 'vote-b1', model_a: 'judge-y', model_b: 'judge-x', visitor_id: 'visitor-1', idempotency_key: 'key-b1', created_at: 1_000 });
    const battles = await rows<{ id: string; status: string; voted_at: number }>("SELECT id, status, voted_at FROM battles WHERE id = 'b2'");
    expect(battles).toEqual([{ id: 'b2', status: 'voted', voted_at: 2_000 }]);
  });

  it('counts each judge’s reveals on the prompt, and the counted votes after the first', async () => {
    const reveals = await rows('SELECT model_id, reveals, counted_since_reveal FROM judge_prompt_reveals ORDER BY model_id');
    // b1 creates the rows; b2 (counted), b3 (not counted) and b4 (counted) are votes since the reveal.
    expect(reveals).toEqual([
      { model_id: 'judge-x', reveals: 4, counted_since_reveal: 2 },
      { model_id: 'judge-y', reveals: 4, counted_since_reveal: 2 },
    ]);
  });

  it('adds counted votes to the pair counts of their slice, oriented lo < hi', async () => {
    const pairs = await rows('SELECT format, category, model_lo, model_hi, wins_lo, wins_hi, ties, both_bad FROM pair_counts ORDER BY format, category');
    // judge-x < judge-y, so A (judge-y) winning is a win for hi.
    expect(pairs).toEqual([
      { format: 'binary', category: 'safety', model_lo: 'judge-x', model_hi: 'judge-y', wins_lo: 0, wins_hi: 1, ties: 0, both_bad: 0 },
      { format: 'likert', category: 'custom', model_lo: 'judge-x', model_hi: 'judge-y', wins_lo: 0, wins_hi: 1, ties: 0, both_bad: 0 },
      { format: 'pairwise', category: 'coding', model_lo: 'judge-x', model_hi: 'judge-y', wins_lo: 0, wins_hi: 1, ties: 1, both_bad: 0 },
    ]);
  });

  it('sets each judge’s Elo to the value decided with the last vote, and adds its outcomes', async () => {
    const stats = await rows('SELECT model_id, elo, votes, wins, losses, ties, both_bad, updated_at FROM judge_stats ORDER BY model_id');
    expect(stats).toEqual([
      { model_id: 'judge-x', elo: 984, votes: 4, wins: 0, losses: 3, ties: 1, both_bad: 0, updated_at: 1_000 },
      { model_id: 'judge-y', elo: 1016, votes: 4, wins: 3, losses: 0, ties: 1, both_bad: 0, updated_at: 1_000 },
    ]);
  });

  it('adds each counted vote’s style moments to its (pair, outcome) row', async () => {
    const sums = await rows<Record<string, number | string>>("SELECT * FROM pair_style_sums ORDER BY outcome");
    expect(sums.map((r) => [r.outcome, r.votes])).toEqual([
      ['draw', 1],
      ['hi', 3],
    ]);
    // Features are A − B and A is hi, so stored lo − hi they change sign; products do not.
    expect(sums[1]).toMatchObject({ x_length: -1.5, x_lists: 0.75, x_score: -3, xx_length_length: 0.75, xx_length_score: 1.5, xx_score_score: 3 });
  });
});
