// Acknowledged votes that D1 does not have yet, kept in the vote ledger's own SQLite storage until D1 takes
// them. Written only when a D1 write fails, so the usual path costs no storage commit.
import { asc, count, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/durable-sqlite';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { RecordedVote } from './vote-decision';

/** In the order the votes were decided (seq), which is the order D1 must apply them in. */
const pendingVotes = sqliteTable('pending_votes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  battleId: text('battle_id').notNull().unique(),
  vote: text('vote', { mode: 'json' }).$type<RecordedVote>().notNull(),
});

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS pending_votes (seq INTEGER PRIMARY KEY AUTOINCREMENT,
  battle_id TEXT NOT NULL UNIQUE, vote TEXT NOT NULL)`;

export class PendingVotes {
  private readonly db;

  constructor(storage: DurableObjectStorage) {
    storage.sql.exec(CREATE_TABLE);
    this.db = drizzle(storage);
  }

  /** Keeps these votes (in this order, after those already kept), in one transaction. */
  add(votes: readonly RecordedVote[]): void {
    if (votes.length === 0) return;
    this.db.transaction((tx) => {
      for (const vote of votes) tx.insert(pendingVotes).values({ battleId: vote.battleId, vote }).onConflictDoNothing().run();
    });
  }

  all(): RecordedVote[] {
    return this.db.select({ vote: pendingVotes.vote }).from(pendingVotes).orderBy(asc(pendingVotes.seq)).all().map((r) => r.vote);
  }

  count(): number {
    return this.db.select({ n: count() }).from(pendingVotes).get()?.n ?? 0;
  }

  /** These votes are in D1 now. */
  remove(battleIds: readonly string[]): void {
    if (battleIds.length > 0) this.db.delete(pendingVotes).where(inArray(pendingVotes.battleId, [...battleIds])).run();
  }
}
