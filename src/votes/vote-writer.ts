// The vote ledger's way to D1: writes the decided votes, oldest first, in atomic batches (group commit), keeps
// them in the object's storage when D1 fails, and tries again by alarm. One writer per ledger: a single write
// loop runs at a time, and a voter is answered once its vote is safe — in D1, or kept in storage.
import type { LedgerState } from './ledger-state';
import type { PendingVotes } from './pending-votes';
import type { RecordedVote } from './vote-decision';
import { battlesWithVotes, writeVotes } from './vote-store';

const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 60_000;
/** Votes written in one D1 batch at most (each is up to five statements). */
const MAX_GROUP = 20;

/** What the writer reads from and tells the ledger that owns it. */
export interface WriterHost {
  /** Asked on every write: fault-injection tests replace the ledger's D1. */
  currentD1(): D1Database;
  /** The state whose unwritten votes are written; null while it is being built again. */
  currentState(): LedgerState | null;
  /** Storage failed under the writer: the state is not to be trusted, build it again. */
  dropState(): void;
}

export class VoteWriter {
  /** The write loop in progress, if any (votes decided meanwhile wait for it, then go in the next batch). */
  private writing: Promise<void> | null = null;
  /** Voters waiting for their vote to be safe (true) or refused (false: nothing was recorded), by battle. */
  private readonly waiting = new Map<string, (safe: boolean) => void>();
  private retryAttempt = 0;

  constructor(
    private readonly host: WriterHost,
    private readonly pending: PendingVotes,
    private readonly storage: DurableObjectStorage,
  ) {}

  /** Writes the vote just applied to the state (with any others unwritten); true once it is safe. */
  safe(battleId: string): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      this.waiting.set(battleId, resolve);
      void this.write();
    });
  }

  /** Starts writing the state's unwritten votes unless a write is under way; resolves when that write ends. */
  write(): Promise<void> {
    return (this.writing ??= this.writeUnwritten());
  }

  /** Sets an alarm to write again, backing off while D1 keeps failing. */
  async retryLater(): Promise<void> {
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** this.retryAttempt++);
    const current = await this.storage.getAlarm();
    if (current === null || current > Date.now() + delay) await this.storage.setAlarm(Date.now() + delay);
    console.warn('votes kept in ledger storage until D1 accepts them', { votes: this.pending.count() });
  }

  /**
   * Writes the unwritten votes to D1, oldest first, MAX_GROUP per atomic batch, until none is left or D1 fails;
   * then keeps them in storage and an alarm tries again. A voter is answered once its vote is safe: in D1 or kept.
   */
  private async writeUnwritten(): Promise<void> {
    try {
      for (;;) {
        const state = this.host.currentState();
        const group = state?.unwritten.slice(0, MAX_GROUP) ?? [];
        if (!state || group.length === 0) {
          this.retryAttempt = 0;
          return;
        }
        const written = await this.writeGroup(group.map((u) => u.vote));
        if (group.some((u) => u.kept)) this.pending.remove(written);
        state.written(written);
        this.answer(written, true);
        if (written.length === 0) {
          this.keepUnwritten(state);
          await this.retryLater();
          return;
        }
      }
    } catch (err) {
      // Storage failed under us: trust nothing in memory, build the state again; a refused voter may retry.
      console.error('vote ledger write step failed', { error: String(err) });
      this.host.dropState();
      this.answer([...this.waiting.keys()], false);
    } finally {
      this.writing = null;
      // Votes decided after a failed attempt began try D1 again rather than wait for the alarm.
      if (this.waiting.size > 0) this.writing = this.writeUnwritten();
    }
  }

  /** D1 failed: keep every unwritten vote in storage so that its voter can be answered. */
  private keepUnwritten(state: LedgerState): void {
    const unkept = state.unwritten.filter((u) => !u.kept);
    try {
      this.pending.add(unkept.map((u) => u.vote));
      for (const u of unkept) u.kept = true;
      this.answer([...this.waiting.keys()], true);
    } catch (err) {
      // Neither D1 nor storage has these votes: refuse them, and build the state again from what is stored.
      console.error('votes could not be kept', { votes: unkept.length, error: String(err) });
      this.host.dropState();
      this.answer([...this.waiting.keys()], false);
    }
  }

  private answer(battleIds: readonly string[], safe: boolean): void {
    for (const id of battleIds) {
      this.waiting.get(id)?.(safe);
      this.waiting.delete(id);
    }
  }

  /** The battle ids of the group now in D1: all of it, those that had landed before, or none. */
  private async writeGroup(group: RecordedVote[]): Promise<string[]> {
    const battleIds = group.map((v) => v.battleId);
    try {
      await writeVotes(this.host.currentD1(), group);
      return battleIds;
    } catch (err) {
      console.error('D1 vote write failed', { votes: group.length, error: String(err) });
    }
    // A batch that only looked failed may have landed (its retry then fails on votes.battle_id): not twice.
    try {
      const landed = await battlesWithVotes(this.host.currentD1(), battleIds);
      return battleIds.filter((id) => landed.has(id));
    } catch {
      return [];
    }
  }
}
