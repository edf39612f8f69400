// The text being judged: user input, AI response and an optional reference answer.
import { ErrorNotice, Progress } from '../ui/status';
import { TextField } from '../ui/text-field';
import type { Limits, SampleFields, SampleProblems } from './input-validation';

export type LoadState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string };

interface SamplePanelProps {
  fields: SampleFields;
  problems: SampleProblems;
  limits: Limits;
  sampleLoad: LoadState;
  onEdit: (change: Partial<SampleFields>) => void;
  onRandomSample: () => void;
  onToggleReference: (on: boolean) => void;
  /** null while the site config is unknown. */
  responseGenerator: boolean | null;
  generation: LoadState;
  onGenerate: () => void;
}

export function SamplePanel(props: SamplePanelProps) {
  const { fields, problems, limits, sampleLoad, onEdit, generation } = props;
  const loadingSample = sampleLoad.status === 'loading';
  const generating = generation.status === 'loading';
  const generatorMissing = props.responseGenerator === false;
  /** What the three text fields share: their id, value, edit, limit and problem all follow from the field's name. */
  const textField = (name: 'input' | 'response' | 'reference') => ({
    id: `sample-${name}`,
    value: fields[name],
    onInput: (value: string) => onEdit({ [name]: value }),
    maxChars: limits.maxTextChars,
    problem: problems[name],
  });
  return (
    <section class="card" aria-labelledby="sample-heading" aria-busy={loadingSample}>
      <div class="card-header">
        <h2 id="sample-heading">The sample</h2>
        <div class="card-actions">
          <label class="switch">
            <input
              type="checkbox"
              checked={fields.useReference}
              disabled={loadingSample}
              onChange={(event) => props.onToggleReference(event.currentTarget.checked)}
            />
            <span>Use a reference answer</span>
          </label>
          <button type="button" class="button" onClick={props.onRandomSample} disabled={loadingSample}>
            <span aria-hidden="true">🎲 </span>Random sample
          </button>
        </div>
      </div>
      {loadingSample && <Progress label="Loading a random sample…" />}
      {sampleLoad.status === 'error' && (
        <ErrorNotice message={sampleLoad.message} onRetry={props.onRandomSample} retryLabel="Load a sample again" />
      )}
      <TextField {...textField('input')} label="User input" rows={4} disabled={loadingSample} />
      <div class="generate-row">
        <button
          type="button"
          class="button button-small"
          onClick={props.onGenerate}
          disabled={generatorMissing || generating || loadingSample || fields.input.trim() === ''}
          aria-describedby={generatorMissing ? 'generate-unavailable' : undefined}
        >
          Generate AI response
        </button>
        {generatorMissing && (
          <p class="field-hint" id="generate-unavailable">
            This server has no response generator configured, so write or paste the AI response yourself.
          </p>
        )}
        {generating && <Progress label="Generating a response…" inline />}
      </div>
      {generation.status === 'error' && <ErrorNotice message={generation.message} onRetry={props.onGenerate} />}
      <TextField {...textField('response')} label="AI response" rows={8} disabled={loadingSample || generating} />
      {fields.useReference && (
        <TextField
          {...textField('reference')}
          label="Reference answer"
          hint="A known-good answer the judges may compare the response against."
          rows={4}
          disabled={loadingSample}
        />
      )}
    </section>
  );
}
