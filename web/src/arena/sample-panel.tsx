// The text being judged: user input, the AI response (pairwise: the first and second responses) and an optional
// reference answer.
import type { JudgeFormat } from '../api/types';
import { ErrorNotice, Progress } from '../ui/status';
import { TextField } from '../ui/text-field';
import type { Limits, ResponseField, SampleFields, SampleProblems } from './input-validation';

export type LoadState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string };

interface SamplePanelProps {
  format: JudgeFormat;
  fields: SampleFields;
  problems: SampleProblems;
  limits: Limits;
  sampleLoad: LoadState;
  onEdit: (change: Partial<SampleFields>) => void;
  onRandomSample: () => void;
  onToggleReference: (on: boolean) => void;
  /** null while the site config is unknown. */
  responseGenerator: boolean | null;
  generation: { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string; target: ResponseField };
  onGenerate: (target: ResponseField) => void;
}

export function SamplePanel(props: SamplePanelProps) {
  const { fields, problems, limits, sampleLoad, onEdit, generation } = props;
  const loadingSample = sampleLoad.status === 'loading';
  const generating = generation.status === 'loading';
  const generatorMissing = props.responseGenerator === false;
  /** What the text fields share: their id, value, edit, limit and problem all follow from the field's name. */
  const textField = (name: 'input' | ResponseField | 'reference') => ({
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
      <GenerateRow
        targets={props.format === 'pairwise' ? PAIRWISE_TARGETS : SINGLE_TARGET}
        missing={generatorMissing}
        generating={generating}
        disabled={generatorMissing || generating || loadingSample || fields.input.trim() === ''}
        onGenerate={props.onGenerate}
      />
      {generation.status === 'error' && (
        <ErrorNotice message={generation.message} onRetry={() => props.onGenerate(generation.target)} />
      )}
      {props.format === 'pairwise' ? (
        <fieldset class="response-pair">
          <legend>The two responses to compare</legend>
          <TextField {...textField('first')} label="First" rows={7} disabled={loadingSample || generating} />
          <TextField {...textField('second')} label="Second" rows={7} disabled={loadingSample || generating} />
        </fieldset>
      ) : (
        <TextField {...textField('response')} label="AI response" rows={8} disabled={loadingSample || generating} />
      )}
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

const SINGLE_TARGET = [{ field: 'response', label: 'Generate AI response' }] as const;
const PAIRWISE_TARGETS = [
  { field: 'first', label: 'Generate the first response' },
  { field: 'second', label: 'Generate the second response' },
] as const;

interface GenerateRowProps {
  targets: readonly { field: ResponseField; label: string }[];
  missing: boolean;
  generating: boolean;
  disabled: boolean;
  onGenerate: (target: ResponseField) => void;
}

function GenerateRow({ targets, missing, generating, disabled, onGenerate }: GenerateRowProps) {
  return (
    <div class="generate-row">
      {targets.map(({ field, label }) => (
        <button
          key={field}
          type="button"
          class="button button-small"
          onClick={() => onGenerate(field)}
          disabled={disabled}
          aria-describedby={missing ? 'generate-unavailable' : undefined}
        >
          {label}
        </button>
      ))}
      {missing && (
        <p class="field-hint" id="generate-unavailable">
          This server has no response generator configured, so write or paste the {targets.length > 1 ? 'responses' : 'AI response'}{' '}
          yourself.
        </p>
      )}
      {generating && <Progress label="Generating a response…" inline />}
    </div>
  );
}
