// The vote ledger's working state: one object in memory, no I/O.
//
// It holds what deciding a vote needs — every judge's online Elo, each visitor's counted votes per UTC day,
// the answers of recent votes — and the decided votes D1 does not have yet. It always equals "what D1 holds
// plus those unwritten votes": it is built as a whole from D1 and the votes kept in storage (`load`), and
// changed only by `apply`, once per decided vote, and `written`, once D1 has the vote. A decided vote either
// reaches D1 or is kept in durable storage before it is acknowledged, so nothing can make the state wrong
// short of a failed storage write, after which the ledger drops the object and builds a new one.
//
// Why memory and not the object's SQLite storage: a storage commit per vote on the vote path measured at
// about half of the vote throughput of this design (npm run loadtest); this one commits only when D1 fails.
import { ELO } from '../ranking/elo';
import { KnownAnswers } from './known-answers';
import type { PreviousVote, RecordedVote } from './vote-decision';
import { utcDayStart } from './vote-eligibility';

/** Recent answers kept for repeats (older ones are answered from D1). */
const MAX_ANSWERS = 5_000;

/** What D1 holds that the state starts from. */
export interface LedgerSeed {
  elo: { modelId: string; elo: number }[];
  /** Counted votes today (UTC) of the visitors of the stored votes. */
  visitorsToday: Map<string, number>;
}

/** A decided vote on its way to D1; `kept` once it is in durable storage. */
export interface UnwrittenVote {
  vote: RecordedVote;
  kept: boolean;
}

export class LedgerState {
  private readonly elo = new Map<string, number>();
  /** Counted votes by UTC day start, then visitor. A visitor not in today's map has not been looked up yet. */
  private readonly counted = new Map<number, Map<string, number>>();
  private readonly answers = new RecentMap<PreviousVote>(MAX_ANSWERS);
  /** Who has seen which prompt's reveal, and each (prompt, judge)'s reveals (the known-answer rules). */
  readonly known = new KnownAnswers();
  /** In decision order, which is the order D1 must apply them in. */
  readonly unwritten: UnwrittenVote[] = [];

  /** The state from D1's Elo and visitor counts, with the kept votes (not in D1) applied on top, in order. */
  static load(seed: LedgerSeed, kept: readonly RecordedVote[], now: number, learn?: (known: KnownAnswers) => void): LedgerState {
    const state = new LedgerState();
    for (const { modelId, elo } of seed.elo) state.elo.set(modelId, elo);
    state.counted.set(utcDayStart(now), new Map(seed.visitorsToday));
    learn?.(state.known); // what D1 says about the kept votes' prompts, before they are applied on top
    for (const vote of kept) state.apply(vote, true);
    return state;
  }

  eloOf(modelId: string): number {
    return this.elo.get(modelId) ?? ELO.initial;
  }

  previousVote(battleId: string): PreviousVote | null {
    return this.answers.get(battleId) ?? null;
  }

  /** Counted votes of the visitor on the day of `at`, or null if the state has not looked them up. */
  countedOn(visitorId: string, at: number): number | null {
    return this.counted.get(utcDayStart(at))?.get(visitorId) ?? null;
  }

  /** The visitor's count read from D1; ignored if the state learnt it meanwhile (its own count is newer). */
  learnCounted(visitorId: string, at: number, n: number): void {
    const day = this.dayMap(utcDayStart(at));
    if (!day.has(visitorId)) day.set(visitorId, n);
  }

  /** What one decided vote changes: its answer, both judges' Elo and the visitor's count when it counts. */
  apply(vote: RecordedVote, kept = false): void {
    this.answers.set(vote.battleId, { choice: vote.choice, idempotencyKey: vote.idempotencyKey, answer: vote.answer });
    this.unwritten.push({ vote, kept });
    this.known.apply(vote);
    if (!vote.eloAfter) return;
    this.elo.set(vote.modelA, vote.eloAfter.A);
    this.elo.set(vote.modelB, vote.eloAfter.B);
    if (vote.visitorId) {
      const day = this.dayMap(utcDayStart(vote.receivedAt));
      day.set(vote.visitorId, (day.get(vote.visitorId) ?? 0) + 1);
    }
  }

  /** D1 has these votes now. */
  written(battleIds: readonly string[]): void {
    const done = new Set(battleIds);
    const left = this.unwritten.filter((u) => !done.has(u.vote.battleId));
    this.unwritten.splice(0, this.unwritten.length, ...left);
  }

  /** The day's map of visitor counts; a new day drops the days before yesterday (visitor ids rotate daily). */
  private dayMap(day: number): Map<string, number> {
    let map = this.counted.get(day);
    if (!map) {
      for (const old of this.counted.keys()) if (old < day - 86_400_000) this.counted.delete(old);
      this.counted.set(day, (map = new Map()));
    }
    return map;
  }
}

/** A map that keeps its newest `max` entries (insertion order is age). */
export class RecentMap<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
