// Which counted votes the public export holds: a fixed share chosen by a hash of the battle id, so a vote is
// always in or always out whatever the time or the page, and no one can choose which of their votes appear.
import { sha256Hex } from '../crypto/sha256';

/** The battle's bucket in 0..9999 (the first 32 bits of SHA-256 of its id, mod 10,000). */
export async function shareBucket(battleId: string): Promise<number> {
  return parseInt((await sha256Hex(`export-share:${battleId}`)).slice(0, 8), 16) % 10_000;
}

export async function isInExportShare(battleId: string, sharePercent: number): Promise<boolean> {
  return (await shareBucket(battleId)) < sharePercent * 100;
}
