// The arena: pick a sample, run two anonymous judges side by side, vote, then see who they were.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@shared/limits';
import { DEFAULT_RUBRIC, DEFAULT_RUBRIC_PRESET_ID, RUBRIC_PRESETS, findRubricPreset } from '@shared/rubric-presets';
import { streamBattle } from '../api/battle-stream';
import { api, newIdempotencyKey } from '../api/client';
import { RequestError } from '../api/request-error';
import type { PublicBattle, Position, Rubric, SiteConfig, VoteChoice, VoteAnswer } from '../api/types';
import { ErrorNotice, Progress } from '../ui/status';
import { messageOf, useRequest } from '../ui/use-request';
import { useDocumentTitle } from '../ui/use-document-title';
import {
  hasRubricProblem,
  hasSampleProblem,
  rubricProblems,
  sampleProblems,
  type SampleFields,
  type SampleProblems,
} from './input-validation';
import { JudgePanel } from './judge-panel';
import {
  anyFailed,
  anyRunning,
  applyStreamEvent,
  bothComplete,
  isRunning,
  judgesFromSnapshot,
  waitingJudges,
  type JudgesState,
} from './judges-state';
import { RubricEditor } from './rubric-editor';
import { SamplePanel, type LoadState } from './sample-panel';
import { TurnstileGate } from './turnstile';
import { VoteBar } from './vote-bar';
import { agreedWith, outcomeMessage, voteForKey } from './vote-outcome';

/** The rubric editor's choices; the presets never change while the page runs. */
const PRESET_OPTIONS = RUBRIC_PRESETS.map(({ id, label }) => ({ id, label }));

type VoteState =
  | { status: 'idle' }
  | { status: 'sending'; choice: VoteChoice; key: string }
  | { status: 'failed'; choice: VoteChoice; key: string; message: string }
  | { status: 'recorded'; result: VoteAnswer };

interface Round {
  battle: PublicBattle;
  startedAt: number;
}

