// The arena round in each judging format (issue 10): the switch, the sample's fields, the rubric per format and
// the sample's own rubric, and the battle request in its format's shape, driven through the pure reducer.
import { describe, expect, it } from 'vitest';
import {
  BINARY_RUBRIC_PRESETS,
  CODE_IS_CORRECT,
  DEFAULT_BINARY_RUBRIC,
  DEFAULT_PAIRWISE_RUBRIC,
  FOLLOWS_INSTRUCTIONS,
} from '@shared/format-rubric-presets';
import { DEFAULT_RUBRIC } from '@shared/rubric-presets';
import { createBattleSchema } from '@shared/request-schemas';
import type { BinaryRubric, PublicBattle, PublicSample } from '../../web/src/api/types';
import { SAMPLE_PRESET_ID } from '../../web/src/arena/format-rubrics';
import { initialRoundState, roundReducer, type ArenaSettings, type RoundAction, type RoundState } from '../../web/src/arena/round-state';
import { announcement, presetOptions, rubricEdited, shownProblems, shownRubric, voteHint } from '../../web/src/arena/round-view';

const SETTINGS: ArenaSettings = { limits: { maxTextChars: 100, maxRubricChars: 1000 }, resting: false, turnstileSiteKey: null };
const play = (state: RoundState, ...actions: RoundAction[]) => actions.reduce(roundReducer, state);

const SAMPLE_CHECK: BinaryRubric = {
  criteria: 'Does the response give the year of the first Moon landing correctly?',
  pass: 'It says 1969.',
  fail: 'It gives another year.',
};

const binarySample = (id: string, rubric: BinaryRubric = SAMPLE_CHECK): PublicSample => ({
  format: 'binary',
  id,
  input: 'When did people first land on the Moon?',
  response: 'In 1970.',
  category: 'factual',
  rubric,
});

const pairwiseSample = (id: string): PublicSample => ({
  format: 'pairwise',
  id,
  input: 'Reverse a string in Python.',
  responses: ['Use s[::-1].', 'Loop over the characters and prepend each one to a new string.'],
  reference: 's[::-1]',
  category: 'coding',
});

const likertSample = (id: string): Extract<PublicSample, { format: 'likert' }> => ({ format: 'likert', id, input: 'Q?', response: 'A.', category: 'writing' });

function sampleRequest(state: RoundState): number {
  if (state.sampleLoad.status !== 'loading') throw new Error(`no sample is loading (${state.sampleLoad.status})`);
  return state.sampleLoad.id;
}

/** The page switched to `format` (from the opening likert sample) and the sample it asked for arrived. */
function switchedTo(format: 'binary' | 'pairwise', sample: PublicSample, start = opened()): RoundState {
  const switched = play(start, { type: 'formatChosen', format });
  return play(switched, { type: 'sampleLoaded', request: sampleRequest(switched), sample });
}

function opened(): RoundState {
  const start = initialRoundState();
  return play(start, { type: 'sampleLoaded', request: sampleRequest(start), sample: likertSample('writing-001') });
}

/** The request "Run judges" sends, checked against the API's own schema. */
function runRequest(state: RoundState) {
  const creating = play(state, { type: 'runRequested', settings: SETTINGS });
  if (creating.round.stage !== 'creating') throw new Error(`run did not start: ${JSON.stringify(creating.round)}`);
  const { request } = creating.round;
  expect(createBattleSchema.safeParse(request).success, JSON.stringify(request)).toBe(true);
  return request;
}

describe('the format switch', () => {
  it('asks for a sample of the chosen format, keeps the reference switch, and ends the round', () => {
    const withReference = play(opened(), { type: 'referenceToggled', on: true });
    const loaded = play(withReference, { type: 'sampleLoaded', request: sampleRequest(withReference), sample: { ...likertSample('s2'), reference: 'R' } });
    const switched = play(loaded, { type: 'formatChosen', format: 'pairwise' });
    expect(switched.format).toBe('pairwise');
    expect(switched.sampleLoad).toMatchObject({ status: 'loading', format: 'pairwise', withReference: true });
    expect(switched.round).toEqual({ stage: 'setup', notice: null });
    expect(play(switched, { type: 'formatChosen', format: 'pairwise' })).toBe(switched);
  });

  it('a failed load leaves no bank sample id of another format to send', () => {
    const switched = play(opened(), { type: 'formatChosen', format: 'binary' });
    expect(switched.sampleId).toBeUndefined();
    const failed = play(switched, { type: 'sampleFailed', request: sampleRequest(switched), message: 'Offline.' });
    expect(runRequest(failed)).toMatchObject({ format: 'binary', sampleId: undefined, response: 'A.', rubric: DEFAULT_BINARY_RUBRIC });
  });

  it('drops a sample of the format the visitor has left', () => {
    const toBinary = play(opened(), { type: 'formatChosen', format: 'binary' });
    const toPairwise = play(toBinary, { type: 'formatChosen', format: 'pairwise' });
    expect(play(toPairwise, { type: 'sampleLoaded', request: sampleRequest(toBinary), sample: binarySample('binary-factual-001') })).toBe(toPairwise);
  });
});

