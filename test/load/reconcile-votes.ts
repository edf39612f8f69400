// Compares what the clients were told (acknowledged votes) with what the database holds (votes, pair counts).
// Pure: the runner collects both sides and this decides what was lost or duplicated.

export interface AcknowledgedVote {
  battleId: string;
  /** The choice the 200 answer confirmed. */
  choice: string;
}

export interface StoredVote {
  battleId: string;
  choice: string;
  counted: boolean;
  excludedReason: string | null;
  visitorId: string | null;
}

export interface Reconciliation {
  /** Distinct battles with at least one acknowledged vote. */
  acknowledged: number;
  storedRows: number;
  counted: number;
  excludedByReason: Record<string, number>;
  pairCountTotal: number;
  /** Acknowledged, but no row, or a row with a different choice than the one acknowledged. */
  lostVotes: string[];
  /** Rows beyond the first for one battle (the schema forbids them; checked anyway). */
  duplicateRows: number;
  /** Battles for which two different choices were both acknowledged. */
  conflictingAcks: string[];
  /** Counted votes missing from pair_counts (positive) ... */
  pairCountsMissing: number;
  /** ... or pair_counts entries beyond the counted votes. */
  pairCountsExtra: number;
  /** Rows no client was told about (e.g. a request that timed out client-side); neither lost nor duplicated. */
  unacknowledgedRows: number;
  distinctVisitors: number;
  lost: number;
  duplicated: number;
}

export function reconcileVotes(acks: readonly AcknowledgedVote[], stored: readonly StoredVote[], pairCountTotal: number): Reconciliation {
  const acked = new Map<string, Set<string>>();
  for (const ack of acks) {
    const choices = acked.get(ack.battleId) ?? new Set<string>();
    choices.add(ack.choice);
    acked.set(ack.battleId, choices);
  }
  const rows = new Map<string, StoredVote[]>();
  for (const row of stored) rows.set(row.battleId, [...(rows.get(row.battleId) ?? []), row]);

  const lostVotes: string[] = [];
  const conflictingAcks: string[] = [];
  for (const [battleId, choices] of acked) {
    if (choices.size > 1) conflictingAcks.push(battleId);
    const found = rows.get(battleId) ?? [];
    if (!found.some((row) => choices.has(row.choice))) lostVotes.push(battleId);
  }
  let duplicateRows = 0;
  let unacknowledgedRows = 0;
  for (const [battleId, found] of rows) {
    duplicateRows += found.length - 1;
    if (!acked.has(battleId)) unacknowledgedRows += found.length;
  }

  const counted = stored.filter((row) => row.counted).length;
  const excludedByReason: Record<string, number> = {};
  for (const row of stored) {
    if (!row.counted) excludedByReason[row.excludedReason ?? 'unknown'] = (excludedByReason[row.excludedReason ?? 'unknown'] ?? 0) + 1;
  }
  const pairCountsMissing = Math.max(0, counted - pairCountTotal);
  const pairCountsExtra = Math.max(0, pairCountTotal - counted);

  return {
    acknowledged: acked.size,
    storedRows: stored.length,
    counted,
    excludedByReason,
    pairCountTotal,
    lostVotes,
    duplicateRows,
    conflictingAcks,
    pairCountsMissing,
    pairCountsExtra,
    unacknowledgedRows,
    distinctVisitors: new Set(stored.map((row) => row.visitorId)).size,
    lost: lostVotes.length + pairCountsMissing,
    duplicated: duplicateRows + conflictingAcks.length + pairCountsExtra,
  };
}
