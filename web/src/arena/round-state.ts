// One round of the arena as a state machine: the judging format, the sample and rubric being edited, the battle being created,
// then (judging-state.ts) the two judges streaming, the vote, the reveal and a new pair of judges.
// Pure: the page performs the requests a state asks for (use-round-requests.ts) and feeds each answer back
// as an action. Every request gets an id, and an answer whose id is no longer the pending one (the visitor
// moved on) is ignored here, in one place.
import type { BattleRequest, JudgeFormat, PublicBattle, PublicSample } from '../api/types';
import { battleRequest } from './battle-request';
import {
  choicesForSample,
  DEFAULT_RUBRICS,
  findPreset,
  presetIdOf,
  rubricInEditor,
  rubricIsEdited,
  SAMPLE_PRESET_ID,
  withChosenRubric,
  withDefaultRubric,
  withEditedRubric,
  type FormatRubric,
  type RubricChoices,
} from './format-rubrics';
import {
  hasRubricProblem,
  hasSampleProblem,
  responseFieldsOf,
  rubricProblems,
  sampleProblems,
  type Limits,
  type ResponseField,
  type SampleFields,
} from './input-validation';
import { judgingReducer, newJudging, type Judging, type JudgingAction } from './judging-state';

export type SampleLoad =
  | { status: 'idle' }
  | { status: 'loading'; id: number; format: JudgeFormat; withReference: boolean }
  | { status: 'error'; message: string };

export type Generation =
  | { status: 'idle' }
  /** `target` is the response field the generated answer goes into. */
  | { status: 'loading'; id: number; input: string; target: ResponseField }
  | { status: 'error'; message: string; target: ResponseField };

/** What the run row says when there is no battle: fix the form, or the battle could not be created. */
export type SetupNotice = { kind: 'fix-fields' } | { kind: 'create-failed'; message: string };

export type Round =
  | { stage: 'setup'; notice: SetupNotice | null }
  | { stage: 'creating'; id: number; request: BattleRequest; turnstileSiteKey: string | null }
  | Judging;

export interface RoundState {
  /** The judging format: it decides the sample's response fields, the rubric and the verdicts. */
  format: JudgeFormat;
  fields: SampleFields;
  /** The bank sample the fields hold; undefined once the visitor edits them. */
  sampleId: string | undefined;
  /** The last loaded sample's own rubric, offered as a choice; null when it had none. */
  sampleRubric: FormatRubric | null;
  sampleLoad: SampleLoad;
  generation: Generation;
  /** Each format's rubric in the editor; the current one is rubrics[format]. */
  rubrics: RubricChoices;
  /** Set by a try to run: from then on every problem shows, not only those of fields with text in them. */
  attempted: boolean;
  round: Round;
  /** The id of the last request issued; the next one takes the next number. */
  lastRequestId: number;
}

/** What the server's settings decide about a round. */
export interface ArenaSettings {
  limits: Limits;
  /** The daily budget is spent: no new battles until it refills. */
  resting: boolean;
  turnstileSiteKey: string | null;
}

export type RoundAction =
  | { type: 'formatChosen'; format: JudgeFormat }
  | { type: 'sampleRequested'; withReference: boolean }
  | { type: 'sampleLoaded'; request: number; sample: PublicSample }
  | { type: 'sampleFailed'; request: number; message: string }
  | { type: 'sampleEdited'; change: Partial<SampleFields> }
  | { type: 'referenceToggled'; on: boolean }
  | { type: 'responseRequested'; target: ResponseField }
  | { type: 'responseGenerated'; request: number; response: string }
  | { type: 'responseFailed'; request: number; message: string }
  | { type: 'presetChosen'; id: string }
  | { type: 'rubricEdited'; rubric: FormatRubric }
  | { type: 'rubricReset' }
  | { type: 'runRequested'; settings: ArenaSettings }
  | { type: 'battleCreated'; request: number; battle: PublicBattle; at: number }
  | { type: 'battleFailed'; request: number; message: string }
  | JudgingAction;

