// The known-answer state as the ledger uses it: decide, apply, decide again — against a hand count.
import { describe, expect, it } from 'vitest';
import { LedgerState } from '../../src/votes/ledger-state';
import { decideVote, type BattleFacts, type VoteContext } from '../../src/votes/vote-decision';
import type { EligibilityRules } from '../../src/votes/vote-eligibility';

const rules: EligibilityRules = { minVoteDelayMs: 0, voteWindowMs: 6 * 3_600_000, visitorDailyCountedVotes: 1000, revealedPromptVoteCap: 3 };
const day = Date.UTC(2026, 11, 1);
const reveal = (id: string) => ({ id, name: id, organization: 'Org', kind: 'llm' as const });

/** One vote through a ledger state, as VoteLedger does it (nothing unknown: D1 said "nothing yet" for every key). */
function vote(state: LedgerState, i: number, visitorId: string, facts: BattleFacts, at = day + 3_600_000 + i) {
  const missing = state.known.missing([{ ...facts, visitorId, receivedAt: at, counted: false }]);
  if (missing) {
    state.known.learn(
      {
        seen: new Map(missing.visitors.map((id) => [id, []])),
        judges: new Map(missing.judges.map((q) => [`${q.promptHash}\n${q.modelId}`, null])),
      },
      at,
    );
  }
  const prompt = facts.promptHash!;
  const context: VoteContext = {
    battle: { state: 'open', facts },
    visitorCountedToday: 0,
    promptSeenByVisitor: state.known.seenBy(visitorId, prompt, at) === true,
    countedSinceReveal: (m) => state.known.judge(prompt, m)?.countedSinceReveal ?? null,
    elo: (m) => state.eloOf(m),
    reveal,
  };
  const { record } = decideVote({ battleId: `b${i}`, choice: 'A', visitorId, idempotencyKey: null, receivedAt: at }, context, rules, `v${i}`);
  state.apply(record!);
  return record!;
}

const battle = (modelA: string, modelB: string, promptHash = 'p1', createdAt = day): BattleFacts => ({
  modelA,
  modelB,
  createdAt,
  judgedAt: createdAt,
  identityLeaked: false,
  promptHash,
});

describe('known answers in the ledger state', () => {
  it('gives one visitor no second counted vote on a prompt, whatever the judges', () => {
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, [], day);
    expect(vote(state, 0, 'v1', battle('x', 'y')).counted).toBe(true);
    expect(vote(state, 1, 'v1', battle('z', 'w')).excludedReason).toBe('prompt_seen');
    expect(vote(state, 2, 'v1', battle('x', 'y', 'p2')).counted).toBe(true);
    // The next UTC day the visitor has another id, and the rule starts afresh (the cap below covers it).
    expect(vote(state, 3, 'v1', battle('z', 'w', 'p1', day + 86_400_000), day + 86_400_000 + 5).counted).toBe(true);
  });

  it('counts at most the cap of votes per (judge, prompt) after its reveal, across visitors', () => {
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, [], day);
    const results = Array.from({ length: 10 }, (_, i) => vote(state, i, `visitor-${i}`, battle('x', 'y')));
    // The first vote is the reveal; then 3 more count; the rest are known answers.
    expect(results.map((r) => r.counted)).toEqual([true, true, true, true, false, false, false, false, false, false]);
    expect(results.slice(4).every((r) => r.excludedReason === 'prompt_revealed')).toBe(true);
    // A judge not yet revealed on the prompt is free, but its partner x is capped.
    expect(vote(state, 10, 'visitor-10', battle('x', 'new')).excludedReason).toBe('prompt_revealed');
    expect(vote(state, 11, 'visitor-11', battle('new', 'other')).counted).toBe(true);
    expect(state.known.judge('p1', 'x')).toEqual({ reveals: 11, countedSinceReveal: 3 });
  });

  it('counts an uncounted reveal (a too-fast vote) as a reveal', () => {
    const state = LedgerState.load({ elo: [], visitorsToday: new Map() }, [], day);
    const quick = vote(state, 0, 'attacker', battle('x', 'y'));
    expect(quick.counted).toBe(true);
    state.known.apply({ ...quick, counted: false, visitorId: 'attacker-2' });
    expect(state.known.seenBy('attacker-2', 'p1', quick.receivedAt)).toBe(true);
    expect(state.known.judge('p1', 'x')).toEqual({ reveals: 2, countedSinceReveal: 0 });
  });
});
