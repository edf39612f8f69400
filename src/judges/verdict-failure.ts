// A parse failure as a JudgeFailure: 'truncated' when the provider says the answer hit the token limit
// (finish_reason "length"), else 'unparseable', with a safe message in the format's words (the fixed message in failures.ts speaks of a 1–5
// score). Like every failure message, none names a model or provider.
import { judgeFailure } from './failures';
import type { JudgeFormat } from './judge-formats';
import type { JudgeFailure } from './types';
import type { VerdictProblem } from './verdict-reader';

const NO_VERDICT_MESSAGES: Record<JudgeFormat, string> = {
  likert: 'The judge did not give a valid score from 1 to 5.',
  binary: 'The judge did not give a clear pass or fail verdict.',
  pairwise: 'The judge did not say clearly which response is better, or that they tie.',
};
const TRUNCATED_MESSAGE = "The judge's answer was cut off before its verdict.";

export function verdictFailure(
  format: JudgeFormat,
  parsed: { problem: VerdictProblem; reason: string },
  output: string,
  options: { beforeFirstToken: boolean; finishReason?: string | null },
): JudgeFailure {
  const kind = options.finishReason === 'length' ? 'truncated' : 'unparseable';
  const failure = judgeFailure(kind, `${parsed.problem}: ${parsed.reason}; output began: ${JSON.stringify(output.slice(0, 120))}`, { beforeFirstToken: options.beforeFirstToken });
  return { ...failure, message: parsed.problem === 'truncated' ? TRUNCATED_MESSAGE : NO_VERDICT_MESSAGES[format] };
}
