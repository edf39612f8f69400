// What an offline baseline returns, and the opening and closing lines every baseline critique shares, in every
// format. Shared lines carry no baseline's mark: on one sample all baselines open alike, and each format's closing
// line is built the same way by every baseline (issue 9: no baseline identifiable by fixed sentences).
import {
  formatTaskTexts,
  type BinaryRubric,
  type BinaryTask,
  type BinaryVerdict,
  type FormatTask,
  type FormatVerdict,
  type LikertTask,
  type PairwiseTask,
  type PairwiseVerdict,
} from '../judge-formats';
import type { Rubric } from '../types';

export interface OfflineVerdict {
  /** In the task's format; a pairwise verdict relative to the order the baseline was given the responses. */
  verdict: FormatVerdict;
  critique: string;
}

/** One reading per format, made into a measure's judge of any task (the dispatch every measure shares). */
export function judgeEachFormat(readings: {
  likert: (task: LikertTask) => OfflineVerdict;
  binary: (task: BinaryTask) => OfflineVerdict;
  pairwise: (task: PairwiseTask) => OfflineVerdict;
}): (task: FormatTask) => OfflineVerdict {
  return (task) => {
    switch (task.format) {
      case 'likert':
        return readings.likert(task);
      case 'binary':
        return readings.binary(task);
      case 'pairwise':
        return readings.pairwise(task);
    }
  };
}

/** Every offline critique says up front that it is rule-based, so it is never mistaken for an LLM. */
export const OFFLINE_PREFIX = '[Offline baseline: rule-based, no LLM] ';

/**
 * Openings shared by every baseline: which one a critique starts with depends on the sample only, so on one sample
 * all baselines open alike and over many samples each baseline's openings are spread the same way. A fixed opening
 * per baseline would tell a voter which baseline is A before the vote.
 */
export const OFFLINE_OPENINGS: readonly string[] = [
  'These figures come from fixed rules applied to the text, not from reading it.',
  'What follows is computed from counts over the text.',
  'Here is what a few mechanical checks of the text found.',
  'The verdict below rests on word and sentence statistics only.',
  'No model read this; the findings are measured from the text itself.',
  'Simple text measurements follow, with what they suggest.',
  'The checks below are rules, not understanding.',
  'These are the results of counting, not of judging meaning.',
];

/**
 * FNV-1a over every text of the task: deterministic, cheap, and the same for every baseline. The two pairwise
 * responses are hashed as a set, so a swapped order opens alike.
 */
function sampleHash(task: FormatTask): number {
  const texts = task.format === 'pairwise' ? [...formatTaskTexts({ ...task, responses: ['', ''] }), ...[...task.responses].sort()] : formatTaskTexts(task);
  const text = [task.format === 'likert' ? '' : task.format, ...texts].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The prefix and the shared opening sentence for this sample. */
export function openingLine(task: FormatTask): string {
  return `${OFFLINE_PREFIX}${OFFLINE_OPENINGS[sampleHash(task) % OFFLINE_OPENINGS.length]}`;
}

function shortened(description: string, max = 140): string {
  const text = description.trim();
  return text.length > max ? `${text.slice(0, max - 3).trimEnd()}...` : text;
}

/** "Score 4/5, which the rubric describes as: ..." (description shortened to keep the critique readable). */
export function closingLine(score: number, rubric: Rubric): string {
  const short = shortened(rubric.scores[score - 1] ?? '');
  return short ? `Score ${score}/5, which the rubric describes as: "${short}"` : `Score ${score}/5.`;
}

/** 'the response beginning "Use a dict, whose…"': how a critique names a response, by its opening words. */
export function responseLabel(response: string, wordCount = 4): string {
  const tokens = response.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 'the empty response';
  return `the response beginning "${tokens.slice(0, wordCount).join(' ').slice(0, 90)}${tokens.length > wordCount ? '…' : ''}"`;
}

/** "Verdict: FAIL for the response beginning "…", by the rule that …; the criterion describes a fail as: "…"". */
export function binaryClosingLine(verdict: BinaryVerdict, rule: string, rubric: BinaryRubric, response: string): string {
  const short = shortened(verdict === 'pass' ? rubric.pass : rubric.fail);
  return `Verdict: ${verdict.toUpperCase()} for ${responseLabel(response)}, by the rule that ${rule}; the criterion describes a ${verdict} as: "${short}"`;
}

/** "Verdict: I prefer the response beginning "…" (0.62 against 0.41)." or a tie within the margin. */
export function pairwiseClosingLine(verdict: PairwiseVerdict, labels: readonly [string, string], measures: readonly [number, number], margin: number): string {
  const [a, b] = measures.map((m) => m.toFixed(2));
  if (verdict === 'tie') return `Verdict: tie, since ${labels[0]} and ${labels[1]} measure ${a} and ${b}, within ${margin.toFixed(2)} of each other.`;
  const [winner, loser] = verdict === 'first' ? [0, 1] : [1, 0];
  return `Verdict: I prefer ${labels[winner]} (${[a, b][winner]} against ${[a, b][loser]} for ${labels[loser]}).`;
}
