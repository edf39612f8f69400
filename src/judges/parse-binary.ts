// The pass/fail reader: JSON {"verdict": "pass"}, markers (Verdict: FAIL, [RESULT] PASS, [[PASS]], a lone PASS
// line, "Passes: yes") and conclusion sentences ("the response passes"). Yes/No is read only as the answer to
// "does it pass?": a bare "Yes" to a criterion like "Does the response contain an error?" would be a guess.
import type { BinaryVerdict } from './judge-formats';
import { readVerdict, type ReadVerdict, type VerdictSpec } from './verdict-reader';

/** "pass", "PASSES", "Passed" → pass; "fail", "fails", "FAILED" → fail. */
export function binaryWord(word: string): BinaryVerdict | undefined {
  const w = word.trim().toLowerCase();
  if (/^pass(?:es|ed)?$/.test(w)) return 'pass';
  if (/^fail(?:s|ed)?$/.test(w)) return 'fail';
  return undefined;
}

/** An answer to "does it pass?": yes/true → pass, no/false → fail. */
function passAnswer(value: unknown): BinaryVerdict | undefined {
  if (typeof value === 'boolean') return value ? 'pass' : 'fail';
  if (typeof value !== 'string') return undefined;
  const w = value.trim().toLowerCase();
  if (w === 'yes' || w === 'true') return 'pass';
  if (w === 'no' || w === 'false') return 'fail';
  return binaryWord(w);
}

const verdictValue = (value: unknown) => (typeof value === 'string' ? binaryWord(value) : undefined);

const NEGATED = /^(?:does\s*n[o']?t|doesn[’']t)\s+/i;

export const BINARY_SPEC: VerdictSpec<BinaryVerdict> = {
  jsonKeys: {
    verdict: verdictValue,
    result: verdictValue,
    decision: verdictValue,
    judgement: verdictValue,
    judgment: verdictValue,
    outcome: verdictValue,
    pass: passAnswer,
    passes: passAnswer,
    passed: passAnswer,
  },
  markers: [
    { pattern: /\[RESULT\]\s*\**\s*(pass(?:es|ed)?|fail(?:s|ed)?)\b/gi, read: (m) => binaryWord(m[1]) },
    { pattern: /\[\[\s*(pass|fail)\s*\]\]/gi, read: (m) => binaryWord(m[1]) },
    {
      pattern: /\b(?:final\s+)?(?:verdict|result|decision|judge?ment|outcome)"?\**\s*(?::|=|\s-\s)\s*\**\s*"?(pass(?:es|ed)?|fail(?:s|ed)?)\b/gi,
      read: (m) => binaryWord(m[1]),
    },
    { pattern: /\bpass(?:es|ed)?"?\**\s*[:=]\s*\**\s*"?(yes|no|true|false)\b/gi, read: (m) => passAnswer(m[1]) },
    { pattern: /^[\s*#>]*(pass|fail)[\s*.!]*$/gim, read: (m) => binaryWord(m[1]) },
  ],
  prose: [
    {
      // "fails to mention…" describes a flaw, not the verdict.
      pattern:
        /\b(?:the|this)\s+response\s+(?:therefore\s+|thus\s+|so\s+|clearly\s+|overall\s+)?((?:does\s+not|doesn[’']t)\s+(?:pass|fail)|passes|fails)\b(?!\s+to\b)/gi,
      read: (m) => {
        const verdict = binaryWord(m[1].replace(NEGATED, ''));
        if (!NEGATED.test(m[1])) return verdict;
        return verdict === 'pass' ? 'fail' : 'pass';
      },
    },
  ],
};

/** Reads a pass/fail verdict from an answer already free of reasoning sections. */
export function parseBinaryAnswer(answer: string): ReadVerdict<BinaryVerdict> {
  return readVerdict(answer, BINARY_SPEC);
}
