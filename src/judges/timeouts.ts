// Per-call time limits, derived from the settings (JUDGE_TIMEOUT_MS, JUDGE_FIRST_TOKEN_TIMEOUT_MS in src/config.ts).
import { readSettings, type SettingsSource } from '../config';

export interface CallTimeouts {
  /** From sending the request to the first token of content (JUDGE_FIRST_TOKEN_TIMEOUT_MS, default 20 s). */
  firstTokenMs: number;
  /** For the whole evaluation, retries and waits included (JUDGE_TIMEOUT_MS, default 60 s). */
  totalMs: number;
  /**
   * Longest silence allowed once content has started. Not a separate setting: a stream that goes quiet for as
   * long as we would wait for a first token is stuck, so it is the first-token limit, capped at 15 s.
   */
  stallMs: number;
}

export const MAX_STALL_MS = 15_000;

export function callTimeouts(env: SettingsSource): CallTimeouts {
  const settings = readSettings(env);
  const totalMs = settings.JUDGE_TIMEOUT_MS;
  const firstTokenMs = Math.min(settings.JUDGE_FIRST_TOKEN_TIMEOUT_MS, totalMs);
  return { firstTokenMs, totalMs, stallMs: Math.min(firstTokenMs, MAX_STALL_MS) };
}
