// The judging format, above the sample: a score 1–5, pass / fail, or which of two responses is better.
import type { JudgeFormat } from '../api/types';
import { FORMAT_LABELS, SLICE_FORMATS } from '../leaderboard/slice-filter';

const FORMAT_HINTS: Record<JudgeFormat, string> = {
  likert: 'The judges score the response from 1 to 5 against the rubric.',
  binary: 'The judges say whether the response passes or fails one check.',
  pairwise: 'The judges say which of two responses is better, or that they tie.',
};

interface FormatSwitchProps {
  format: JudgeFormat;
  onChoose: (format: JudgeFormat) => void;
}

export function FormatSwitch({ format, onChoose }: FormatSwitchProps) {
  return (
    <fieldset class="format-switch" aria-describedby="format-hint">
      <legend>Judging format</legend>
      <div class="format-choices">
        {SLICE_FORMATS.map((choice) => (
          <label key={choice} class={choice === format ? 'format-choice format-chosen' : 'format-choice'}>
            <input
              type="radio"
              name="judge-format"
              value={choice}
              checked={choice === format}
              onChange={() => onChoose(choice)}
            />
            <span>{FORMAT_LABELS[choice]}</span>
          </label>
        ))}
      </div>
      <p class="field-hint" id="format-hint">
        {FORMAT_HINTS[format]}
      </p>
    </fieldset>
  );
}