describe('pairwise', () => {
  it('fills the first and second boxes, and sends them as responses [first, second]', () => {
    const state = switchedTo('pairwise', pairwiseSample('pairwise-coding-001'));
    expect(state.fields).toMatchObject({ response: '', first: 'Use s[::-1].', second: expect.stringMatching(/^Loop over/) });
    expect(shownRubric(state)).toEqual({ format: 'pairwise', rubric: DEFAULT_PAIRWISE_RUBRIC });
    const request = runRequest(state);
    expect(request).toEqual({
      format: 'pairwise',
      sampleId: 'pairwise-coding-001',
      input: 'Reverse a string in Python.',
      responses: ['Use s[::-1].', 'Loop over the characters and prepend each one to a new string.'],
      reference: undefined,
      rubric: DEFAULT_PAIRWISE_RUBRIC,
    });
    expect(request).not.toHaveProperty('response');
  });

  it('requires both responses (and not the single one)', () => {
    const state = play(switchedTo('pairwise', pairwiseSample('p1')), { type: 'sampleEdited', change: { second: ' ' } });
    const tried = play(state, { type: 'runRequested', settings: SETTINGS });
    expect(tried.round).toEqual({ stage: 'setup', notice: { kind: 'fix-fields' } });
    const problems = shownProblems(tried, SETTINGS.limits).sample;
    expect(problems).toMatchObject({ first: null, response: null, second: 'The second response is required.' });
  });

  it('generates into the box asked for, and only into a box of the format', () => {
    const state = switchedTo('pairwise', pairwiseSample('p1'));
    expect(play(state, { type: 'responseRequested', target: 'response' })).toBe(state);
    const generating = play(state, { type: 'responseRequested', target: 'second' });
    if (generating.generation.status !== 'loading') throw new Error('not generating');
    const done = play(generating, { type: 'responseGenerated', request: generating.generation.id, response: 'Generated.' });
    expect(done.fields).toMatchObject({ first: 'Use s[::-1].', second: 'Generated.' });
    expect(done.sampleId).toBeUndefined();
  });

  it('a custom pairwise sample is sent with the rubric and no sample id', () => {
    const state = play(switchedTo('pairwise', pairwiseSample('p1')), { type: 'sampleEdited', change: { first: 'My own first.' } });
    expect(runRequest(state)).toMatchObject({ format: 'pairwise', sampleId: undefined, responses: ['My own first.', expect.any(String)], rubric: DEFAULT_PAIRWISE_RUBRIC });
  });
});

