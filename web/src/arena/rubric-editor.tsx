// "Edit judge prompt": the criteria and one description per score, with presets and a reset.
import { useEffect, useRef } from 'preact/hooks';
import type { Rubric } from '../api/types';
import { TextField } from '../ui/text-field';
import type { Limits, RubricProblems } from './input-validation';

export interface RubricPresetOption {
  id: string;
  label: string;
}

interface RubricEditorProps {
  rubric: Rubric;
  problems: RubricProblems;
  limits: Limits;
  presets: readonly RubricPresetOption[];
  presetId: string;
  /** True when the text no longer matches the chosen preset. */
  edited: boolean;
  onChoosePreset: (id: string) => void;
  onEdit: (rubric: Rubric) => void;
  onReset: () => void;
}

export function RubricEditor(props: RubricEditorProps) {
  const { rubric, problems, limits } = props;
  const invalid = problems.criteria !== null || problems.scores.some(Boolean);
  const details = useRef<HTMLDetailsElement>(null);
  // Open (never close) the editor when something in it needs fixing; the visitor closes it.
  useEffect(() => {
    if (invalid && details.current) details.current.open = true;
  }, [invalid]);
  const presetLabel = props.presets.find((p) => p.id === props.presetId)?.label ?? 'Custom';
  const setScore = (index: number, text: string) => {
    const scores = [...rubric.scores] as Rubric['scores'];
    scores[index] = text;
    props.onEdit({ ...rubric, scores });
  };
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
            value={rubric.criteria}
            onInput={(criteria) => props.onEdit({ ...rubric, criteria })}
            maxChars={limits.maxRubricChars}
            problem={problems.criteria}
            rows={3}
          />
          <fieldset class="score-descriptions">
            <legend>What each score means</legend>
            {rubric.scores.map((text, index) => (
              <TextField
                key={index}
                id={`rubric-score-${index + 1}`}
                label={`Score ${index + 1}`}
                value={text}
                onInput={(value) => setScore(index, value)}
                maxChars={limits.maxRubricChars}
                problem={problems.scores[index]}
                rows={2}
              />
            ))}
          </fieldset>
        </div>
      </details>
    </section>
  );
}
