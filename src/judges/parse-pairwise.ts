// The pairwise reader: JSON {"verdict": "second"}, markers (MT-Bench [[A]] / [[B]] / [[C]] for a tie, [RESULT] B,
// "Verdict: Response 1", "Winner: first") and conclusion sentences ("the first response is better", "it is a tie").
// A and 1 mean the response shown first, B and 2 the one shown second: the verdict is relative to what this judge
// was shown (pairwise-order.ts maps it to the visitor's order).
import type { PairwiseVerdict } from './judge-formats';
import { readVerdict, type ReadVerdict, type VerdictSpec } from './verdict-reader';

/** "first", "the second response", "Response 2", "Assistant A", "B", "tie" → a verdict; anything else undefined. */
export function pairwiseWord(word: string): PairwiseVerdict | undefined {
  const w = word
    .toLowerCase()
    .replace(/[*"'`.!]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (?:response|answer|one)$/, '')
    .replace(/^(?:response|assistant|answer|output) ?/, '');
  if (w === 'first' || w === '1' || w === 'a') return 'first';
  if (w === 'second' || w === '2' || w === 'b') return 'second';
  if (w === 'tie' || w === 'equal' || w === 'draw') return 'tie';
  return undefined;
}

const verdictValue = (value: unknown) => {
  if (value === 1 || value === 2) return value === 1 ? 'first' : 'second';
  return typeof value === 'string' ? pairwiseWord(value) : undefined;
};

/** A named response: "the first response", "Response 2", "Assistant B". */
const RESPONSE = String.raw`(?:the\s+)?(?:first|second)\s+response|(?:response|assistant)\s*[12AB]\b`;
/** After "Verdict:": a named response, "first", "tie", or a lone A/B/1/2 (not the article in "a close call"). */
const VERDICT_WORD = String.raw`${RESPONSE}|(?:the\s+)?(?:first|second)\b|tie\b|[AB12](?=\s*(?:$|[.,;)*"\]]))`;

export const PAIRWISE_SPEC: VerdictSpec<PairwiseVerdict> = {
  jsonKeys: {
    verdict: verdictValue,
    winner: verdictValue,
    preference: verdictValue,
    preferred: verdictValue,
    better: verdictValue,
    better_response: verdictValue,
    choice: verdictValue,
    result: verdictValue,
    decision: verdictValue,
  },
  markers: [
    { pattern: /\[\[\s*([ABC])\s*\]\]/gi, read: (m) => (m[1].toUpperCase() === 'C' ? 'tie' : pairwiseWord(m[1])) },
    { pattern: /\[RESULT\]\s*\**\s*(A|B|1|2|first|second|tie)\b/gi, read: (m) => pairwiseWord(m[1]) },
    {
      pattern: new RegExp(
        String.raw`\b(?:final\s+)?(?:verdict|winner|decision|choice|preference|better\s+response|preferred\s+response|result)"?\**\s*(?::|=|\s-\s)\s*\**\s*"?(${VERDICT_WORD})`,
        'gim',
      ),
      read: (m) => pairwiseWord(m[1]),
    },
  ],
  prose: [
    {
      pattern: new RegExp(
        String.raw`\b(${RESPONSE})\s+is\s+(?:clearly\s+|slightly\s+|much\s+|far\s+|significantly\s+|overall\s+)?(?:the\s+)?(?:better|stronger|preferable|superior|preferred|winner)\b`,
        'gi',
      ),
      read: (m) => pairwiseWord(m[1]),
    },
    { pattern: new RegExp(String.raw`\bI\s+(?:would\s+)?prefer\s+(${RESPONSE})`, 'gi'), read: (m) => pairwiseWord(m[1]) },
    {
      pattern:
        /\b(?:(?:it|this|that)(?:\s+is|[’']s)\s+a\s+tie|(?:both|the\s+two)\s+responses\s+are\s+(?:equally\s+(?:good|bad|strong|weak|helpful|accurate)|of\s+equal\s+quality|tied)|neither\s+response\s+is\s+better)\b/gi,
      read: () => 'tie',
    },
  ],
};

/** Reads a pairwise verdict (relative to the order shown) from an answer already free of reasoning sections. */
export function parsePairwiseAnswer(answer: string): ReadVerdict<PairwiseVerdict> {
  return readVerdict(answer, PAIRWISE_SPEC);
}