describe('binary and the sample’s own rubric', () => {
  it("puts the sample's check in the editor and leaves it to the server while it is untouched", () => {
    const state = switchedTo('binary', binarySample('binary-factual-001'));
    expect(state.fields).toMatchObject({ response: 'In 1970.', first: '', second: '' });
    expect(shownRubric(state)).toEqual({ format: 'binary', rubric: SAMPLE_CHECK });
    expect(state.rubrics.binary.presetId).toBe(SAMPLE_PRESET_ID);
    expect(presetOptions(state)[0]).toEqual({ id: SAMPLE_PRESET_ID, label: expect.stringMatching(/sample/) });
    expect(rubricEdited(state)).toBe(false);
    const request = runRequest(state);
    expect(request).toEqual({ format: 'binary', sampleId: 'binary-factual-001', input: state.fields.input, response: 'In 1970.', reference: undefined });
  });

  it('sends the check once edited, or once the sample is the visitor’s own', () => {
    const state = switchedTo('binary', binarySample('binary-factual-001'));
    const edited = play(state, { type: 'rubricEdited', rubric: { format: 'binary', rubric: { ...SAMPLE_CHECK, fail: 'Any other year, or none.' } } });
    expect(rubricEdited(edited)).toBe(true);
    expect(runRequest(edited)).toMatchObject({ rubric: { ...SAMPLE_CHECK, fail: 'Any other year, or none.' } });
    const custom = play(state, { type: 'sampleEdited', change: { response: 'In 1969.' } });
    expect(runRequest(custom)).toMatchObject({ sampleId: undefined, response: 'In 1969.', rubric: SAMPLE_CHECK });
  });

  it('a preset the visitor picked outlasts the next sample; the sample’s check stays on offer', () => {
    const state = switchedTo('binary', binarySample('binary-factual-001'));
    const preset = BINARY_RUBRIC_PRESETS.find((p) => p.rubric === FOLLOWS_INSTRUCTIONS)!;
    const picked = play(state, { type: 'presetChosen', id: preset.id });
    expect(shownRubric(picked).rubric).toBe(FOLLOWS_INSTRUCTIONS);
    expect(runRequest(picked)).toMatchObject({ rubric: FOLLOWS_INSTRUCTIONS });

    const again = play(picked, { type: 'sampleRequested', withReference: false });
    const next = play(again, { type: 'sampleLoaded', request: sampleRequest(again), sample: binarySample('binary-coding-002', CODE_IS_CORRECT) });
    expect(shownRubric(next).rubric).toBe(FOLLOWS_INSTRUCTIONS);
    expect(presetOptions(next).map((o) => o.id)).toContain(SAMPLE_PRESET_ID);
    const back = play(next, { type: 'presetChosen', id: SAMPLE_PRESET_ID });
    expect(shownRubric(back).rubric).toBe(CODE_IS_CORRECT);
    expect(runRequest(back)).not.toHaveProperty('rubric');
  });

  it('an untouched sample check gives way to the next sample’s; the default comes back when a sample has none', () => {
    const first = switchedTo('binary', binarySample('b1'));
    const again = play(first, { type: 'sampleRequested', withReference: false });
    const second = play(again, { type: 'sampleLoaded', request: sampleRequest(again), sample: binarySample('b2', CODE_IS_CORRECT) });
    expect(shownRubric(second).rubric).toBe(CODE_IS_CORRECT);
    // Edited, it is the visitor's: the next sample does not replace it.
    const mine = { ...CODE_IS_CORRECT, criteria: 'Does the code run in O(n)?' };
    const edited = play(second, { type: 'rubricEdited', rubric: { format: 'binary', rubric: mine } }, { type: 'sampleRequested', withReference: false });
    const third = play(edited, { type: 'sampleLoaded', request: sampleRequest(edited), sample: binarySample('b3') });
    expect(shownRubric(third).rubric).toEqual(mine);

    // A likert sample may come with its own rubric too; the next one without it brings back the default.
    const own = { criteria: 'Is the poem a haiku?', scores: ['1', '2', '3', '4', '5'] as [string, string, string, string, string] };
    const start = initialRoundState();
    const withOwn = play(start, { type: 'sampleLoaded', request: sampleRequest(start), sample: { ...likertSample('w1'), rubric: own } });
    expect(shownRubric(withOwn).rubric).toBe(own);
    const more = play(withOwn, { type: 'sampleRequested', withReference: false });
    const without = play(more, { type: 'sampleLoaded', request: sampleRequest(more), sample: likertSample('w2') });
    expect(shownRubric(without)).toEqual({ format: 'likert', rubric: DEFAULT_RUBRIC });
    expect(presetOptions(without).map((o) => o.id)).not.toContain(SAMPLE_PRESET_ID);
    // Edited, the sample's own rubric stays the visitor's after a sample without one, and the picker still names it.
    const haiku = { ...own, criteria: 'Is the poem a haiku, 5-7-5?' };
    const editedOwn = play(withOwn, { type: 'rubricEdited', rubric: { format: 'likert', rubric: haiku } }, { type: 'sampleRequested', withReference: false });
    const kept = play(editedOwn, { type: 'sampleLoaded', request: sampleRequest(editedOwn), sample: likertSample('w3') });
    expect(shownRubric(kept).rubric).toEqual(haiku);
    expect(presetOptions(kept)[0]).toEqual({ id: SAMPLE_PRESET_ID, label: expect.stringMatching(/sample/) });
  });

  it('shows problems of the pass and fail descriptions', () => {
    const state = switchedTo('binary', binarySample('b1'));
    const blank = play(state, { type: 'rubricEdited', rubric: { format: 'binary', rubric: { ...SAMPLE_CHECK, pass: '' } } }, { type: 'runRequested', settings: SETTINGS });
    expect(blank.round).toEqual({ stage: 'setup', notice: { kind: 'fix-fields' } });
    expect(shownProblems(blank, SETTINGS.limits).rubric).toMatchObject({ pass: 'The description of a pass is required.', fail: null, scores: [] });
  });
});

