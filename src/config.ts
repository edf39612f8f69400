// The worker's settings: every [vars] value (wrangler.toml) is parsed here and nowhere else, with its default
// and its meaning next to it (README "Settings"). A malformed value falls back to its default, so a typo never
// takes the arena down. Secrets and provider settings (keys, base URLs, generators) are read where they are used.
import * as z from './shared/zod';
import { DEFAULT_PRELIMINARY_VOTES } from './shared/preliminary-votes';

/** A malformed value, or none, is `fallback`. */
const orFallback = <T extends z.ZodMiniType>(schema: T, fallback: z.core.util.NoUndefined<z.output<T>>) =>
  z._default(z.catch(schema, fallback), fallback);
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  orFallback(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);
/** A fraction in [0, 1]. */
const share = (fallback: number) => orFallback(z.coerce.number().check(z.minimum(0), z.maximum(1)), fallback);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) => orFallback(z.enum(values), fallback);
const onOff = (fallback: 'on' | 'off') => oneOf(['on', 'off'], fallback);
/** A comma-separated list, blanks dropped. */
const list = z.pipe(
  orFallback(z.string(), ''),
  z.transform((s) => s.split(',').map((item) => item.trim()).filter(Boolean)),
);
/** Free text, or undefined. */
const optionalText = z.catch(z.optional(z.string()), undefined);

const settingsSchema = z.object({
  /** Total time a judge may take, retries and waits included. */
  JUDGE_TIMEOUT_MS: int(60_000, 1),
  /** Time to the first token of a judge's answer. */
  JUDGE_FIRST_TOKEN_TIMEOUT_MS: int(20_000, 1),
  /** Offline baselines: "auto" (only while fewer than two LLM judges are available), "on" or "off". */
  OFFLINE_JUDGES: z.pipe(
    z.transform((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)),
    oneOf(['auto', 'on', 'off'], 'auto'),
  ),
  /** Pace at which offline baselines stream their text. */
  OFFLINE_JUDGE_CHUNK_DELAY_MS: int(30),
  /** Judge ids kept out of pairing without a code change (e.g. a model its provider retired). */
  DISABLED_JUDGES: list,
  /** Judges with fewer counted votes are marked preliminary. */
  PRELIMINARY_VOTES: int(DEFAULT_PRELIMINARY_VOTES),
  /** How the leaderboard's 95% intervals are computed: "sandwich" (robust covariance, ~1 ms) or "bootstrap" (BOOTSTRAP_ROUNDS refits). */
  RANKING_CI: oneOf(['sandwich', 'bootstrap'], 'sandwich'),
  /** Bootstrap of the confidence intervals, reproducible by its seed. */
  BOOTSTRAP_ROUNDS: int(1000),
  BOOTSTRAP_SEED: int(42),
  /** "none" or "l2:<strength>" */
  RANKING_PRIOR: optionalText,
  /** "<judge id>:<rating>", e.g. "gpt-4o:1200"; otherwise the mean rating is 1000. */
  RANKING_ANCHOR: optionalText,
  /** Reuse a judgment for the same judge and prompt instead of paying again. */
  JUDGMENT_CACHE: onOff('on'),
  /** Paid (LLM) judge calls allowed per UTC day; 0 = no ceiling. */
  DAILY_PAID_JUDGE_CALLS: int(2000),
  /**
   * The most of DAILY_PAID_JUDGE_CALLS one visitor may spend in a UTC day (battles with LLM judges, generated
   * responses), reserved before the calls; past it they get 429 until midnight UTC. 0 = no per-visitor share.
   */
  VISITOR_DAILY_PAID_SHARE: share(0.05),
  /** Samples SAMPLE_GENERATOR adds to the random-sample pools each hour, spread over the formats (one paid call each); 0 = none. */
  SAMPLE_GENERATOR_PER_HOUR: int(6),
  /** Most samples each format's pool keeps; the oldest go first. */
  SAMPLE_POOL_SIZE: int(500, 1),
  /** Counted votes per visitor per UTC day; later votes are stored but not counted. */
  VISITOR_DAILY_COUNTED_VOTES: int(100),
  /**
   * Counted votes involving a judge on a prompt once that judge's judgment of it has been revealed (0 = unlimited).
   * Its text is then known (judges are deterministic, the cache replays it), so later votes may be known answers.
   */
  REVEALED_PROMPT_VOTE_CAP: int(3),
  /** A vote this soon after the judgments finished is stored but not counted. */
  MIN_VOTE_DELAY_MS: int(3000),
  /** A vote on a battle older than this is stored but not counted. */
  VOTE_WINDOW_MINUTES: int(360, 1),
  /** Consecutive failures that bench a judge, and for how long. */
  JUDGE_BENCH_AFTER_FAILURES: int(3, 1),
  JUDGE_BENCH_MINUTES: int(10, 1),
  /** Days after which a battle no one voted on is deleted by the hourly job (texts it alone used too); 0 = never. */
  PRUNE_UNVOTED_AFTER_DAYS: int(7),
  /** Share of counted votes in the public export (GET /api/votes/export), chosen by a hash of the battle id. */
  EXPORT_SHARE_PERCENT: int(20, 0, 100),
  /** A vote enters the public export only this many hours after it was cast. */
  EXPORT_DELAY_HOURS: int(24),
  /** "on" puts visitors' own sample texts and rubrics in the public export; otherwise those lines carry the prompt hash only. */
  EXPORT_CUSTOM_TEXT: onOff('off'),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingName = keyof typeof settingsSchema.shape;
export type OfflineJudgesMode = Settings['OFFLINE_JUDGES'];
/** The worker's Env, or any object with some of the settings (tests pass plain objects). */
export type SettingsSource = Partial<Record<SettingName, unknown>>;

// An isolate sees the same Env object for every request, so the settings are parsed once per Env.
const parsed = new WeakMap<object, Settings>();

export function readSettings(env: SettingsSource): Settings {
  let settings = parsed.get(env);
  if (!settings) {
    settings = settingsSchema.parse(env);
    parsed.set(env, settings);
  }
  return settings;
}