export function ArenaPage() {
  useDocumentTitle('');
  const config = useRequest(api.config);
  const siteConfig: SiteConfig | null = config.data;
  const limits = siteConfig?.limits ?? LIMITS;

  // ---- the sample ----
  const [fields, setFields] = useState<SampleFields>({ input: '', response: '', reference: '', useReference: false });
  const [sampleId, setSampleId] = useState<string | undefined>(undefined);
  const [sampleLoad, setSampleLoad] = useState<LoadState>({ status: 'idle' });
  const [generation, setGeneration] = useState<LoadState>({ status: 'idle' });
  const sampleRequest = useRef(0);

  // ---- the rubric ----
  const [presetId, setPresetId] = useState(DEFAULT_RUBRIC_PRESET_ID);
  const [rubric, setRubric] = useState<Rubric>(DEFAULT_RUBRIC);
  const preset = findRubricPreset(presetId);

  // ---- the round ----
  const [attempted, setAttempted] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [round, setRound] = useState<Round | null>(null);
  const [judges, setJudges] = useState<JudgesState>(waitingJudges);
  const [finishedAt, setFinishedAt] = useState<Partial<Record<Position, number>>>({});
  const [streamError, setStreamError] = useState<string | null>(null);
  const [vote, setVote] = useState<VoteState>({ status: 'idle' });
  const [now, setNow] = useState(Date.now);
  const [announcement, setAnnouncement] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const streamAbort = useRef<AbortController | null>(null);
  /** Bumped whenever the round is thrown away, so late answers for an old round are ignored. */
  const roundEpoch = useRef(0);
  const turnstileBox = useRef<HTMLDivElement>(null);
  const judgesSection = useRef<HTMLElement>(null);
  const outcomeHeading = useRef<HTMLParagraphElement>(null);
  const turnstile = useRef<TurnstileGate | null>(null);

  const resetRound = useCallback(() => {
    roundEpoch.current++;
    streamAbort.current?.abort();
    streamAbort.current = null;
    setRound(null);
    setJudges(waitingJudges());
    setFinishedAt({});
    setStreamError(null);
    setCreateError(null);
    setFormError(null);
    setCreating(false);
    setVote({ status: 'idle' });
    setAnnouncement('');
  }, []);

  const loadSample = useCallback(
    async (withReference: boolean) => {
      const request = ++sampleRequest.current;
      resetRound();
      setAttempted(false);
      setGeneration({ status: 'idle' });
      setSampleLoad({ status: 'loading' });
      try {
        const sample = await api.randomSample(withReference);
        if (request !== sampleRequest.current) return;
        setFields({
          input: sample.input,
          response: sample.response,
          reference: sample.reference ?? '',
          useReference: withReference,
        });
        setSampleId(sample.id);
        setSampleLoad({ status: 'idle' });
      } catch (error) {
        if (request !== sampleRequest.current) return;
        setSampleLoad({ status: 'error', message: messageOf(error) });
      }
    },
    [resetRound],
  );

  useEffect(() => {
    void loadSample(false);
    return () => streamAbort.current?.abort();
  }, [loadSample]);

  /** Editing the sample makes it a custom one and starts a new round. */
  const editSample = (change: Partial<SampleFields>) => {
    sampleRequest.current++;
    setSampleLoad({ status: 'idle' });
    setFields((previous) => ({ ...previous, ...change }));
    setSampleId(undefined);
    resetRound();
  };

  /** A fresh random sample of the same kind, which also ends the current round. */
  const newRound = () => void loadSample(fields.useReference);

  const toggleReference = (on: boolean) => {
    if (!on) return editSample({ useReference: false, reference: '' });
    // The switch shows the visitor's choice at once instead of flicking back off until the new sample arrives.
    setFields((previous) => ({ ...previous, useReference: true }));
    void loadSample(true);
  };

  const generateResponse = async () => {
    const request = ++sampleRequest.current;
    setGeneration({ status: 'loading' });
    try {
      const response = await api.generateResponse(fields.input);
      if (request !== sampleRequest.current) return;
      setGeneration({ status: 'idle' });
      editSample({ response });
    } catch (error) {
      if (request !== sampleRequest.current) return;
      setGeneration({ status: 'error', message: messageOf(error) });
    }
  };

  const choosePreset = (id: string) => {
    const chosen = findRubricPreset(id);
    if (!chosen) return;
    setPresetId(id);
    setRubric(chosen.rubric);
    resetRound();
    if (chosen.usesReference && !fields.useReference) void loadSample(true);
  };

  const editRubric = (next: Rubric) => {
    setRubric(next);
    resetRound();
  };

  const resetRubric = () => {
    setPresetId(DEFAULT_RUBRIC_PRESET_ID);
    setRubric(DEFAULT_RUBRIC);
    resetRound();
  };

  // ---- validation, shown once the visitor tries to run (limits always) ----
  const allSampleProblems = sampleProblems(fields, limits);
  const allRubricProblems = rubricProblems(rubric, limits);
  const visible = (problem: string | null, value: string) =>
    problem && (attempted || value.length > 0) ? problem : null;
  const shownSampleProblems: SampleProblems = {
    input: visible(allSampleProblems.input, fields.input),
    response: visible(allSampleProblems.response, fields.response),
    reference: visible(allSampleProblems.reference, fields.reference),
  };
  const shownRubricProblems = {
    criteria: visible(allRubricProblems.criteria, rubric.criteria),
    scores: allRubricProblems.scores.map((p, i) => visible(p, rubric.scores[i])),
  };

  // ---- running the judges ----
  const startStreaming = useCallback((battle: PublicBattle) => {
    streamAbort.current?.abort();
    const controller = new AbortController();
    streamAbort.current = controller;
    setRound({ battle, startedAt: Date.now() });
    setJudges(waitingJudges());
    setFinishedAt({});
    setStreamError(null);
    setNow(Date.now());
    streamBattle(battle.id, (event) => {
      if (!controller.signal.aborted) setJudges((state) => applyStreamEvent(state, event));
    }, controller.signal).catch(async (error) => {
      if (controller.signal.aborted) return;
      // The stream is gone; the stored battle may still hold the results.
      try {
        const snapshot = await api.battle(battle.id);
        if (controller.signal.aborted) return;
        const state = judgesFromSnapshot(snapshot);
        setJudges(state);
        if (snapshot.vote) setVote({ status: 'recorded', result: snapshot.vote });
        if (anyRunning(state)) setStreamError(messageOf(error));
      } catch {
        if (!controller.signal.aborted) setStreamError(messageOf(error));
      }
    });
  }, []);

  const resting = siteConfig?.resting ?? null;

  const runJudges = async () => {
    setAttempted(true);
    if (hasSampleProblem(allSampleProblems) || hasRubricProblem(allRubricProblems)) {
      setFormError('Please fix the highlighted fields first.');
      return;
    }
    resetRound();
    const epoch = roundEpoch.current;
    setCreating(true);
    try {
      let turnstileToken: string | undefined;
      if (siteConfig?.turnstileSiteKey && turnstileBox.current) {
        turnstile.current ??= new TurnstileGate(siteConfig.turnstileSiteKey, turnstileBox.current);
        turnstileToken = await turnstile.current.getToken();
      }
      const battle = await api.createBattle({
        sampleId,
        input: fields.input,
        response: fields.response,
        reference: fields.useReference && fields.reference.trim() ? fields.reference : undefined,
        rubric,
        turnstileToken,
      });
      if (epoch !== roundEpoch.current) return;
      setCreating(false);
      startStreaming(battle);
    } catch (error) {
      if (epoch !== roundEpoch.current) return;
      setCreating(false);
      // Turnstile failures are plain Errors with a readable message.
      setCreateError(error instanceof Error && !(error instanceof RequestError) ? error.message : messageOf(error));
    }
  };

  /** Same sample and rubric, a new pair of judges. The old panels stay until the new pair starts. */
  const regenerate = async () => {
    if (!round) return;
    const epoch = roundEpoch.current;
    setCreating(true);
    setCreateError(null);
    try {
      const battle = await api.regenerate(round.battle.id);
      if (epoch !== roundEpoch.current) return;
      roundEpoch.current++;
      setCreating(false);
      setVote({ status: 'idle' });
      setAnnouncement('');
      startStreaming(battle);
    } catch (error) {
      if (epoch !== roundEpoch.current) return;
      setCreating(false);
      setCreateError(messageOf(error));
    }
  };

  // Record when each judge stops, so its timer freezes.
  useEffect(() => {
    for (const position of ['A', 'B'] as const) {
      if (round && !isRunning(judges[position]) && finishedAt[position] === undefined) {
        setFinishedAt((previous) => ({ ...previous, [position]: Date.now() }));
      }
    }
  }, [judges, round, finishedAt]);

  // A new pair of judges starts below the fold on small screens: bring it into view.
  const battleId = round?.battle.id;
  useEffect(() => {
    const section = judgesSection.current;
    if (battleId && section && section.getBoundingClientRect().top > window.innerHeight * 0.6) {
      section.scrollIntoView({ block: 'start' });
    }
  }, [battleId]);

  const running = round !== null && anyRunning(judges) && streamError === null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  // Tell screen-reader users what the judges concluded (the streaming text itself would be too chatty).
  const phases = `${judges.A.phase}/${judges.B.phase}`;
  useEffect(() => {
    if (!round) return;
    if (bothComplete(judges)) {
      setAnnouncement(
        `Judge A scored ${judges.A.score} out of 5. Judge B scored ${judges.B.score} out of 5. Vote with keys 1 to 4.`,
      );
    } else {
      const parts = (['A', 'B'] as const).flatMap((p) =>
        judges[p].phase === 'complete'
          ? [`Judge ${p} scored ${judges[p].score} out of 5.`]
          : judges[p].phase === 'error'
            ? [`Judge ${p} failed: ${judges[p].error}`]
            : [],
      );
      setAnnouncement(parts.join(' '));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phases, round]);

  // ---- voting ----
  const canVote = round !== null && bothComplete(judges) && vote.status !== 'recorded' && vote.status !== 'sending';

  const sendVote = useCallback(
    async (choice: VoteChoice, key: string) => {
      if (!round) return;
      const epoch = roundEpoch.current;
      setVote({ status: 'sending', choice, key });
      try {
        const result = await api.vote(round.battle.id, choice, key);
        if (epoch !== roundEpoch.current) return;
        setVote({ status: 'recorded', result });
        setAnnouncement(`${outcomeMessage(result.outcome)} Judge A was ${result.models.A.name}. Judge B was ${result.models.B.name}.`);
      } catch (error) {
        // Already voted (say, in another tab): show what was recorded.
        if (error instanceof RequestError && error.status === 409) {
          const snapshot = await api.battle(round.battle.id).catch(() => null);
          if (epoch !== roundEpoch.current) return;
          if (snapshot?.vote) {
            setVote({ status: 'recorded', result: snapshot.vote });
            return;
          }
        }
        if (epoch === roundEpoch.current) setVote({ status: 'failed', choice, key, message: messageOf(error) });
      }
    },
    [round],
  );

  /** A new vote gets a new idempotency key; a retry of the same vote reuses it. */
  const castVote = useCallback(
    (choice: VoteChoice) => {
      if (!canVote) return;
      const key = vote.status === 'failed' && vote.choice === choice ? vote.key : newIdempotencyKey();
      void sendVote(choice, key);
    },
    [canVote, vote, sendVote],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const choice = voteForKey(event.key);
      if (choice && canVote) {
        event.preventDefault();
        castVote(choice);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canVote, castVote]);

  const recorded = vote.status === 'recorded' ? vote.result : null;
  // The vote buttons lock, so keyboard focus moves to the result and the next actions.
  useEffect(() => {
    if (recorded) outcomeHeading.current?.focus();
  }, [recorded]);
  const chosen = recorded ? recorded.choice : vote.status === 'sending' || vote.status === 'failed' ? vote.choice : null;
  const voteHint = recorded
    ? 'Your vote is recorded.'
    : vote.status === 'sending'
      ? 'Recording your vote…'
      : round && bothComplete(judges)
        ? 'Which judge do you agree with? Press 1–4 or choose a button.'
        : 'Voting opens when both judges have given a score.';

  const elapsed = (position: Position) =>
    round ? Math.max(0, Math.floor(((finishedAt[position] ?? now) - round.startedAt) / 1000)) : 0;

  const failed = round !== null && anyFailed(judges);
  const canRegenerate = round !== null && !running && !creating && vote.status !== 'sending';

  return (
    <div class="arena">
      <div class="page-intro">
        <h1 tabIndex={-1}>Which judge do you agree with?</h1>
        <p>
          Two anonymous AI judges grade the same answer against the same rubric. Read both critiques, vote for the one
          you agree with, and only then see which models they were.
        </p>
      </div>

      {config.status === 'error' && (
        <ErrorNotice message={`Could not load the arena settings. ${config.message}`} onRetry={config.retry} />
      )}
      {resting && (
        <div class="notice notice-info" role="status">
          <p>
            <strong>The arena is resting.</strong> {resting.message}
          </p>
          <p>Back around {formatTime(resting.until)}.</p>
        </div>
      )}

      <SamplePanel
        fields={fields}
        problems={shownSampleProblems}
        limits={limits}
        sampleLoad={sampleLoad}
        onEdit={editSample}
        onRandomSample={newRound}
        onToggleReference={toggleReference}
        responseGenerator={siteConfig ? siteConfig.responseGenerator : null}
        generation={generation}
        onGenerate={() => void generateResponse()}
      />

      <RubricEditor
        rubric={rubric}
        problems={shownRubricProblems}
        limits={limits}
        presets={PRESET_OPTIONS}
        presetId={presetId}
        edited={!preset || !sameRubric(preset.rubric, rubric)}
        onChoosePreset={choosePreset}
        onEdit={editRubric}
        onReset={resetRubric}
      />

      {!round && (
        <div class="run-row">
          <button
            type="button"
            class="button button-primary button-large"
            onClick={() => void runJudges()}
            disabled={creating || sampleLoad.status === 'loading' || resting !== null}
          >
            Run judges
          </button>
          {creating && <Progress label="Starting the judges…" inline />}
          {formError && (
            <p class="notice notice-error" role="alert">
              {formError}
            </p>
          )}
          {createError && <ErrorNotice message={createError} onRetry={() => void runJudges()} />}
        </div>
      )}
      <div ref={turnstileBox} class="turnstile-box" />

      {round && (
        <section class="judges-section" aria-labelledby="judges-heading" ref={judgesSection}>
          <h2 id="judges-heading" class="sr-only">
            The judges
          </h2>
          <div class="judges">
            {(['A', 'B'] as const).map((position) => (
              <JudgePanel
                key={position}
                position={position}
                panel={judges[position]}
                elapsedSeconds={elapsed(position)}
                revealed={
                  recorded ? { model: recorded.models[position], agreed: agreedWith(position, recorded.choice) } : null
                }
                onRegenerate={canRegenerate && !recorded && resting === null ? () => void regenerate() : null}
              />
            ))}
          </div>
          {creating && <Progress label="Choosing two new judges…" />}
          {createError && <ErrorNotice message={createError} onRetry={() => void regenerate()} />}
          {streamError && (
            <ErrorNotice
              message={`Lost the connection to the judges. ${streamError}`}
              onRetry={() => round && startStreaming(round.battle)}
              retryLabel="Reconnect"
            />
          )}

          {!failed && (
            <VoteBar
              enabled={canVote}
              chosen={chosen}
              locked={recorded !== null}
              hint={voteHint}
              onVote={castVote}
            />
          )}
          {vote.status === 'failed' && (
            <ErrorNotice message={vote.message} onRetry={() => castVote(vote.choice)} retryLabel="Send my vote again" />
          )}
          {failed && !recorded && (
            <div class="outcome-actions">
              <NewRoundButton onClick={newRound} />
            </div>
          )}
          {recorded && (
            <div class="outcome">
              <p class="outcome-message" tabIndex={-1} ref={outcomeHeading}>
                {outcomeMessage(recorded.outcome)}
              </p>
              <div class="outcome-actions">
                <button
                  type="button"
                  class="button"
                  onClick={() => void regenerate()}
                  disabled={!canRegenerate || resting !== null}
                >
                  Regenerate judges
                </button>
                <NewRoundButton onClick={newRound} primary />
              </div>
            </div>
          )}
        </section>
      )}
      <p class="sr-only" aria-live="polite" id="judges-announcer">
        {announcement}
      </p>
    </div>
  );
}

function NewRoundButton({ onClick, primary = false }: { onClick: () => void; primary?: boolean }) {
  return (
    <button type="button" class={primary ? 'button button-primary' : 'button'} onClick={onClick}>
      <span aria-hidden="true">🎲 </span>New round
    </button>
  );
}

function sameRubric(a: Rubric, b: Rubric): boolean {
  return a.criteria === b.criteria && a.scores.every((score, i) => score === b.scores[i]);
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'soon' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
