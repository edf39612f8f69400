// What the known-answer rules need to remember, in memory, no I/O (part of the ledger's state).
//
// A vote's answer reveals who wrote both critiques of its battle. Judges are deterministic (temperature 0, and the
// judgment cache replays the same text), so whoever has seen that reveal can recognise the same judge on the same
// prompt (sample text + rubric, by its content hash) later, before voting. Two facts are kept:
// - the prompts revealed to each visitor: one who was answered a vote on a prompt gets no counted vote on it again.
//   Visitor ids rotate daily, so this holds within a UTC day; kept per day and looked up per visitor as a whole
//   (their rows of the day), like the visitor counts, so a visitor known to the state needs no read per prompt.
// - per (prompt, judge): whether its judgment has been revealed, and the counted votes involving it since, which
//   REVEALED_PROMPT_VOTE_CAP bounds across visitors (and so across a visitor's daily ids).
// Both are learnt from D1 when unknown (vote-store.ts keeps them in the same batch as the votes) and updated by
// every decided vote, so they equal "D1 plus the unwritten votes", like the rest of the ledger's state.
import { utcDayStart } from './vote-eligibility';

/**
 * Per (prompt, judge) entries kept in memory at most; an entry dropped is read from D1 again when needed (an entry
 * dropped while a vote on it is still unwritten would be read stale, which needs this many other entries touched
 * during one D1 write).
 */
const MAX_JUDGE_ENTRIES = 100_000;

/** A (prompt, judge) judgment's reveals and the counted votes since the first one. */
export interface JudgeReveal {
  reveals: number;
  countedSinceReveal: number;
}

/** The part of a decided vote these rules look at. */
export interface RevealingVote {
  visitorId: string | null;
  promptHash?: string | null;
  modelA: string;
  modelB: string;
  counted: boolean;
  receivedAt: number;
}

/** What to look up in D1: every prompt these visitors have seen (their day's rows), and (prompt, judge) reveals. */
export interface KnownAnswerQuery {
  visitors: string[];
  judges: { promptHash: string; modelId: string }[];
}

/** What D1 answered: each visitor's seen prompts, and (prompt, judge) reveals keyed by judgeKey (null: never revealed). */
export interface KnownAnswerRows {
  seen: Map<string, string[]>;
  judges: Map<string, JudgeReveal | null>;
}

export const judgeKey = (promptHash: string, modelId: string) => `${promptHash}\n${modelId}`;

export class KnownAnswers {
  /** Prompts revealed to each visitor, by UTC day start, then visitor; a visitor absent has not been looked up. */
  private readonly seen = new Map<number, Map<string, Set<string>>>();
  /** Reveals per (prompt, judge); null = looked up, never revealed. */
  private readonly judges = new Map<string, JudgeReveal | null>();

  /** Whether the visitor has seen a reveal on the prompt that day, or undefined when not looked up. */
  seenBy(visitorId: string, promptHash: string, at: number): boolean | undefined {
    return this.seen.get(utcDayStart(at))?.get(visitorId)?.has(promptHash);
  }

  /** The judge's reveals on the prompt: undefined when not looked up, null when never revealed. */
  judge(promptHash: string, modelId: string): JudgeReveal | null | undefined {
    return this.judges.get(judgeKey(promptHash, modelId));
  }

  /** What D1 said; ignored where the state learnt it meanwhile (its own value is newer). */
  learnSeen(visitorId: string, at: number, prompts: readonly string[]): void {
    const day = this.day(utcDayStart(at));
    if (!day.has(visitorId)) day.set(visitorId, new Set(prompts));
  }

  /** What a vote on this prompt needs that the state has not looked up, or null when it knows it all. */
  missing(votes: readonly RevealingVote[]): KnownAnswerQuery | null {
    const query: KnownAnswerQuery = { visitors: [], judges: [] };
    for (const vote of votes) {
      const prompt = vote.promptHash;
      if (!prompt) continue;
      if (vote.visitorId && this.seenBy(vote.visitorId, prompt, vote.receivedAt) === undefined && !query.visitors.includes(vote.visitorId)) {
        query.visitors.push(vote.visitorId);
      }
      for (const modelId of [vote.modelA, vote.modelB]) {
        if (this.judge(prompt, modelId) === undefined) query.judges.push({ promptHash: prompt, modelId });
      }
    }
    return query.visitors.length + query.judges.length > 0 ? query : null;
  }

  /** D1's answer to `missing` (visitor rows are for the day of `at`). */
  learn(rows: KnownAnswerRows, at: number): void {
    for (const [visitorId, prompts] of rows.seen) this.learnSeen(visitorId, at, prompts);
    for (const [key, reveal] of rows.judges) if (!this.judges.has(key)) this.setJudge(key, reveal);
  }

  /** A decided vote (counted or not) reveals its battle's two judgments of its prompt to its visitor. */
  apply(vote: RevealingVote): void {
    const prompt = vote.promptHash;
    if (!prompt) return;
    if (vote.visitorId) {
      const day = this.day(utcDayStart(vote.receivedAt));
      day.set(vote.visitorId, (day.get(vote.visitorId) ?? new Set()).add(prompt));
    }
    for (const modelId of [vote.modelA, vote.modelB]) {
      const key = judgeKey(prompt, modelId);
      const before = this.judges.get(key);
      this.setJudge(
        key,
        before
          ? { reveals: before.reveals + 1, countedSinceReveal: before.countedSinceReveal + (vote.counted ? 1 : 0) }
          : { reveals: 1, countedSinceReveal: 0 },
      );
    }
  }

  private setJudge(key: string, value: JudgeReveal | null): void {
    this.judges.delete(key);
    this.judges.set(key, value);
    if (this.judges.size > MAX_JUDGE_ENTRIES) this.judges.delete(this.judges.keys().next().value!);
  }

  /** The day's map; a new day drops the days before yesterday (visitor ids rotate daily). */
  private day(day: number): Map<string, Set<string>> {
    let map = this.seen.get(day);
    if (!map) {
      for (const old of this.seen.keys()) if (old < day - 86_400_000) this.seen.delete(old);
      this.seen.set(day, (map = new Map()));
    }
    return map;
  }
}
