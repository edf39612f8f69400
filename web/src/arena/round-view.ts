// What the page shows, computed from the round's state at render time: nothing here is ever stored. Pure.
import { findRubricPreset } from '@shared/rubric-presets';
import type { Rubric, VoteChoice } from '../api/types';
import { rubricProblems, sampleProblems, type Limits, type RubricProblems, type SampleProblems } from './input-validation';
import { bothComplete } from './judges-state';
import { recordedVote, type Judging } from './judging-state';
import type { RoundState } from './round-state';
import { outcomeMessage } from './vote-outcome';

/**
 * The problems to show: a field's problem shows once it has text (so the limits always do) or once the
 * visitor has tried to run.
 */
export function shownProblems(state: RoundState, limits: Limits): { sample: SampleProblems; rubric: RubricProblems } {
  const { fields, rubric, attempted } = state;
  const visible = (problem: string | null, value: string) => (problem && (attempted || value.length > 0) ? problem : null);
  const sample = sampleProblems(fields, limits);
  const rubricAll = rubricProblems(rubric, limits);
  return {
    sample: {
      input: visible(sample.input, fields.input),
      response: visible(sample.response, fields.response),
      reference: visible(sample.reference, fields.reference),
    },
    rubric: {
      criteria: visible(rubricAll.criteria, rubric.criteria),
      scores: rubricAll.scores.map((problem, i) => visible(problem, rubric.scores[i])),
    },
  };
}

/** True when the rubric no longer matches the chosen preset. */
export function rubricEdited(state: RoundState): boolean {
  const preset = findRubricPreset(state.presetId);
  return !preset || !sameRubric(preset.rubric, state.rubric);
}

function sameRubric(a: Rubric, b: Rubric): boolean {
  return a.criteria === b.criteria && a.scores.every((score, i) => score === b.scores[i]);
}

/**
 * What screen-reader users hear: what the judges concluded (the streaming text itself would be too chatty),
 * then who they were.
 */
export function announcement(state: RoundState): string {
  if (state.round.stage !== 'judging') return '';
  const { judges } = state.round;
  const recorded = recordedVote(state.round);
  if (recorded) {
    return `${outcomeMessage(recorded.outcome)} Judge A was ${recorded.models.A.name}. Judge B was ${recorded.models.B.name}.`;
  }
  if (bothComplete(judges)) {
    return `Judge A scored ${judges.A.score} out of 5. Judge B scored ${judges.B.score} out of 5. Vote with keys 1 to 4.`;
  }
  return (['A', 'B'] as const)
    .flatMap((p) =>
      judges[p].phase === 'complete'
        ? [`Judge ${p} scored ${judges[p].score} out of 5.`]
        : judges[p].phase === 'error'
          ? [`Judge ${p} failed: ${judges[p].error}`]
          : [],
    )
    .join(' ');
}

/** The vote highlighted on the buttons: the one recorded, on its way, or that failed to send. */
export function chosenVote(judging: Judging): VoteChoice | null {
  const { vote } = judging;
  if (vote.status === 'recorded') return vote.result.choice;
  return vote.status === 'sending' || vote.status === 'failed' ? vote.choice : null;
}

export function voteHint(judging: Judging): string {
  if (judging.vote.status === 'recorded') return 'Your vote is recorded.';
  if (judging.vote.status === 'sending') return 'Recording your vote…';
  return bothComplete(judging.judges)
    ? 'Which judge do you agree with? Press 1–4 or choose a button.'
    : 'Voting opens when both judges have given a score.';
}
