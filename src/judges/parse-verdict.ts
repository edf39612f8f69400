// Everything a judge wrote → its verdict in the battle's format, or a typed reason why there is none. The steps
// every format shares live here: an answer cut off by the token limit is an error, not a partial verdict; reasoning
// sections are set apart and never read; a JSON answer cut off mid-way is read only for the fields written in full.
// Then each format's reader (likert: parse-output.ts; binary and pairwise: parse-binary/parse-pairwise).
import { completeFields, openObjectAtEnd } from './cut-off-json';
import type { BinaryVerdict, FormatVerdict, JudgeFormat, PairwiseVerdict } from './judge-formats';
import { BINARY_SPEC, parseBinaryAnswer } from './parse-binary';
import { parseJudgeOutput, scoreFromJson, type ParsedJudgeOutput } from './parse-output';
import { PAIRWISE_SPEC, parsePairwiseAnswer } from './parse-pairwise';
import { splitReasoning } from './reasoning-split';
import { readJsonVerdict, type ReadVerdict, type VerdictProblem } from './verdict-reader';

export interface ParseVerdictOptions {
  /** The provider's finish_reason for the call; "length" means the answer hit the token limit. */
  finishReason?: string | null;
}

export type ParsedVerdict =
  | { ok: true; verdict: FormatVerdict; critique: string; reasoning: string }
  | { ok: false; problem: VerdictProblem; reason: string };

type AnswerRead = { ok: true; verdict: FormatVerdict; critique: string } | { ok: false; problem: VerdictProblem; reason: string };

function binary(parsed: ReadVerdict<BinaryVerdict>): AnswerRead {
  return parsed.ok ? { ok: true, verdict: { format: 'binary', verdict: parsed.verdict }, critique: parsed.critique } : parsed;
}

function pairwise(parsed: ReadVerdict<PairwiseVerdict>): AnswerRead {
  return parsed.ok ? { ok: true, verdict: { format: 'pairwise', verdict: parsed.verdict }, critique: parsed.critique } : parsed;
}

function likert(parsed: ParsedJudgeOutput): AnswerRead {
  if (!parsed.ok) return { ok: false, problem: 'no_verdict', reason: parsed.reason };
  return { ok: true, verdict: { format: 'likert', score: parsed.score }, critique: parsed.critique };
}

/** Each format's readers: of an answer free of reasoning sections, and of JSON alone (a cut-off answer's complete fields). */
const READERS: Record<JudgeFormat, { answer: (text: string) => AnswerRead; json: (text: string) => AnswerRead | undefined }> = {
  likert: {
    answer: (text) => likert(parseJudgeOutput(text)),
    json: (text) => {
      const parsed = scoreFromJson(text);
      return parsed && likert(parsed);
    },
  },
  binary: {
    answer: (text) => binary(parseBinaryAnswer(text)),
    json: (text) => {
      const parsed = readJsonVerdict(text, BINARY_SPEC);
      return parsed && binary(parsed);
    },
  },
  pairwise: {
    answer: (text) => pairwise(parsePairwiseAnswer(text)),
    json: (text) => {
      const parsed = readJsonVerdict(text, PAIRWISE_SPEC);
      return parsed && pairwise(parsed);
    },
  },
};

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
    // Read as JSON only: prose in its feedback is never a verdict.
    const recovered = READERS[format].json(JSON.stringify(completeFields(open)));
    if (!recovered?.ok) return { ok: false, problem: 'truncated', reason: 'the JSON answer was cut off before its verdict' };
    return { ...recovered, reasoning };
  }
  const read = READERS[format].answer(answer);
  return read.ok ? { ...read, reasoning } : read;
}
