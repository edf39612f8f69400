// Whether a vote counts toward the ranking. Pure: every rule is a function of the facts passed in.
// Uncounted votes are still stored, with the reason, so the decision can be audited and revisited.

export type ExclusionReason = 'identity_leaked' | 'too_fast' | 'battle_too_old' | 'visitor_daily_limit';

export interface VoteFacts {
  receivedAt: number;
  battleCreatedAt: number;
  judgedAt: number | null;
  /** Counted votes this visitor already has today (UTC). */
  visitorCountedToday: number;
  /** Critiques and the identities of the judges who wrote them. */
  critiques: { text: string; identity: JudgeIdentity }[];
}

export interface JudgeIdentity {
  name: string;
  organization: string;
  providerModel: string;
  kind: 'llm' | 'offline';
}

export interface EligibilityRules {
  minVoteDelayMs: number;
  voteWindowMs: number;
  visitorDailyCountedVotes: number;
}

export function exclusionReason(facts: VoteFacts, rules: EligibilityRules): ExclusionReason | null {
  if (facts.critiques.some((c) => leaksIdentity(c.text, c.identity))) return 'identity_leaked';
  if (facts.judgedAt !== null && facts.receivedAt - facts.judgedAt < rules.minVoteDelayMs) return 'too_fast';
  if (facts.receivedAt - facts.battleCreatedAt > rules.voteWindowMs) return 'battle_too_old';
  if (facts.visitorCountedToday >= rules.visitorDailyCountedVotes) return 'visitor_daily_limit';
  return null;
}

/**
 * True when a critique names its own model, model family or organization (as Chatbot Arena does, such a vote
 * is not blind). Offline baselines describe their method by design and have no identity to leak.
 */
export function leaksIdentity(critique: string, identity: JudgeIdentity): boolean {
  if (identity.kind === 'offline') return false;
  const text = normalise(critique);
  return identityTerms(identity).some((term) => new RegExp(`(^|[^a-z0-9-])${escapeRegExp(term)}([^a-z0-9-]|$)`).test(text));
}

/**
 * Names that give a judge away: its display name, its family ("gpt", "claude", "llama"…), its organization,
 * its API model id. Hyphens bind words, so "meta-analysis" does not name Meta.
 */
export function identityTerms(identity: JudgeIdentity): string[] {
  const name = normalise(identity.name);
  const family = name.split(/[ -]/)[0];
  const model = normalise(identity.providerModel.split('/').pop() ?? '');
  const org = normalise(identity.organization);
  return [...new Set([name, family, model, org].filter((t) => t.length >= 3))];
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Midnight UTC of the day containing `t` (ms). */
export function utcDayStart(t: number): number {
  return Math.floor(t / 86_400_000) * 86_400_000;
}
