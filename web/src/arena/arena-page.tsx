// The arena: pick a format and a sample, run two anonymous judges side by side, vote, then see who they were.
// The round is one state machine (round-state.ts); this page renders it and turns clicks into actions.
import { useCallback, useReducer, useRef } from 'preact/hooks';
import { LIMITS } from '@shared/limits';
import { api, newIdempotencyKey } from '../api/client';
import type { SiteConfig, VoteChoice } from '../api/types';
import { ErrorNotice, Progress } from '../ui/status';
import { useRequest } from '../ui/use-request';
import { useDocumentTitle } from '../ui/use-document-title';
import { FormatSwitch } from './format-switch';
import type { SampleFields } from './input-validation';
import { JudgesSection } from './judges-section';
import { RubricEditor } from './rubric-editor';
import { initialRoundState, roundReducer, type ArenaSettings, type SetupNotice } from './round-state';
import { announcement, presetOptions, rubricEdited, shownProblems, shownRubric } from './round-view';
import { SamplePanel } from './sample-panel';
import { useRoundRequests } from './use-round-requests';

export function ArenaPage() {
  useDocumentTitle('');
  const config = useRequest(api.config);
  const siteConfig: SiteConfig | null = config.data;
  const settings: ArenaSettings = {
    limits: siteConfig?.limits ?? LIMITS,
    resting: Boolean(siteConfig?.resting),
    turnstileSiteKey: siteConfig?.turnstileSiteKey ?? null,
  };

  const [state, dispatch] = useReducer(roundReducer, undefined, initialRoundState);
  const turnstileBox = useRef<HTMLDivElement>(null);
  useRoundRequests(state, dispatch, turnstileBox);

  const { fields, round } = state;
  const problems = shownProblems(state, settings.limits);
  const run = () => dispatch({ type: 'runRequested', settings });
  /** A fresh random sample of the same kind, which also ends the current round. */
  const newRound = () => dispatch({ type: 'sampleRequested', withReference: fields.useReference });
  // Stable, because the vote shortcuts hold on to it; the reducer decides whether a vote can be cast now.
  const castVote = useCallback((choice: VoteChoice) => dispatch({ type: 'voteRequested', choice, freshKey: newIdempotencyKey() }), []);

  return (
    <div class="arena">
      <div class="page-intro">
        <h1 tabIndex={-1}>Which judge do you agree with?</h1>
        <p>
          Two anonymous AI judges grade the same answer against the same rubric: a score from 1 to 5, pass or fail, or
          which of two answers is better. Read both critiques, vote for the one you agree with, and only then see which
          models they were.
        </p>
      </div>

      {config.status === 'error' && (
        <ErrorNotice message={`Could not load the arena settings. ${config.message}`} onRetry={config.retry} />
      )}
      {siteConfig?.resting && <RestingNotice resting={siteConfig.resting} />}

      <FormatSwitch format={state.format} onChoose={(format) => dispatch({ type: 'formatChosen', format })} />

      <SamplePanel
        format={state.format}
        fields={fields}
        problems={problems.sample}
        limits={settings.limits}
        sampleLoad={state.sampleLoad}
        onEdit={(change: Partial<SampleFields>) => dispatch({ type: 'sampleEdited', change })}
        onRandomSample={newRound}
        onToggleReference={(on) => dispatch({ type: 'referenceToggled', on })}
        responseGenerator={siteConfig ? siteConfig.responseGenerator : null}
        generation={state.generation}
        onGenerate={(target) => dispatch({ type: 'responseRequested', target })}
      />

      <RubricEditor
        edit={shownRubric(state)}
        problems={problems.rubric}
        limits={settings.limits}
        presets={presetOptions(state)}
        presetId={state.rubrics[state.format].presetId}
        edited={rubricEdited(state)}
        onChoosePreset={(id) => dispatch({ type: 'presetChosen', id })}
        onEdit={(rubric) => dispatch({ type: 'rubricEdited', rubric })}
        onReset={() => dispatch({ type: 'rubricReset' })}
      />

      {round.stage !== 'judging' && (
        <RunRow
          creating={round.stage === 'creating'}
          notice={round.stage === 'setup' ? round.notice : null}
          disabled={round.stage === 'creating' || state.sampleLoad.status === 'loading' || settings.resting}
          onRun={run}
        />
      )}
      <div ref={turnstileBox} class="turnstile-box" />

      {round.stage === 'judging' && (
        <JudgesSection
          judging={round}
          resting={settings.resting}
          onVote={castVote}
          onRegenerate={() => dispatch({ type: 'regenerateRequested', resting: settings.resting })}
          onReconnect={() => dispatch({ type: 'reconnectRequested', at: Date.now() })}
          onNewRound={newRound}
        />
      )}
      <p class="sr-only" aria-live="polite" id="judges-announcer">
        {announcement(state)}
      </p>
    </div>
  );
}

interface RunRowProps {
  creating: boolean;
  notice: SetupNotice | null;
  disabled: boolean;
  onRun: () => void;
}

function RunRow({ creating, notice, disabled, onRun }: RunRowProps) {
  return (
    <div class="run-row">
      <button type="button" class="button button-primary button-large" onClick={onRun} disabled={disabled}>
        Run judges
      </button>
      {creating && <Progress label="Starting the judges…" inline />}
      {notice?.kind === 'fix-fields' && (
        <p class="notice notice-error" role="alert">
          Please fix the highlighted fields first.
        </p>
      )}
      {notice?.kind === 'create-failed' && <ErrorNotice message={notice.message} onRetry={onRun} />}
    </div>
  );
}

function RestingNotice({ resting }: { resting: NonNullable<SiteConfig['resting']> }) {
  return (
    <div class="notice notice-info" role="status">
      <p>
        <strong>The arena is resting.</strong> {resting.message}
      </p>
      <p>Back around {formatTime(resting.until)}.</p>
    </div>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'soon' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
