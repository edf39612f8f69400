// Typed settings read from the worker's [vars] (wrangler.toml) with documented defaults.
// A malformed value falls back to its default and is logged, so a typo never takes the arena down.
import { z } from 'zod';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).catch(fallback).default(fallback);
const onOff = (fallback: 'on' | 'off') => z.enum(['on', 'off']).catch(fallback).default(fallback);

const settingsSchema = z.object({
  // OFFLINE_JUDGES and the judge timeouts are read by src/judges (registry.ts, timeouts.ts), their only users.
  OFFLINE_JUDGE_CHUNK_DELAY_MS: int(30),
  PRELIMINARY_VOTES: int(300),
  /** How the leaderboard's 95% intervals are computed: "sandwich" (robust covariance, ~1 ms) or "bootstrap" (BOOTSTRAP_ROUNDS refits). */
  RANKING_CI: z.enum(['sandwich', 'bootstrap']).catch('sandwich').default('sandwich'),
  BOOTSTRAP_ROUNDS: int(1000),
  BOOTSTRAP_SEED: int(42),
  /** "none" or "l2:<strength>" */
  RANKING_PRIOR: z.string().optional(),
  /** "<judge id>:<rating>", e.g. "gpt-4o:1200"; otherwise the mean rating is 1000. */
  RANKING_ANCHOR: z.string().optional(),
  JUDGMENT_CACHE: onOff('on'),
  /** Paid (LLM) judge calls allowed per UTC day; 0 = no ceiling. */
  DAILY_PAID_JUDGE_CALLS: int(2000),
  /** Counted votes per visitor per UTC day; later votes are stored but not counted. */
  VISITOR_DAILY_COUNTED_VOTES: int(100),
  /** A vote this soon after the judgments finished is stored but not counted. */
  MIN_VOTE_DELAY_MS: int(3000),
  /** A vote on a battle older than this is stored but not counted. */
  VOTE_WINDOW_MINUTES: int(360, 1),
  /** Consecutive failures that bench a judge, and for how long. */
  JUDGE_BENCH_AFTER_FAILURES: int(3, 1),
  JUDGE_BENCH_MINUTES: int(10, 1),
});

export type Settings = z.output<typeof settingsSchema>;

export function readSettings(env: Env): Settings {
  return settingsSchema.parse(env);
}
