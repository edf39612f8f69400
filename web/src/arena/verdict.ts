// A judge's verdict in its battle's format, and how the page says it. Pure.
import type { BinaryVerdict, JudgeFormat, PairwiseVerdict, Position } from '../api/types';

/** likert: a score 1–5; binary: pass or fail; pairwise: first, second or tie, in the order the visitor sees. */
export type JudgeVerdict =
  | { format: 'likert'; score: number }
  | { format: 'binary'; verdict: BinaryVerdict }
  | { format: 'pairwise'; verdict: PairwiseVerdict };

/**
 * The verdict a judgment carries (a stream event's JSON as it came, or a stored judgment), or null when it has
 * none we can read. The one place the site interprets a verdict.
 */
export function verdictOf(judgment: { score?: unknown; verdict?: unknown }): JudgeVerdict | null {
  if (typeof judgment.score === 'number') return { format: 'likert', score: judgment.score };
  const { verdict } = judgment;
  switch (verdict) {
    case 'pass':
    case 'fail':
      return { format: 'binary', verdict };
    case 'first':
    case 'second':
    case 'tie':
      return { format: 'pairwise', verdict };
    default:
      return null;
  }
}

const PAIRWISE_WORDS: Record<PairwiseVerdict, string> = {
  first: 'Prefers the first response',
  second: 'Prefers the second response',
  tie: 'Tie',
};

/** The verdict as a judge panel shows it: "4 / 5" (read out as "Score 4 out of 5"), "Pass", "Prefers the first response". */
export function verdictWords(verdict: JudgeVerdict): { shown: string; spoken: string } {
  switch (verdict.format) {
    case 'likert':
      return { shown: `${verdict.score} / 5`, spoken: `Score ${verdict.score} out of 5` };
    case 'binary': {
      const words = verdict.verdict === 'pass' ? 'Pass' : 'Fail';
      return { shown: words, spoken: words };
    }
    case 'pairwise':
      return { shown: PAIRWISE_WORDS[verdict.verdict], spoken: PAIRWISE_WORDS[verdict.verdict] };
  }
}

/** One sentence for screen readers: "Judge A scored 4 out of 5.", "Judge B gave a fail.", "Judge A calls it a tie." */
export function verdictSentence(position: Position, verdict: JudgeVerdict): string {
  switch (verdict.format) {
    case 'likert':
      return `Judge ${position} scored ${verdict.score} out of 5.`;
    case 'binary':
      return `Judge ${position} gave a ${verdict.verdict}.`;
    case 'pairwise':
      return verdict.verdict === 'tie'
        ? `Judge ${position} calls it a tie.`
        : `Judge ${position} prefers the ${verdict.verdict} response.`;
  }
}

/** What a judge has to give before the vote opens, in the format's words. */
export function verdictNoun(format: JudgeFormat): string {
  return format === 'likert' ? 'a score' : 'a verdict';
}
