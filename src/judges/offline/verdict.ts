// What an offline baseline returns, and the opening and closing lines every baseline critique shares.
import type { JudgeTask, Rubric } from '../types';

export interface OfflineVerdict {
  score: number;
  critique: string;
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

/** FNV-1a over the sample and rubric: deterministic, cheap, and the same for every baseline. */
export function sampleHash(task: JudgeTask): number {
  const text = [task.input, task.response, task.reference ?? '', task.rubric.criteria, ...task.rubric.scores].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The prefix and the shared opening sentence for this sample. */
export function openingLine(task: JudgeTask): string {
  return `${OFFLINE_PREFIX}${OFFLINE_OPENINGS[sampleHash(task) % OFFLINE_OPENINGS.length]}`;
}

/** "Score 4/5, which the rubric describes as: ..." (description shortened to keep the critique readable). */
export function closingLine(score: number, rubric: Rubric): string {
  const description = rubric.scores[score - 1]?.trim() ?? '';
  const short = description.length > 140 ? `${description.slice(0, 137).trimEnd()}...` : description;
  return short ? `Score ${score}/5, which the rubric describes as: "${short}"` : `Score ${score}/5.`;
}
