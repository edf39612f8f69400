// The vocabulary shared by everything that runs a judge. No I/O here.
import type { Rubric } from '../shared/request-schemas';
import type { FormatTask, FormatVerdict } from './judge-formats';

/** The rubric is the API's (inferred from its zod schema). */
export type { Rubric };

/** What a judge is asked to grade: a task of one of the three formats (judge-formats.ts). */
export type JudgeTask = FormatTask;

/** Tokens a provider call used: reported by the provider, or estimated from text length when it sent none. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  estimated: boolean;
}

/** A successful evaluation: the verdict and critique parsed out of everything the judge wrote. */
export interface Judgment {
  /** In the task's format. A judge answers relative to the task it was given: for pairwise, the order it was shown
   * (the run path maps it to the visitor's order with verdictInVisitorOrder, pairwise-order.ts). */
  verdict: FormatVerdict;
  /** The answer part of the output (after any reasoning section). */
  critique: string;
  /** A reasoning model's thinking before its answer ('' when there was none). */
  reasoning: string;
  /** The full text the judge produced (what was streamed). */
  text: string;
  latencyMs: number;
  /** Time to the first token of a provider call; absent when no provider was called (offline, cached). */
  ttftMs?: number;
  /** Tokens of a provider call; absent when no provider was called (offline, cached). */
  usage?: TokenUsage;
}

export type JudgeErrorKind =
  | 'http' // provider answered with an error status
  | 'rate_limited' // provider answered 429
  | 'timeout' // no first token in time, or total time exceeded, or stalled
  | 'empty' // provider returned nothing
  | 'unparseable' // output had no valid verdict for the task's format
  | 'truncated' // the answer was cut off by the token limit (finish_reason "length") before its verdict
  | 'network' // could not reach the provider
  | 'not_configured' // provider missing key/base URL
  | 'cancelled'; // the caller aborted (e.g. the visitor left); not the judge's fault

/**
 * A failed evaluation, as a value (never text fed to the parser).
 * `message` is safe to show to the visitor: it never names the model, provider or organization.
 * `detail` is for operator logs only.
 */
export interface JudgeFailure {
  kind: JudgeErrorKind;
  message: string;
  detail: string;
  status?: number;
  /** True when nothing had been streamed to the visitor before the failure (so failover is invisible). */
  beforeFirstToken: boolean;
}

export type JudgeResult = { ok: true; judgment: Judgment } | { ok: false; failure: JudgeFailure };

/** Which part of its output a judge is writing: its reasoning (a reasoning model's thinking) or its answer. */
export type OutputPart = 'answer' | 'reasoning';

/** Streamed text callback; called with each new chunk as the judge writes it, and which part it belongs to. */
export type OnDelta = (text: string, part: OutputPart) => void;

/** Anything that can grade a task: an LLM behind an OpenAI-compatible API, or an offline baseline. */
export interface Judge {
  readonly modelId: string;
  evaluate(task: JudgeTask, onDelta: OnDelta, signal?: AbortSignal): Promise<JudgeResult>;
}
