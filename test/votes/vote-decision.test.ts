// The vote decision as a pure function: ledger state + vote in, answer + the vote to record out.
// Plain data only (no Workers APIs), so it runs under Node as well as in the Workers pool.
import { describe, expect, it } from 'vitest';
import type { RevealedModel, VoteChoice } from '../../src/shared/api-types';
import { REDACTED } from '../../src/judges/identity-redactor';
import { eloUpdate } from '../../src/ranking/elo';
import {
  battleFacts,
  decideVote,
  standingOf,
  type BattleFacts,
  type BattleRecord,
  type BattleStanding,
  type PreviousVote,
  type VoteContext,
  type VoteRequest,
} from '../../src/votes/vote-decision';

const rules = { minVoteDelayMs: 3000, voteWindowMs: 6 * 3_600_000, visitorDailyCountedVotes: 3, revealedPromptVoteCap: 2 };
const now = Date.UTC(2026, 11, 1, 10);
const facts: BattleFacts = { modelA: 'judge-a', modelB: 'judge-b', createdAt: now - 120_000, judgedAt: now - 60_000, identityLeaked: false, promptHash: 'prompt-1' };
const reveal = (id: string): RevealedModel => ({ id, name: `Name of ${id}`, organization: 'Org', kind: 'llm' });

function request(over: Partial<VoteRequest> = {}): VoteRequest {
  return { battleId: 'battle-1', choice: 'A', visitorId: 'visitor-1', idempotencyKey: null, receivedAt: now, ...over };
}

function context(
  over: {
    battle?: BattleStanding;
    elo?: Record<string, number>;
    visitorCountedToday?: number;
    promptSeenByVisitor?: boolean;
    countedSinceReveal?: Record<string, number>;
  } = {},
): VoteContext {
  const elo = over.elo ?? {};
  return {
    battle: over.battle ?? { state: 'open', facts },
    visitorCountedToday: over.visitorCountedToday ?? 0,
    promptSeenByVisitor: over.promptSeenByVisitor ?? false,
    countedSinceReveal: (id) => over.countedSinceReveal?.[id] ?? null,
    elo: (id) => elo[id] ?? 1000,
    reveal,
  };
}

const decide = (req: VoteRequest, ctx: VoteContext) => decideVote(req, ctx, rules, 'vote-id-1');

describe('decideVote on an open battle', () => {
  it('records a counted vote with the answer, the vote row and both judges’ Elo after it', () => {
    const decision = decide(request({ choice: 'B', idempotencyKey: 'k1' }), context({ elo: { 'judge-a': 1010, 'judge-b': 990 } }));
    const answer = { choice: 'B', models: { A: reveal('judge-a'), B: reveal('judge-b') }, outcome: 'underdog' };
    expect(decision.result).toEqual({ ok: true, answer, replayed: false });
    const [eloA, eloB] = eloUpdate(1010, 990, 'B');
    expect(decision.record).toEqual({
      voteId: 'vote-id-1',
      battleId: 'battle-1',
      choice: 'B',
      modelA: 'judge-a',
      modelB: 'judge-b',
      visitorId: 'visitor-1',
      idempotencyKey: 'k1',
      promptHash: 'prompt-1',
      counted: true,
      excludedReason: null,
      receivedAt: now,
      answer,
      eloAfter: { A: eloA, B: eloB },
    });
    expect(eloB).toBeGreaterThan(990);
  });

  it('calls the higher-rated judge the favourite, by the Elo before the vote', () => {
    const elo = { 'judge-a': 1020, 'judge-b': 1000 };
    const outcome = (choice: VoteChoice) => decide(request({ choice }), context({ elo })).result;
    expect(outcome('A')).toMatchObject({ answer: { outcome: 'favourite' } });
    expect(outcome('B')).toMatchObject({ answer: { outcome: 'underdog' } });
    expect(outcome('tie')).toMatchObject({ answer: { outcome: 'tie' } });
    expect(outcome('both_bad')).toMatchObject({ answer: { outcome: 'tie' } });
    // Unrated judges start level; the winner of a level pair is the favourite.
    expect(decide(request({ choice: 'B' }), context()).result).toMatchObject({ answer: { outcome: 'favourite' } });
  });

  it('stores but does not count a vote the eligibility rules exclude, and leaves Elo alone', () => {
    const cases: [VoteRequest, VoteContext, string][] = [
      [request({ receivedAt: facts.judgedAt! + 2999 }), context(), 'too_fast'],
      [request({ receivedAt: facts.createdAt + rules.voteWindowMs + 1 }), context(), 'battle_too_old'],
      [request(), context({ battle: { state: 'open', facts: { ...facts, identityLeaked: true } } }), 'identity_leaked'],
      [request(), context({ visitorCountedToday: 3 }), 'visitor_daily_limit'],
    ];
    for (const [req, ctx, reason] of cases) {
      const { result, record } = decide(req, ctx);
      expect(result.ok).toBe(true);
      expect(record).toMatchObject({ counted: false, excludedReason: reason, eloAfter: null });
    }
  });

  it('counts the visitor’s last vote within the daily quota', () => {
    expect(decide(request(), context({ visitorCountedToday: 2 })).record).toMatchObject({ counted: true, excludedReason: null });
  });
});