describe('a rubric per format', () => {
  it('each format keeps its own rubric across switches; an edit for another format is ignored', () => {
    const likertEdit = { format: 'likert' as const, rubric: { ...DEFAULT_RUBRIC, criteria: 'Brevity.' } };
    const edited = play(opened(), { type: 'rubricEdited', rubric: likertEdit });
    const binary = switchedTo('binary', binarySample('b1'), edited);
    expect(shownRubric(binary).format).toBe('binary');
    expect(play(binary, { type: 'rubricEdited', rubric: likertEdit })).toBe(binary);
    const back = play(binary, { type: 'formatChosen', format: 'likert' });
    expect(shownRubric(back)).toEqual(likertEdit);
    expect(rubricEdited(back)).toBe(true);
    expect(play(back, { type: 'rubricReset' }).rubrics.likert.rubric).toBe(DEFAULT_RUBRIC);
    // The binary default is the factual-error check; the sample's check had replaced it.
    expect(play(binary, { type: 'rubricReset' }).rubrics.binary.rubric).toBe(DEFAULT_BINARY_RUBRIC);
  });

  it('a preset of another format is unknown here', () => {
    const state = opened();
    expect(play(state, { type: 'presetChosen', id: BINARY_RUBRIC_PRESETS[0].id })).toBe(state);
  });
});

describe('judging in each format', () => {
  const battles: Record<'binary' | 'pairwise', PublicBattle> = {
    binary: { format: 'binary', id: 'b1', input: 'Q?', response: 'A.', rubric: SAMPLE_CHECK },
    pairwise: { format: 'pairwise', id: 'b2', input: 'Q?', responses: ['One.', 'Two.'], rubric: DEFAULT_PAIRWISE_RUBRIC, shownOrders: { A: 'swapped', B: 'as_shown' } },
  };

  function judged(format: 'binary' | 'pairwise', ...events: RoundAction[]) {
    const state = format === 'binary' ? switchedTo('binary', binarySample('b1')) : switchedTo('pairwise', pairwiseSample('p1'));
    const creating = play(state, { type: 'runRequested', settings: SETTINGS });
    if (creating.round.stage !== 'creating') throw new Error('run did not start');
    const judging = play(creating, { type: 'battleCreated', request: creating.round.id, battle: battles[format], at: 0 });
    if (judging.round.stage !== 'judging') throw new Error('not judging');
    const stream = judging.round.stream.id;
    return play(judging, ...events.map((action) => (action.type === 'streamEvent' ? { ...action, stream } : action)));
  }

  it("says a pass/fail verdict and a preference with its judge's reading order, and opens the vote on two verdicts", () => {
    const binary = judged(
      'binary',
      { type: 'streamEvent', stream: 0, event: { type: 'judgment', judge: 'A', verdict: 'fail', critique: 'It says 1970.' } },
      { type: 'streamEvent', stream: 0, event: { type: 'judgment', judge: 'B', verdict: 'pass', critique: 'Fine.' } },
    );
    expect(announcement(binary)).toBe('Judge A gave a fail. Judge B gave a pass. Vote with keys 1 to 4.');

    const pending = judged('pairwise', { type: 'streamEvent', stream: 0, event: { type: 'reasoning', judge: 'A', text: 'Compare…' } });
    if (pending.round.stage !== 'judging') throw new Error('not judging');
    expect(voteHint(pending.round)).toBe('Voting opens when both judges have given a verdict.');
    expect(announcement(pending)).toBe('');
    const pairwise = play(
      pending,
      { type: 'streamEvent', stream: pending.round.stream.id, event: { type: 'judgment', judge: 'A', verdict: 'first', critique: 'Shorter and right.', shownOrder: 'swapped' } },
      { type: 'streamEvent', stream: pending.round.stream.id, event: { type: 'judgment', judge: 'B', verdict: 'tie', critique: 'Both right.', shownOrder: 'as_shown' } },
    );
    // Each pairwise judge's reading order (the battle's shownOrders: A swapped, B as shown) is said as its panel shows it.
    expect(announcement(pairwise)).toBe(
      'Judge A prefers the first response. This judge read the responses in the other order: its “first response” is your Second, its “second response” is your First. ' +
        'Judge B calls it a tie. This judge read the responses in your order: its “first response” is your First, its “second response” is your Second. ' +
        'Vote with keys 1 to 4.',
    );
    if (pairwise.round.stage !== 'judging') throw new Error('not judging');
    expect(pairwise.round.judges.A.reasoning).toBe('');
    expect(play(pairwise, { type: 'voteRequested', choice: 'A', freshKey: 'k' }).round).toMatchObject({ vote: { status: 'sending' } });
  });
});
