// Builds JudgeFailure values. Messages are fixed sentences so they can never name a model, provider or organization;
// everything specific (status, provider's reason) goes to `detail`, which is for operator logs only.
import type { JudgeErrorKind, JudgeFailure } from './types';

const SAFE_MESSAGES: Record<JudgeErrorKind, string> = {
  http: 'The judge could not answer: its service returned an error.',
  rate_limited: 'The judge is busy right now (rate limited). Please try again shortly.',
  timeout: 'The judge took too long to answer.',
  empty: 'The judge returned an empty answer.',
  unparseable: 'The judge did not give a valid score from 1 to 5.',
  truncated: "The judge's answer was cut off before its verdict.",
  network: 'The judge could not be reached.',
  not_configured: 'This judge is not configured on this server.',
  cancelled: 'The evaluation was cancelled.',
};

/** Keeps operator details to one short line. */
export function shortReason(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
}

export function judgeFailure(
  kind: JudgeErrorKind,
  detail: string,
  options: { beforeFirstToken: boolean; status?: number },
): JudgeFailure {
  const failure: JudgeFailure = {
    kind,
    message: SAFE_MESSAGES[kind],
    detail: shortReason(detail, 300),
    beforeFirstToken: options.beforeFirstToken,
  };
  if (options.status !== undefined) failure.status = options.status;
  return failure;
}

/** A failure as operators read it: kind, provider status, short reason. Never shown to visitors. */
export function operatorReason(failure: JudgeFailure): string {
  return `${failure.kind}${failure.status ? ` ${failure.status}` : ''}: ${failure.detail}`.slice(0, 300);
}