describe('decideVote: known answers', () => {
  it('stores but does not count a vote on a prompt the visitor has seen a reveal on', () => {
    const { record } = decide(request(), context({ promptSeenByVisitor: true }));
    expect(record).toMatchObject({ counted: false, excludedReason: 'prompt_seen', eloAfter: null, promptHash: 'prompt-1' });
  });
  it('stops counting votes involving a judge once the cap of votes since its reveal on the prompt is reached', () => {
    expect(decide(request(), context({ countedSinceReveal: { 'judge-a': 1 } })).record?.counted).toBe(true);
    expect(decide(request(), context({ countedSinceReveal: { 'judge-b': 2 } })).record).toMatchObject({ counted: false, excludedReason: 'prompt_revealed' });
  });
  it('applies neither rule to a legacy battle without a prompt hash', () => {
    const legacy = { state: 'open' as const, facts: { ...facts, promptHash: null } };
    const { record } = decide(request(), context({ battle: legacy, promptSeenByVisitor: true, countedSinceReveal: { 'judge-a': 9 } }));
    expect(record).toMatchObject({ counted: true, excludedReason: null, promptHash: null });
  });
});

describe('decideVote on a battle that cannot take a new vote', () => {
  const previous: PreviousVote = {
    choice: 'A',
    idempotencyKey: 'key-1',
    answer: { choice: 'A', models: { A: reveal('judge-a'), B: reveal('judge-b') }, outcome: 'favourite' },
  };
  const voted = context({ battle: { state: 'voted', previous } });

  it('answers the same vote again with the stored answer, and records nothing', () => {
    expect(decide(request({ choice: 'A' }), voted)).toEqual({ result: { ok: true, answer: previous.answer, replayed: true }, record: null });
  });

  it('replays the stored answer for the same Idempotency-Key even if the choice changed', () => {
    expect(decide(request({ choice: 'B', idempotencyKey: 'key-1' }), voted).result).toEqual({ ok: true, answer: previous.answer, replayed: true });
  });

  it('refuses a different vote (or another key) with already_voted', () => {
    for (const req of [request({ choice: 'B' }), request({ choice: 'tie', idempotencyKey: 'key-2' })]) {
      expect(decide(req, voted)).toMatchObject({ result: { ok: false, status: 409, code: 'already_voted' }, record: null });
    }
  });

  it('refuses an unknown battle (404) and one whose judgments are missing or failed (409)', () => {
    const refusal = (state: 'battle_not_found' | 'judgments_incomplete' | 'judgment_failed') =>
      decide(request(), context({ battle: { state } }));
    expect(refusal('battle_not_found')).toMatchObject({ result: { ok: false, status: 404, code: 'battle_not_found' }, record: null });
    expect(refusal('judgments_incomplete')).toMatchObject({ result: { ok: false, status: 409, code: 'judgments_incomplete' }, record: null });
    expect(refusal('judgment_failed')).toMatchObject({ result: { ok: false, status: 409, code: 'judgment_failed' }, record: null });
  });
});

