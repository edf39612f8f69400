// A labelled textarea with a character counter and an inline problem, wired for screen readers.

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  maxChars: number;
  /** Shown under the field and announced; null when the value is fine. */
  problem: string | null;
  rows?: number;
  disabled?: boolean;
  hint?: string;
}

export function TextField({ id, label, value, onInput, maxChars, problem, rows = 5, disabled, hint }: TextFieldProps) {
  const over = value.length > maxChars;
  const describedBy = [hint && `${id}-hint`, `${id}-count`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        disabled={disabled}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div class="field-footer">
        {problem ? (
          <p class="field-problem" id={`${id}-problem`}>
            {problem}
          </p>
        ) : (
          <span />
        )}
        <span class={over ? 'field-count field-count-over' : 'field-count'} id={`${id}-count`}>
          {value.length.toLocaleString('en')} / {maxChars.toLocaleString('en')}
        </span>
      </div>
    </div>
  );
}
