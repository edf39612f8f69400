// Everything a judge wrote → its verdict in the battle's format, or a typed reason why there is none. The steps
// every format shares live here: an answer cut off by the token limit is an error, not a partial verdict; reasoning
// sections are set apart and never read; a JSON answer cut off mid-way is read only for the fields written in full.
// Then each format's reader (likert: parse-output.ts, today's; binary and pairwise: parse-binary/parse-pairwise).
import { completeFields, openObjectAtEnd } from './cut-off-json';
import type { FormatVerdict, JudgeFormat } from './judge-formats';
import { parseBinaryAnswer } from './parse-binary';
import { parseJudgeOutput } from './parse-output';
import { parsePairwiseAnswer } from './parse-pairwise';
import { splitReasoning } from './reasoning-split';
import type { VerdictProblem } from './verdict-reader';

export interface ParseVerdictOptions {
  /** The provider's finish_reason for the call; "length" means the answer hit the token limit. */
  finishReason?: string | null;
}

export type ParsedVerdict =
  | { ok: true; verdict: FormatVerdict; critique: string; reasoning: string }
  | { ok: false; problem: VerdictProblem; reason: string };

type AnswerRead = { ok: true; verdict: FormatVerdict; critique: string } | { ok: false; problem: VerdictProblem; reason: string };

function readAnswer(format: JudgeFormat, answer: string): AnswerRead {
  switch (format) {
    case 'likert': {
      const parsed = parseJudgeOutput(answer);
      if (!parsed.ok) return { ok: false, problem: 'no_verdict', reason: parsed.reason };
      return { ok: true, verdict: { format, score: parsed.score }, critique: parsed.critique };
    }
    case 'binary': {
      const parsed = parseBinaryAnswer(answer);
      return parsed.ok ? { ok: true, verdict: { format, verdict: parsed.verdict }, critique: parsed.critique } : parsed;
    }
    case 'pairwise': {
      const parsed = parsePairwiseAnswer(answer);
      return parsed.ok ? { ok: true, verdict: { format, verdict: parsed.verdict }, critique: parsed.critique } : parsed;
    }
  }
}

/**
 * Parses a judge's whole output for a task of `format`. Pairwise verdicts are relative to the order this judge
 * was shown; map them with verdictInVisitorOrder (pairwise-order.ts).
 */
export function parseVerdict(format: JudgeFormat, text: string, options: ParseVerdictOptions = {}): ParsedVerdict {
  if (options.finishReason === 'length') return { ok: false, problem: 'truncated', reason: 'the answer hit the token limit (finish_reason "length")' };
  const { reasoning, answer, reasoningUnclosed } = splitReasoning(text);
  if (reasoningUnclosed) return { ok: false, problem: 'truncated', reason: 'the output ended inside a reasoning section, before any answer' };
  if (!answer) return { ok: false, problem: 'empty', reason: reasoning ? 'a reasoning section but no answer after it' : 'empty output' };

  const open = openObjectAtEnd(answer);
  if (open !== undefined) {
    // Re-read the complete fields as a JSON object, so each format's one reader decides what they mean.
    const recovered = readAnswer(format, JSON.stringify(completeFields(open)));
    if (!recovered.ok) return { ok: false, problem: 'truncated', reason: 'the JSON answer was cut off before its verdict' };
    return { ...recovered, reasoning };
  }
  const read = readAnswer(format, answer);
  return read.ok ? { ...read, reasoning } : read;
}