describe('a sequence of decisions', () => {
  it('moves Elo and the visitor count as a replay of the counted votes does', () => {
    // A tiny ledger: apply each decision's record to plain maps, as the Durable Object does to its storage.
    const elo = new Map<string, number>();
    let counted = 0;
    const choices: VoteChoice[] = ['A', 'A', 'B', 'tie', 'A'];
    choices.forEach((choice, i) => {
      const ctx: VoteContext = {
        battle: { state: 'open', facts },
        visitorCountedToday: counted,
        promptSeenByVisitor: false,
        countedSinceReveal: () => null,
        elo: (id) => elo.get(id) ?? 1000,
        reveal,
      };
      const { record } = decideVote(request({ battleId: `b${i}`, choice }), ctx, rules, `v${i}`);
      if (record?.eloAfter) {
        elo.set(record.modelA, record.eloAfter.A);
        elo.set(record.modelB, record.eloAfter.B);
        counted++;
      }
    });
    // Textbook replay of the votes that should count: the first three (the visitor's quota).
    let replay: [number, number] = [1000, 1000];
    for (const choice of choices.slice(0, rules.visitorDailyCountedVotes)) replay = eloUpdate(replay[0], replay[1], choice);
    // The quota is 3: the last two votes are stored but not counted.
    expect(counted).toBe(3);
    expect(elo.get('judge-a')).toBeCloseTo(replay[0], 12);
    expect(elo.get('judge-b')).toBeCloseTo(replay[1], 12);
  });
});

describe('battle facts', () => {
  const kindOf = (id: string) => (id.startsWith('offline') ? ('offline' as const) : ('llm' as const));
  const handover = { modelA: 'judge-a', modelB: 'offline-b', createdAt: 1, judgedAt: 2 };

  it('marks a battle whose critique had a name withheld as leaked, unless both judges are offline baselines', () => {
    expect(battleFacts({ ...handover, critiques: ['Fine.', 'Clear.'] }, kindOf).identityLeaked).toBe(false);
    expect(battleFacts({ ...handover, critiques: ['Fine.', `As ${REDACTED}`] }, kindOf).identityLeaked).toBe(true);
    expect(battleFacts({ ...handover, modelA: 'offline-a', critiques: [`As ${REDACTED}`, ''] }, kindOf).identityLeaked).toBe(false);
  });

  it('reads where a battle stands from its D1 record', () => {
    const record = (over: Partial<BattleRecord> = {}): BattleRecord => ({
      modelA: 'judge-a',
      modelB: 'judge-b',
      status: 'judged',
      createdAt: 1,
      judgedAt: 2,
      promptHash: 'prompt-1',
      format: 'likert',
      category: 'coding',
      judgments: [
        { status: 'complete', critique: 'Good.', score: 4 },
        { status: 'complete', critique: 'Bad.', score: 2 },
      ],
      vote: null,
      ...over,
    });
    expect(standingOf(null, kindOf)).toEqual({ state: 'battle_not_found' });
    expect(standingOf(record(), kindOf)).toEqual({
      state: 'open',
      // style: A − B (style-features.ts); both critiques one word, scores 4 and 2.
      facts: {
        modelA: 'judge-a',
        modelB: 'judge-b',
        createdAt: 1,
        judgedAt: 2,
        identityLeaked: false,
        promptHash: 'prompt-1',
        style: [0, 0, 0, 0, 2],
        slice: { format: 'likert', category: 'coding' },
      },
    });
    expect(standingOf(record({ judgments: [{ status: 'complete', critique: 'x' }, { status: 'pending', critique: null }] }), kindOf)).toEqual({
      state: 'judgments_incomplete',
    });
    expect(standingOf(record({ judgments: [{ status: 'complete', critique: 'x' }] }), kindOf)).toEqual({ state: 'judgments_incomplete' });
    expect(standingOf(record({ judgments: [{ status: 'error', critique: null }, { status: 'complete', critique: 'x' }] }), kindOf)).toEqual({
      state: 'judgment_failed',
    });
    const previous: PreviousVote = { choice: 'tie', idempotencyKey: null, answer: { choice: 'tie', models: { A: reveal('judge-a'), B: reveal('judge-b') }, outcome: 'tie' } };
    expect(standingOf(record({ status: 'voted', vote: previous }), kindOf)).toEqual({ state: 'voted', previous });
  });
});
