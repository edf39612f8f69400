import { describe, expect, it } from 'vitest';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { REDACTED } from '../../src/judges/identity-redactor';
import { exclusionReason, leaksIdentity, utcDayStart, type VoteFacts } from '../../src/votes/vote-eligibility';
import { outcomeFor } from '../../src/votes/vote-decision';

const rules = { minVoteDelayMs: 3000, voteWindowMs: 3_600_000, visitorDailyCountedVotes: 5, revealedPromptVoteCap: 3 };
const now = Date.UTC(2026, 10, 27, 12);
const facts = (over: Partial<VoteFacts> = {}): VoteFacts => ({
  receivedAt: now,
  battleCreatedAt: now - 60_000,
  judgedAt: now - 30_000,
  visitorCountedToday: 0,
  identityLeaked: false,
  promptSeenByVisitor: false,
  countedSinceReveal: [],
  ...over,
});

describe('exclusionReason', () => {
  it('counts an ordinary vote', () => {
    expect(exclusionReason(facts(), rules)).toBeNull();
  });
  it('excludes votes faster than the minimum delay after the judgments', () => {
    expect(exclusionReason(facts({ judgedAt: now - 2999 }), rules)).toBe('too_fast');
    expect(exclusionReason(facts({ judgedAt: now - 3000 }), rules)).toBeNull();
  });
  it('excludes votes on battles older than the window', () => {
    expect(exclusionReason(facts({ battleCreatedAt: now - 3_600_001 }), rules)).toBe('battle_too_old');
  });
  it('stops counting a visitor after the daily quota', () => {
    expect(exclusionReason(facts({ visitorCountedToday: 4 }), rules)).toBeNull();
    expect(exclusionReason(facts({ visitorCountedToday: 5 }), rules)).toBe('visitor_daily_limit');
  });
  it('excludes a vote when a critique had a name withheld, but not for offline baselines', () => {
    const leaked = `As ${REDACTED}, I think this is fine.`;
    expect(leaksIdentity(leaked, { kind: 'llm' })).toBe(true);
    expect(leaksIdentity('Accurate and clear.', { kind: 'llm' })).toBe(false);
    expect(leaksIdentity(leaked, { kind: 'offline' })).toBe(false);
    expect(exclusionReason(facts({ identityLeaked: true }), rules)).toBe('identity_leaked');
  });
  it('excludes a vote when a critique names a model family, product or vendor, even one left visible', () => {
    // Left visible by the redactor when the sample mentions it; the vote is still not blind.
    for (const critique of ['The response compares Claude with GPT-4o fairly.', 'Like Сlaude-3-5-sonnet would.', '通义千问的回答很好。', 'Mistral7B agrees.']) {
      expect(leaksIdentity(critique, { kind: 'llm' }), critique).toBe(true);
      expect(leaksIdentity(critique, { kind: 'offline' }), critique).toBe(false);
    }
    for (const critique of ['The metadata is fine and it is a fair summary.', 'A haiku about rain, his magnum opus.']) {
      expect(leaksIdentity(critique, { kind: 'llm' }), critique).toBe(false);
    }
  });
  it('counts names of the judges it is told about (EXTRA_JUDGES) as a leak', () => {
    const extra = { ...BUILTIN_JUDGES[0], id: 'phi-3', name: 'Phi-3 Mini', organization: 'Microsoft', providerModel: 'phi3:mini' };
    expect(leaksIdentity('Microsoft would agree.', { kind: 'llm' })).toBe(false);
    expect(leaksIdentity('Microsoft would agree.', { kind: 'llm', knownModels: [extra] })).toBe(true);
  });
  it('gives no counted vote on a prompt the visitor has already seen a reveal on', () => {
    expect(exclusionReason(facts({ promptSeenByVisitor: true }), rules)).toBe('prompt_seen');
  });
  it('caps the counted votes on a (judge, prompt) once its judgment was revealed; 0 means unlimited', () => {
    expect(exclusionReason(facts({ countedSinceReveal: [0, 2] }), rules)).toBeNull();
    expect(exclusionReason(facts({ countedSinceReveal: [3] }), rules)).toBe('prompt_revealed');
    expect(exclusionReason(facts({ countedSinceReveal: [1, 3] }), rules)).toBe('prompt_revealed');
    expect(exclusionReason(facts({ countedSinceReveal: [50] }), { ...rules, revealedPromptVoteCap: 0 })).toBeNull();
  });
  it('finds the UTC day start', () => {
    expect(utcDayStart(now)).toBe(Date.UTC(2026, 10, 27));
  });
});

describe('outcomeFor', () => {
  it('names the favourite by the rating before the vote', () => {
    expect(outcomeFor('A', 1010, 990)).toBe('favourite');
    expect(outcomeFor('B', 1010, 990)).toBe('underdog');
    expect(outcomeFor('B', 990, 1010)).toBe('favourite');
    expect(outcomeFor('tie', 990, 1010)).toBe('tie');
    expect(outcomeFor('both_bad', 1000, 1000)).toBe('tie');
  });
});
