// The judges' public health figures (judge-status.ts) as the hourly job computed them at the start of an hour,
// kept in KV for GET /api/status: they take a day of settled judgments to compute, which no request should read.
import type { JudgeHealthSummary } from './judge-status';

export const JUDGE_STATUS_KEY = 'judge-status';

export interface JudgeStatusSnapshot {
  /** The hour whose start the figures were computed at (they cover the 24 closed hours before it). */
  hourStart: number;
  judges: Record<string, JudgeHealthSummary>;
}

/** The last snapshot the hourly job wrote, or null before its first run. */
export async function readJudgeStatusSnapshot(kv: KVNamespace): Promise<JudgeStatusSnapshot | null> {
  return kv.get<JudgeStatusSnapshot>(JUDGE_STATUS_KEY, 'json');
}

/**
 * Writes the snapshot of `hourStart` unless one of that hour (or a later one) is there: as with the paid-call
 * snapshot, the first run of an hour wins, so a repeated or late run does not move a figure mid-hour.
 */
export async function writeJudgeStatusSnapshot(kv: KVNamespace, snapshot: JudgeStatusSnapshot): Promise<boolean> {
  const stored = await readJudgeStatusSnapshot(kv);
  if (stored && stored.hourStart >= snapshot.hourStart) return false;
  await kv.put(JUDGE_STATUS_KEY, JSON.stringify(snapshot));
  return true;
}
