// How every baseline compares two responses: each response gets the baseline's own measure in [0, 1], the higher
// wins unless the two are within a margin (a tie). The rule looks at the measures only, never at which response came
// first, so swapping the responses swaps the verdict (no position bias). Critiques name a response by its opening
// words, not by "first"/"second", so they stay true in whatever order the visitor sees the two.
import type { PairwiseTask, PairwiseVerdict } from '../judge-formats';
import { openingLine, pairwiseClosingLine, responseLabel, type OfflineVerdict } from './verdict';

/** The verdict from two measures: the higher one, or a tie when they differ by less than `margin`. */
export function comparedVerdict(measures: readonly [number, number], margin: number): PairwiseVerdict {
  const [a, b] = measures;
  if (Math.abs(a - b) < margin) return 'tie';
  return a > b ? 'first' : 'second';
}

const MAX_LABEL_WORDS = 12;

/**
 * 'the response beginning "Use a dict, whose…"' for each response, with as many opening words as it takes to tell
 * the two apart; when even a dozen words do not, the plain order is the only label left.
 */
export function responseLabels(responses: readonly [string, string]): [string, string] {
  for (let n = 4; n <= MAX_LABEL_WORDS; n++) {
    const labels = responses.map((r) => responseLabel(r, n));
    if (labels[0] !== labels[1]) return [labels[0], labels[1]];
  }
  return ['the response shown first', 'the response shown second'];
}

/** One baseline's reading of one response: its measure in [0, 1] and a sentence on what was measured. */
export interface ResponseReading {
  measure: number;
  /** Completes "<label> …", e.g. 'uses 7 of the 12 key words of the request (58%).' */
  finding: string;
}

/**
 * A pairwise critique and verdict from a reading of each response: the shared opening, one sentence per response
 * (no fixed sentence saying what the baseline measures: that would tell baselines apart), the shared closing.
 */
export function pairwiseVerdict(task: PairwiseTask, read: (response: string) => ResponseReading, margin: number): OfflineVerdict {
  const readings = task.responses.map(read) as [ResponseReading, ResponseReading];
  const measures = [readings[0].measure, readings[1].measure] as const;
  const verdict = comparedVerdict(measures, margin);
  const labels = responseLabels(task.responses);
  const sentences = readings.map((r, i) => `${capitalised(labels[i])} ${r.finding}`);
  return {
    verdict: { format: 'pairwise', verdict },
    critique: [openingLine({ format: 'pairwise', ...task }), ...sentences, pairwiseClosingLine(verdict, labels, measures, margin)].join(' '),
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
