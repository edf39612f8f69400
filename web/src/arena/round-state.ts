// One round of the arena as a state machine: the sample and rubric being edited, the battle being created,
// then (judging-state.ts) the two judges streaming, the vote, the reveal and a new pair of judges.
// Pure: the page performs the requests a state asks for (use-round-requests.ts) and feeds each answer back
// as an action. Every request gets an id, and an answer whose id is no longer the pending one (the visitor
// moved on) is ignored here, in one place.
import { DEFAULT_RUBRIC, DEFAULT_RUBRIC_PRESET_ID, findRubricPreset } from '@shared/rubric-presets';
import type { BattleRequest, PublicBattle, PublicSample, Rubric } from '../api/types';
import { hasRubricProblem, hasSampleProblem, rubricProblems, sampleProblems, type Limits, type SampleFields } from './input-validation';
import { judgingReducer, newJudging, type Judging, type JudgingAction } from './judging-state';

export type SampleLoad =
  | { status: 'idle' }
  | { status: 'loading'; id: number; withReference: boolean }
  | { status: 'error'; message: string };

export type Generation =
  | { status: 'idle' }
  | { status: 'loading'; id: number; input: string }
  | { status: 'error'; message: string };

/** What the run row says when there is no battle: fix the form, or the battle could not be created. */
export type SetupNotice = { kind: 'fix-fields' } | { kind: 'create-failed'; message: string };

export type Round =
  | { stage: 'setup'; notice: SetupNotice | null }
  | { stage: 'creating'; id: number; request: BattleRequest; turnstileSiteKey: string | null }
  | Judging;

export interface RoundState {
  fields: SampleFields;
  /** The bank sample the fields hold; undefined once the visitor edits them. */
  sampleId: string | undefined;
  sampleLoad: SampleLoad;
  generation: Generation;
  presetId: string;
  rubric: Rubric;
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
  | { type: 'sampleRequested'; withReference: boolean }
  | { type: 'sampleLoaded'; request: number; sample: PublicSample }
  | { type: 'sampleFailed'; request: number; message: string }
  | { type: 'sampleEdited'; change: Partial<SampleFields> }
  | { type: 'referenceToggled'; on: boolean }
  | { type: 'responseRequested' }
  | { type: 'responseGenerated'; request: number; response: string }
  | { type: 'responseFailed'; request: number; message: string }
  | { type: 'presetChosen'; id: string }
  | { type: 'rubricEdited'; rubric: Rubric }
  | { type: 'rubricReset' }
  | { type: 'runRequested'; settings: ArenaSettings }
  | { type: 'battleCreated'; request: number; battle: PublicBattle; at: number }
  | { type: 'battleFailed'; request: number; message: string }
  | JudgingAction;

const IDLE = { status: 'idle' } as const;
const SETUP: Round = { stage: 'setup', notice: null };

/** The page opens on a random sample without a reference answer, already being loaded. */
export function initialRoundState(): RoundState {
  return {
    fields: { input: '', response: '', reference: '', useReference: false },
    sampleId: undefined,
    sampleLoad: { status: 'loading', id: 1, withReference: false },
    generation: IDLE,
    presetId: DEFAULT_RUBRIC_PRESET_ID,
    rubric: DEFAULT_RUBRIC,
    attempted: false,
    round: SETUP,
    lastRequestId: 1,
  };
}

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  switch (action.type) {
    case 'sampleRequested':
      return requestSample(state, action.withReference);
    case 'sampleLoaded': {
      const load = state.sampleLoad;
      if (load.status !== 'loading' || load.id !== action.request) return state;
      const { sample } = action;
      return {
        ...state,
        fields: { input: sample.input, response: sample.response, reference: sample.reference ?? '', useReference: load.withReference },
        sampleId: sample.id,
        sampleLoad: IDLE,
      };
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
      if (state.fields.input.trim() === '') return state;
      const id = state.lastRequestId + 1;
      return { ...state, lastRequestId: id, generation: { status: 'loading', id, input: state.fields.input } };
    }
    case 'responseGenerated':
      if (state.generation.status !== 'loading' || state.generation.id !== action.request) return state;
      return editSample({ ...state, generation: IDLE }, { response: action.response });
    case 'responseFailed':
      if (state.generation.status !== 'loading' || state.generation.id !== action.request) return state;
      return { ...state, generation: { status: 'error', message: action.message } };
    case 'presetChosen': {
      const preset = findRubricPreset(action.id);
      if (!preset) return state;
      const next: RoundState = { ...state, presetId: preset.id, rubric: preset.rubric, round: SETUP };
      return preset.usesReference && !state.fields.useReference ? requestSample(next, true) : next;
    }
    case 'rubricEdited':
      return { ...state, rubric: action.rubric, round: SETUP };
    case 'rubricReset':
      return { ...state, presetId: DEFAULT_RUBRIC_PRESET_ID, rubric: DEFAULT_RUBRIC, round: SETUP };
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

/** A fresh random sample, which also ends the round: the old battle is left behind, unvoted. */
function requestSample(state: RoundState, withReference: boolean): RoundState {
  const id = state.lastRequestId + 1;
  return {
    ...state,
    lastRequestId: id,
    // The switch shows the kind of sample on its way instead of flicking back until it arrives.
    fields: state.fields.useReference === withReference ? state.fields : { ...state.fields, useReference: withReference },
    sampleLoad: { status: 'loading', id, withReference },
    generation: IDLE,
    attempted: false,
    round: SETUP,
  };
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
  const { fields, rubric } = state;
  if (hasSampleProblem(sampleProblems(fields, settings.limits)) || hasRubricProblem(rubricProblems(rubric, settings.limits))) {
    return { ...state, attempted: true, round: { stage: 'setup', notice: { kind: 'fix-fields' } } };
  }
  const id = state.lastRequestId + 1;
  const request: BattleRequest = {
    sampleId: state.sampleId,
    input: fields.input,
    response: fields.response,
    reference: fields.useReference && fields.reference.trim() ? fields.reference : undefined,
    rubric,
  };
  return {
    ...state,
    attempted: true,
    lastRequestId: id,
    round: { stage: 'creating', id, request, turnstileSiteKey: settings.turnstileSiteKey },
  };
}

