// Whether a vote counts toward the ranking. Pure: every rule is a function of the facts passed in.
// Uncounted votes are still stored, with the reason, so the decision can be audited and revisited.
import { REDACTED } from '../judges/identity-redactor';

export type ExclusionReason = 'identity_leaked' | 'too_fast' | 'battle_too_old' | 'visitor_daily_limit';

export interface VoteFacts {
  receivedAt: number;
  battleCreatedAt: number;
  judgedAt: number | null;
  /** Counted votes this visitor already has today (UTC). */
  visitorCountedToday: number;
  /** Whether a critique of this battle named a model (see leaksIdentity). */
  identityLeaked: boolean;
}

export interface JudgeIdentity {
  kind: 'llm' | 'offline';
}

export interface EligibilityRules {
  minVoteDelayMs: number;
  voteWindowMs: number;
  visitorDailyCountedVotes: number;
}

export function exclusionReason(facts: VoteFacts, rules: EligibilityRules): ExclusionReason | null {
  if (facts.identityLeaked) return 'identity_leaked';
  if (facts.judgedAt !== null && facts.receivedAt - facts.judgedAt < rules.minVoteDelayMs) return 'too_fast';
  if (facts.receivedAt - facts.battleCreatedAt > rules.voteWindowMs) return 'battle_too_old';
  if (facts.visitorCountedToday >= rules.visitorDailyCountedVotes) return 'visitor_daily_limit';
  return null;
}

/**
 * True when a critique named a model or organization (as Chatbot Arena does, such a vote is not blind).
 * The stream replaces such names with a marker before the visitor sees them (src/judges/identity-redactor.ts),
 * so the marker in the stored critique is the evidence. Offline baselines have no identity to leak.
 */
export function leaksIdentity(critique: string, identity: JudgeIdentity): boolean {
  return identity.kind === 'llm' && critique.includes(REDACTED);
}

/** Midnight UTC of the day containing `t` (ms). */
export function utcDayStart(t: number): number {
  return Math.floor(t / 86_400_000) * 86_400_000;
}
