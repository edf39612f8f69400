// What the page shows, computed from the round's state at render time: nothing here is ever stored. Pure.
import type { VoteChoice } from '../api/types';
import { presetIdOf, presetsOf, rubricInEditor, rubricIsEdited, SAMPLE_PRESET_ID, SAMPLE_PRESET_LABEL, type FormatRubric } from './format-rubrics';
import { rubricProblems, sampleProblems, type Limits, type RubricProblems, type SampleProblems } from './input-validation';
import { bothComplete } from './judges-state';
import { recordedVote, type Judging } from './judging-state';
import type { RoundState } from './round-state';
import { shownOrderNote, shownOrderOf } from './shown-order-note';
import { verdictNoun, verdictSentence } from './verdict';
import { outcomeMessage } from './vote-outcome';

/**
 * The problems to show: a field's problem shows once it has text (so the limits always do) or once the
 * visitor has tried to run.
 */
export function shownProblems(state: RoundState, limits: Limits): { sample: SampleProblems; rubric: RubricProblems } {
  const { fields, attempted, format } = state;
  const visible = (problem: string | null, value: string) => (problem && (attempted || value.length > 0) ? problem : null);
  const sample = sampleProblems(fields, format, limits);
  const edit = rubricInEditor(state.rubrics, format);
  const rubricAll = rubricProblems(edit, limits);
  const { rubric } = edit;
  return {
    sample: {
      input: visible(sample.input, fields.input),
      response: visible(sample.response, fields.response),
      first: visible(sample.first, fields.first),
      second: visible(sample.second, fields.second),
      reference: visible(sample.reference, fields.reference),
    },
    rubric: {
      criteria: visible(rubricAll.criteria, rubric.criteria),
      scores: edit.format === 'likert' ? rubricAll.scores.map((problem, i) => visible(problem, edit.rubric.scores[i])) : [],
      pass: edit.format === 'binary' ? visible(rubricAll.pass, edit.rubric.pass) : null,
      fail: edit.format === 'binary' ? visible(rubricAll.fail, edit.rubric.fail) : null,
    },
  };
}

/** The rubric in the editor, for the current format. */
export function shownRubric(state: RoundState): FormatRubric {
  return rubricInEditor(state.rubrics, state.format);
}

/** True when the rubric no longer matches the chosen preset (or the sample's own rubric). */
export function rubricEdited(state: RoundState): boolean {
  return rubricIsEdited(state.rubrics, state.format);
}

/** The preset picker's choices for the current format: its presets, and the sample's own rubric when there is one. */
export function presetOptions(state: RoundState): { id: string; label: string }[] {
  const options = presetsOf(state.format).map(({ id, label }) => ({ id, label }));
  const samplesOwn = state.sampleRubric?.format === state.format || presetIdOf(state.rubrics, state.format) === SAMPLE_PRESET_ID;
  return samplesOwn ? [{ id: SAMPLE_PRESET_ID, label: SAMPLE_PRESET_LABEL }, ...options] : options;
}

/**
 * What screen-reader users hear: what the judges concluded (the streaming text itself would be too chatty), with a
 * pairwise judge's reading order as its panel states it, then who they were.
 */
export function announcement(state: RoundState): string {
  if (state.round.stage !== 'judging') return '';
  const { judges, battle } = state.round;
  const recorded = recordedVote(state.round);
  if (recorded) {
    return `${outcomeMessage(recorded.outcome)} Judge A was ${recorded.models.A.name}. Judge B was ${recorded.models.B.name}.`;
  }
  const said = (['A', 'B'] as const).flatMap((p) => {
    const { verdict, phase, error } = judges[p];
    if (phase === 'complete' && verdict) {
      const order = shownOrderOf(battle, p);
      return [verdictSentence(p, verdict), ...(order ? [shownOrderNote(order)] : [])];
    }
    return phase === 'error' ? [`Judge ${p} failed: ${error}`] : [];
  });
  return [...said, ...(bothComplete(judges) ? ['Vote with keys 1 to 4.'] : [])].join(' ');
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
    : `Voting opens when both judges have given ${verdictNoun(judging.battle.format)}.`;
}
