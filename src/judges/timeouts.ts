// Per-call time limits, read from the environment.

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

export const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 20_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 60_000;
export const MAX_STALL_MS = 15_000;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value?.trim() && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function callTimeouts(env: Partial<Pick<Env, 'JUDGE_TIMEOUT_MS' | 'JUDGE_FIRST_TOKEN_TIMEOUT_MS'>>): CallTimeouts {
  const totalMs = positiveInt(env.JUDGE_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS);
  const firstTokenMs = Math.min(positiveInt(env.JUDGE_FIRST_TOKEN_TIMEOUT_MS, DEFAULT_FIRST_TOKEN_TIMEOUT_MS), totalMs);
  return { firstTokenMs, totalMs, stallMs: Math.min(firstTokenMs, MAX_STALL_MS) };
}
