// Whether a vote counts toward the ranking. Pure: every rule is a function of the facts passed in.
// Uncounted votes are still stored, with the reason, so the decision can be audited and revisited.
import { mentionsIdentity, REDACTED } from '../judges/identity-redactor';
import type { JudgeModel } from '../judges/judge-model';

export type ExclusionReason =
  | 'identity_leaked'
  | 'too_fast'
  | 'battle_too_old'
  | 'prompt_seen'
  | 'prompt_revealed'
  | 'visitor_daily_limit';

export interface VoteFacts {
  receivedAt: number;
  battleCreatedAt: number;
  judgedAt: number | null;
  /** Counted votes this visitor already has today (UTC). */
  visitorCountedToday: number;
  /** Whether a critique of this battle named a model (see leaksIdentity). */
  identityLeaked: boolean;
  /** The visitor has already been answered a vote (a reveal) on this battle's prompt (see known-answers.ts). */
  promptSeenByVisitor: boolean;
  /**
   * For each judge of the battle whose judgment of this prompt has already been revealed (to anyone), the counted
   * votes involving it on this prompt since; judges not yet revealed on it are left out.
   */
  countedSinceReveal: readonly number[];
}

export interface JudgeIdentity {
  kind: 'llm' | 'offline';
  /** Judges whose names count as a leak besides the built-in ones and the maintained list (e.g. EXTRA_JUDGES). */
  knownModels?: readonly JudgeModel[];
}

export interface EligibilityRules {
  minVoteDelayMs: number;
  voteWindowMs: number;
  visitorDailyCountedVotes: number;
  /** Counted votes per (judge, prompt) after its first reveal; 0 = unlimited. */
  revealedPromptVoteCap: number;
}

export function exclusionReason(facts: VoteFacts, rules: EligibilityRules): ExclusionReason | null {
  if (facts.identityLeaked) return 'identity_leaked';
  if (facts.judgedAt !== null && facts.receivedAt - facts.judgedAt < rules.minVoteDelayMs) return 'too_fast';
  if (facts.receivedAt - facts.battleCreatedAt > rules.voteWindowMs) return 'battle_too_old';
  // Known answers: the voter could have the critiques' authors from an earlier reveal of the same prompt.
  if (facts.promptSeenByVisitor) return 'prompt_seen';
  const cap = rules.revealedPromptVoteCap;
  if (cap > 0 && facts.countedSinceReveal.some((n) => n >= cap)) return 'prompt_revealed';
  if (facts.visitorCountedToday >= rules.visitorDailyCountedVotes) return 'visitor_daily_limit';
  return null;
}

/**
 * True when a critique named a model family, product or vendor of the registry, withheld or not (as Chatbot Arena
 * does, such a vote is not blind). The stream replaces most names with a marker before the visitor sees them
 * (src/judges/identity-redactor.ts), but leaves a plain mention of a name that the sample itself contains; both
 * count, and names are found with the same normalisation as the redactor's, so a disguised spelling counts too.
 * Offline baselines have no identity to leak.
 */
export function leaksIdentity(critique: string, identity: JudgeIdentity): boolean {
  if (identity.kind !== 'llm') return false;
  return critique.includes(REDACTED) || mentionsIdentity(critique, identity.knownModels);
}

/** Midnight UTC of the day containing `t` (ms). */
export function utcDayStart(t: number): number {
  return Math.floor(t / 86_400_000) * 86_400_000;
}
