// The rubric of each judging format in the editor: its presets, the rubric each format holds (kept per format, so
// switching format and back keeps the visitor's choice), and a sample's own rubric offered as one more choice. Pure.
import {
  BINARY_RUBRIC_PRESETS,
  DEFAULT_BINARY_RUBRIC,
  DEFAULT_BINARY_RUBRIC_PRESET_ID,
  DEFAULT_PAIRWISE_RUBRIC,
  DEFAULT_PAIRWISE_RUBRIC_PRESET_ID,
  PAIRWISE_RUBRIC_PRESETS,
} from '@shared/format-rubric-presets';
import { DEFAULT_RUBRIC, DEFAULT_RUBRIC_PRESET_ID, RUBRIC_PRESETS, type RubricPreset } from '@shared/rubric-presets';
import type { BinaryRubric, JudgeFormat, PairwiseRubric, Rubric } from '../api/types';

/** A rubric with the format it belongs to: likert criteria + 5 scores, binary criteria + pass + fail, pairwise criteria. */
export type FormatRubric =
  | { format: 'likert'; rubric: Rubric }
  | { format: 'binary'; rubric: BinaryRubric }
  | { format: 'pairwise'; rubric: PairwiseRubric };

type RubricOf<F extends JudgeFormat> = Extract<FormatRubric, { format: F }>['rubric'];

/** One format's rubric in the editor: the preset it came from (or SAMPLE_PRESET_ID), that preset's text, and the text as edited. */
export interface RubricChoice<F extends JudgeFormat = JudgeFormat> {
  presetId: string;
  original: RubricOf<F>;
  rubric: RubricOf<F>;
}
export type RubricChoices = { [F in JudgeFormat]: RubricChoice<F> };

/** The choice that stands for the loaded sample's own rubric (every binary sample has one). */
export const SAMPLE_PRESET_ID = 'sample';
export const SAMPLE_PRESET_LABEL = 'The sample’s own';

const PRESETS: { [F in JudgeFormat]: readonly RubricPreset<RubricOf<F>>[] } = {
  likert: RUBRIC_PRESETS,
  binary: BINARY_RUBRIC_PRESETS,
  pairwise: PAIRWISE_RUBRIC_PRESETS,
};

export const DEFAULT_RUBRICS: RubricChoices = {
  likert: { presetId: DEFAULT_RUBRIC_PRESET_ID, original: DEFAULT_RUBRIC, rubric: DEFAULT_RUBRIC },
  binary: { presetId: DEFAULT_BINARY_RUBRIC_PRESET_ID, original: DEFAULT_BINARY_RUBRIC, rubric: DEFAULT_BINARY_RUBRIC },
  pairwise: { presetId: DEFAULT_PAIRWISE_RUBRIC_PRESET_ID, original: DEFAULT_PAIRWISE_RUBRIC, rubric: DEFAULT_PAIRWISE_RUBRIC },
};

/** `rubric` tagged with its format; the caller's F and RubricOf<F> agree, which TypeScript cannot follow through a union. */
function tagged<F extends JudgeFormat>(format: F, rubric: RubricOf<F>): FormatRubric {
  return { format, rubric } as FormatRubric;
}

/** The presets of a format, as the preset picker lists them. */
export function presetsOf(format: JudgeFormat): readonly { id: string; label: string; usesReference: boolean }[] {
  return PRESETS[format];
}

/** The preset of this format with this id, as a rubric of the format, or undefined. */
export function findPreset(format: JudgeFormat, id: string): { rubric: FormatRubric; usesReference: boolean } | undefined {
  const preset = PRESETS[format].find((p) => p.id === id);
  return preset && { rubric: tagged(format, preset.rubric), usesReference: preset.usesReference };
}

/** The rubric the editor holds for `format`. */
export function rubricInEditor(choices: RubricChoices, format: JudgeFormat): FormatRubric {
  return tagged(format, choices[format].rubric);
}

export function presetIdOf(choices: RubricChoices, format: JudgeFormat): string {
  return choices[format].presetId;
}

/** `choices` with `chosen` as its format's rubric, as given by the preset `presetId` (or the sample). */
export function withChosenRubric(choices: RubricChoices, chosen: FormatRubric, presetId: string): RubricChoices {
  switch (chosen.format) {
    case 'likert':
      return { ...choices, likert: { presetId, original: chosen.rubric, rubric: chosen.rubric } };
    case 'binary':
      return { ...choices, binary: { presetId, original: chosen.rubric, rubric: chosen.rubric } };
    case 'pairwise':
      return { ...choices, pairwise: { presetId, original: chosen.rubric, rubric: chosen.rubric } };
  }
}

/** `choices` with `edit` as the text of its format's rubric; the preset it came from stays. */
export function withEditedRubric(choices: RubricChoices, edit: FormatRubric): RubricChoices {
  switch (edit.format) {
    case 'likert':
      return { ...choices, likert: { ...choices.likert, rubric: edit.rubric } };
    case 'binary':
      return { ...choices, binary: { ...choices.binary, rubric: edit.rubric } };
    case 'pairwise':
      return { ...choices, pairwise: { ...choices.pairwise, rubric: edit.rubric } };
  }
}

/** The format's default preset back in the editor. */
export function withDefaultRubric(choices: RubricChoices, format: JudgeFormat): RubricChoices {
  return withChosenRubric(choices, rubricInEditor(DEFAULT_RUBRICS, format), DEFAULT_RUBRICS[format].presetId);
}

/** A rubric's texts in the editor's order: criteria, then the scores (likert) or pass and fail (binary). */
function rubricTexts(edit: FormatRubric): string[] {
  switch (edit.format) {
    case 'likert':
      return [edit.rubric.criteria, ...edit.rubric.scores];
    case 'binary':
      return [edit.rubric.criteria, edit.rubric.pass, edit.rubric.fail];
    case 'pairwise':
      return [edit.rubric.criteria];
  }
}

function sameRubric(a: FormatRubric, b: FormatRubric): boolean {
  const [textsA, textsB] = [rubricTexts(a), rubricTexts(b)];
  return a.format === b.format && textsA.length === textsB.length && textsA.every((text, i) => text === textsB[i]);
}

/** True when the editor's rubric for `format` no longer matches the preset (or sample rubric) it came from. */
export function rubricIsEdited(choices: RubricChoices, format: JudgeFormat): boolean {
  const { original } = choices[format];
  return !sameRubric(tagged(format, original), rubricInEditor(choices, format));
}

/**
 * A newly loaded sample's own rubric takes the editor's place unless the visitor chose another preset or edited the
 * rubric: the default, or the last sample's rubric untouched, gives way to it. A sample without one takes an
 * untouched sample-rubric choice back to the format's default.
 */
export function choicesForSample(choices: RubricChoices, format: JudgeFormat, sampleRubric: FormatRubric | null): RubricChoices {
  const { presetId } = choices[format];
  const untouched = !rubricIsEdited(choices, format);
  if (sampleRubric && sampleRubric.format === format) {
    const yields = untouched && (presetId === SAMPLE_PRESET_ID || presetId === DEFAULT_RUBRICS[format].presetId);
    return yields ? withChosenRubric(choices, sampleRubric, SAMPLE_PRESET_ID) : choices;
  }
  return presetId === SAMPLE_PRESET_ID && untouched ? withDefaultRubric(choices, format) : choices;
}