const IDLE = { status: 'idle' } as const;
const SETUP: Round = { stage: 'setup', notice: null };

/** The page opens on a random likert sample without a reference answer, already being loaded. */
export function initialRoundState(): RoundState {
  return {
    format: 'likert',
    fields: { input: '', response: '', first: '', second: '', reference: '', useReference: false },
    sampleId: undefined,
    sampleRubric: null,
    sampleLoad: { status: 'loading', id: 1, format: 'likert', withReference: false },
    generation: IDLE,
    rubrics: DEFAULT_RUBRICS,
    attempted: false,
    round: SETUP,
    lastRequestId: 1,
  };
}

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  switch (action.type) {
    case 'formatChosen':
      // Each format has its own bank: a new format brings a sample of it. Until it comes (or if it fails), the texts
      // on the page are no bank sample of this format.
      if (action.format === state.format) return state;
      return requestSample({ ...state, format: action.format, sampleId: undefined }, state.fields.useReference);
    case 'sampleRequested':
      return requestSample(state, action.withReference);
    case 'sampleLoaded': {
      const load = state.sampleLoad;
      if (load.status !== 'loading' || load.id !== action.request) return state;
      return loadSample(state, action.sample, load.withReference);
    }
    case 'sampleFailed':
      if (state.sampleLoad.status !== 'loading' || state.sampleLoad.id !== action.request) return state;
      return { ...state, sampleLoad: { status: 'error', message: action.message } };
    case 'sampleEdited':
      return editSample(state, action.change);
    case 'referenceToggled':
      // Switching it on brings a sample that has a reference answer; off, the visitor's text stays, without one.
      return action.on ? requestSample(state, true) : editSample(state, { useReference: false, reference: '' });
    case 'responseRequested': {
      if (state.sampleLoad.status === 'loading' || state.generation.status === 'loading') return state;
      if (state.fields.input.trim() === '' || !responseFieldsOf(state.format).includes(action.target)) return state;
      const id = state.lastRequestId + 1;
      return { ...state, lastRequestId: id, generation: { status: 'loading', id, input: state.fields.input, target: action.target } };
    }
    case 'responseGenerated': {
      const { generation } = state;
      if (generation.status !== 'loading' || generation.id !== action.request) return state;
      return editSample({ ...state, generation: IDLE }, { [generation.target]: action.response });
    }
    case 'responseFailed':
      if (state.generation.status !== 'loading' || state.generation.id !== action.request) return state;
      return { ...state, generation: { status: 'error', message: action.message, target: state.generation.target } };
    case 'presetChosen':
      return choosePreset(state, action.id);
    case 'rubricEdited':
      if (action.rubric.format !== state.format) return state;
      return { ...state, rubrics: withEditedRubric(state.rubrics, action.rubric), round: SETUP };
    case 'rubricReset':
      return { ...state, rubrics: withDefaultRubric(state.rubrics, state.format), round: SETUP };
    case 'runRequested':
      return requestRun(state, action.settings);
    case 'battleCreated':
      if (state.round.stage !== 'creating' || state.round.id !== action.request) return state;
      return { ...state, lastRequestId: state.lastRequestId + 1, round: newJudging(action.battle, state.lastRequestId + 1, action.at) };
    case 'battleFailed':
      if (state.round.stage !== 'creating' || state.round.id !== action.request) return state;
      return { ...state, round: { stage: 'setup', notice: { kind: 'create-failed', message: action.message } } };
    default: {
      if (state.round.stage !== 'judging') return state;
      // The id is taken whether or not the judging stage issues a request with it: ids only need to be new.
      const round = judgingReducer(state.round, action, state.lastRequestId + 1);
      return round === state.round ? state : { ...state, lastRequestId: state.lastRequestId + 1, round };
    }
  }
}

