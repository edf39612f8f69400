// "Edit judge prompt": the criteria and, per format, one description per score (likert) or of a pass and a fail
// (binary; pairwise has criteria only), with presets and a reset.
import { useEffect, useRef } from 'preact/hooks';
import type { Rubric } from '../api/types';
import { TextField } from '../ui/text-field';
import type { FormatRubric } from './format-rubrics';
import { hasRubricProblem, type Limits, type RubricProblems } from './input-validation';

export interface RubricPresetOption {
  id: string;
  label: string;
}

interface RubricEditorProps {
  edit: FormatRubric;
  problems: RubricProblems;
  limits: Limits;
  presets: readonly RubricPresetOption[];
  presetId: string;
  /** True when the text no longer matches the chosen preset. */
  edited: boolean;
  onChoosePreset: (id: string) => void;
  onEdit: (edit: FormatRubric) => void;
  onReset: () => void;
}

export function RubricEditor(props: RubricEditorProps) {
  const { edit, problems, limits } = props;
  const invalid = hasRubricProblem(problems);
  const details = useRef<HTMLDetailsElement>(null);
  // Open (never close) the editor when something in it needs fixing; the visitor closes it.
  useEffect(() => {
    if (invalid && details.current) details.current.open = true;
  }, [invalid]);
  const presetLabel = props.presets.find((p) => p.id === props.presetId)?.label ?? 'Custom';
  /** A rubric field's editor: its id, label and problem, sized for the rubric limit. */
  const rubricField = (id: string, label: string, value: string, problem: string | null, onInput: (text: string) => void) => (
    <TextField key={id} id={id} label={label} value={value} onInput={onInput} maxChars={limits.maxRubricChars} problem={problem} rows={2} />
  );
  return (
    <section class="card" aria-labelledby="rubric-heading">
      <details class="rubric" ref={details}>
        <summary>
          <h2 id="rubric-heading">Edit judge prompt</h2>
          <span class="summary-note">
            {presetLabel}
            {props.edited ? ' (edited)' : ''}
            {invalid ? ' · needs attention' : ''}
          </span>
        </summary>
        <div class="rubric-body">
          <div class="rubric-toolbar">
            <div class="field field-inline">
              <label for="rubric-preset">Preset</label>
              <select
                id="rubric-preset"
                value={props.presetId}
                onChange={(event) => props.onChoosePreset(event.currentTarget.value)}
              >
                {props.presets.map((preset) => (
                  <option key={preset.id} value={preset.id}>
                    {preset.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" class="button button-small" onClick={props.onReset}>
              Reset to default
            </button>
          </div>
          <TextField
            id="rubric-criteria"
            label="Evaluation criteria"
            value={edit.rubric.criteria}
            onInput={(criteria) => props.onEdit(withCriteria(edit, criteria))}
            maxChars={limits.maxRubricChars}
            problem={problems.criteria}
            rows={3}
          />
          {edit.format === 'likert' && (
            <fieldset class="score-descriptions">
              <legend>What each score means</legend>
              {edit.rubric.scores.map((text, index) =>
                rubricField(`rubric-score-${index + 1}`, `Score ${index + 1}`, text, problems.scores[index] ?? null, (value) =>
                  props.onEdit({ format: 'likert', rubric: { ...edit.rubric, scores: withScore(edit.rubric.scores, index, value) } }),
                ),
              )}
            </fieldset>
          )}
          {edit.format === 'binary' && (
            <fieldset class="score-descriptions">
              <legend>What a pass and a fail look like</legend>
              {rubricField('rubric-pass', 'Pass', edit.rubric.pass, problems.pass, (pass) =>
                props.onEdit({ format: 'binary', rubric: { ...edit.rubric, pass } }),
              )}
              {rubricField('rubric-fail', 'Fail', edit.rubric.fail, problems.fail, (fail) =>
                props.onEdit({ format: 'binary', rubric: { ...edit.rubric, fail } }),
              )}
            </fieldset>
          )}
        </div>
      </details>
    </section>
  );
}

function withCriteria(edit: FormatRubric, criteria: string): FormatRubric {
  switch (edit.format) {
    case 'likert':
      return { format: 'likert', rubric: { ...edit.rubric, criteria } };
    case 'binary':
      return { format: 'binary', rubric: { ...edit.rubric, criteria } };
    case 'pairwise':
      return { format: 'pairwise', rubric: { ...edit.rubric, criteria } };
  }
}

function withScore(scores: Rubric['scores'], index: number, text: string): Rubric['scores'] {
  const next = [...scores] as Rubric['scores'];
  next[index] = text;
  return next;
}