/** A fresh random sample of the format, which also ends the round: the old battle is left behind, unvoted. */
function requestSample(state: RoundState, withReference: boolean): RoundState {
  const id = state.lastRequestId + 1;
  return {
    ...state,
    lastRequestId: id,
    // The switch shows the kind of sample on its way instead of flicking back until it arrives.
    fields: state.fields.useReference === withReference ? state.fields : { ...state.fields, useReference: withReference },
    sampleLoad: { status: 'loading', id, format: state.format, withReference },
    generation: IDLE,
    attempted: false,
    round: SETUP,
  };
}

/** The sample's texts fill the fields of its format (the others are emptied); its own rubric may take the editor's place. */
function loadSample(state: RoundState, sample: PublicSample, withReference: boolean): RoundState {
  const texts =
    sample.format === 'pairwise'
      ? { response: '', first: sample.responses[0], second: sample.responses[1] }
      : { response: sample.response, first: '', second: '' };
  const sampleRubric = sampleRubricOf(sample);
  return {
    ...state,
    fields: { input: sample.input, ...texts, reference: sample.reference ?? '', useReference: withReference },
    sampleId: sample.id,
    sampleRubric,
    rubrics: choicesForSample(state.rubrics, state.format, sampleRubric),
    sampleLoad: IDLE,
  };
}

function sampleRubricOf(sample: PublicSample): FormatRubric | null {
  switch (sample.format) {
    case 'likert':
      return sample.rubric ? { format: 'likert', rubric: sample.rubric } : null;
    case 'binary':
      return { format: 'binary', rubric: sample.rubric };
    case 'pairwise':
      return sample.rubric ? { format: 'pairwise', rubric: sample.rubric } : null;
  }
}

/** A preset of the current format, or the sample's own rubric; a preset that needs a reference brings a sample with one. */
function choosePreset(state: RoundState, id: string): RoundState {
  const { format, sampleRubric } = state;
  if (id === SAMPLE_PRESET_ID) {
    if (sampleRubric?.format !== format) return state;
    return { ...state, rubrics: withChosenRubric(state.rubrics, sampleRubric, id), round: SETUP };
  }
  const preset = findPreset(format, id);
  if (!preset) return state;
  const next: RoundState = { ...state, rubrics: withChosenRubric(state.rubrics, preset.rubric, id), round: SETUP };
  return preset.usesReference && !state.fields.useReference ? requestSample(next, true) : next;
}

/** Editing the sample makes it a custom one and starts a new round; a sample or response on its way is dropped. */
function editSample(state: RoundState, change: Partial<SampleFields>): RoundState {
  return {
    ...state,
    fields: { ...state.fields, ...change },
    sampleId: undefined,
    sampleLoad: IDLE,
    generation: state.generation.status === 'loading' ? IDLE : state.generation,
    round: SETUP,
  };
}

function requestRun(state: RoundState, settings: ArenaSettings): RoundState {
  if (state.round.stage !== 'setup' || state.sampleLoad.status === 'loading' || settings.resting) return state;
  const { fields, format, rubrics, sampleId } = state;
  const rubric = rubricInEditor(rubrics, format);
  if (hasSampleProblem(sampleProblems(fields, format, settings.limits)) || hasRubricProblem(rubricProblems(rubric, settings.limits))) {
    return { ...state, attempted: true, round: { stage: 'setup', notice: { kind: 'fix-fields' } } };
  }
  const id = state.lastRequestId + 1;
  // The bank sample's own rubric, untouched, is left for the server to take from the sample.
  const samplesOwn = sampleId !== undefined && presetIdOf(rubrics, format) === SAMPLE_PRESET_ID && !rubricIsEdited(rubrics, format);
  const request: BattleRequest = battleRequest(fields, sampleId, rubric, !samplesOwn);
  return {
    ...state,
    attempted: true,
    lastRequestId: id,
    round: { stage: 'creating', id, request, turnstileSiteKey: settings.turnstileSiteKey },
  };
}

