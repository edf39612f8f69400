// The arena round as a state machine: every transition the page relies on, driven through the pure reducer.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, RUBRIC_PRESETS } from '@shared/rubric-presets';
import type { BattleDetails, PublicBattle, PublicSample, VoteAnswer } from '../../web/src/api/types';
import { UNFINISHED_MESSAGE } from '../../web/src/arena/judges-state';
import { canRegenerate, canVote, judgesAtWork, type Judging } from '../../web/src/arena/judging-state';
import {
  initialRoundState,
  roundReducer,
  type ArenaSettings,
  type RoundAction,
  type RoundState,
} from '../../web/src/arena/round-state';

const SETTINGS: ArenaSettings = { limits: { maxTextChars: 100, maxRubricChars: 1000 }, resting: false, turnstileSiteKey: null };

const play = (state: RoundState, ...actions: RoundAction[]) => actions.reduce(roundReducer, state);

const sample = (id: string, reference?: string): PublicSample => ({
  format: 'likert',
  id,
  input: `Question ${id}?`,
  response: `Answer ${id}.`,
  reference,
  category: 'general',
});

const battle = (id: string): PublicBattle => ({ format: 'likert', id, input: 'Q?', response: 'A.', rubric: DEFAULT_RUBRIC });

const answer = (choice: VoteAnswer['choice']): VoteAnswer => ({
  choice,
  outcome: 'underdog',
  models: {
    A: { id: 'judge-a', name: 'Judge Alpha', organization: 'Org A', kind: 'llm' },
    B: { id: 'judge-b', name: 'Judge Beta', organization: 'Org B', kind: 'llm' },
  },
});

/** The id of the sample request the state is waiting on. */
function sampleRequest(state: RoundState): number {
  if (state.sampleLoad.status !== 'loading') throw new Error(`no sample is loading (${state.sampleLoad.status})`);
  return state.sampleLoad.id;
}

function judgingOf(state: RoundState): Judging {
  if (state.round.stage !== 'judging') throw new Error(`not judging (${state.round.stage})`);
  return state.round;
}

/** A page with a bank sample loaded. */
function loaded(): RoundState {
  const start = initialRoundState();
  return play(start, { type: 'sampleLoaded', request: sampleRequest(start), sample: sample('s1') });
}

/** A battle created from the loaded sample, its judges not yet heard from. */
function judging(id = 'b1', at = 1_000): RoundState {
  const creating = play(loaded(), { type: 'runRequested', settings: SETTINGS });
  if (creating.round.stage !== 'creating') throw new Error('run did not start');
  return play(creating, { type: 'battleCreated', request: creating.round.id, battle: battle(id), at });
}

const streamOf = (state: RoundState) => judgingOf(state).stream.id;

/** Both judges scored on the current stream. */
function scored(state = judging()): RoundState {
  const stream = streamOf(state);
  return play(
    state,
    { type: 'streamEvent', stream, event: { type: 'delta', judge: 'A', text: 'Clear ' } },
    { type: 'streamEvent', stream, event: { type: 'judgment', judge: 'A', score: 4, critique: 'Clear.' } },
    { type: 'streamEvent', stream, event: { type: 'judgment', judge: 'B', score: 2, critique: 'Vague.' } },
    { type: 'streamEvent', stream, event: { type: 'done' } },
  );
}

function voteRequest(state: RoundState) {
  const { vote } = judgingOf(state);
  if (vote.status !== 'sending') throw new Error(`no vote on its way (${vote.status})`);
  return vote;
}

describe('the sample', () => {
  it('opens by loading a random sample without a reference, and fills the fields with it', () => {
    const start = initialRoundState();
    expect(start.sampleLoad).toMatchObject({ status: 'loading', format: 'likert', withReference: false });
    const state = play(start, { type: 'sampleLoaded', request: sampleRequest(start), sample: sample('s1', 'Ref.') });
    expect(state.fields).toEqual({ input: 'Question s1?', response: 'Answer s1.', first: '', second: '', reference: 'Ref.', useReference: false });
    expect(state.sampleId).toBe('s1');
    expect(state.sampleLoad.status).toBe('idle');
  });

  it('ignores the answer to a sample request that a newer one replaced', () => {
    const start = initialRoundState();
    const first = sampleRequest(start);
    const again = play(start, { type: 'sampleRequested', withReference: false });
    const second = sampleRequest(again);
    expect(second).not.toBe(first);
    const late = play(again, { type: 'sampleLoaded', request: first, sample: sample('old') });
    expect(late).toBe(again);
    const failedLate = play(again, { type: 'sampleFailed', request: first, message: 'gone' });
    expect(failedLate).toBe(again);
    expect(play(again, { type: 'sampleLoaded', request: second, sample: sample('new') }).sampleId).toBe('new');
  });

  it('shows a failed load, and a new request clears it', () => {
    const start = initialRoundState();
    const failed = play(start, { type: 'sampleFailed', request: sampleRequest(start), message: 'The bank is down.' });
    expect(failed.sampleLoad).toEqual({ status: 'error', message: 'The bank is down.' });
    expect(play(failed, { type: 'sampleRequested', withReference: false }).sampleLoad.status).toBe('loading');
  });

  it('editing makes the sample a custom one and ends the round', () => {
    const state = play(scored(), { type: 'sampleEdited', change: { input: 'My own question?' } });
    expect(state.fields.input).toBe('My own question?');
    expect(state.fields.response).toBe('Answer s1.');
    expect(state.sampleId).toBeUndefined();
    expect(state.round).toEqual({ stage: 'setup', notice: null });
  });

  it('editing drops a sample on its way', () => {
    const start = initialRoundState();
    const edited = play(start, { type: 'sampleEdited', change: { input: 'Mine' } });
    expect(edited.sampleLoad.status).toBe('idle');
    expect(play(edited, { type: 'sampleLoaded', request: sampleRequest(start), sample: sample('late') }).fields.input).toBe('Mine');
  });

  it('the reference switch shows at once and brings a sample with a reference; off, it clears the reference', () => {
    const on = play(loaded(), { type: 'referenceToggled', on: true });
    expect(on.fields.useReference).toBe(true);
    expect(on.sampleLoad).toMatchObject({ status: 'loading', withReference: true });
    const withRef = play(on, { type: 'sampleLoaded', request: sampleRequest(on), sample: sample('s2', 'The reference.') });
    expect(withRef.fields).toMatchObject({ reference: 'The reference.', useReference: true });

    const off = play(withRef, { type: 'referenceToggled', on: false });
    expect(off.fields).toMatchObject({ input: 'Question s2?', reference: '', useReference: false });
    expect(off.sampleId).toBeUndefined();
    expect(off.sampleLoad.status).toBe('idle');
  });

  it('a new sample forgets that the visitor tried to run', () => {
    const tried = play(loaded(), { type: 'sampleEdited', change: { input: '' } }, { type: 'runRequested', settings: SETTINGS });
    expect(tried.attempted).toBe(true);
    expect(play(tried, { type: 'sampleRequested', withReference: false }).attempted).toBe(false);
  });
});

describe('generating the AI response', () => {
  it('sends the current input and puts the answer in the response field', () => {
    const state = play(loaded(), { type: 'responseRequested', target: 'response' });
    expect(state.generation).toMatchObject({ status: 'loading', input: 'Question s1?' });
    if (state.generation.status !== 'loading') throw new Error('not generating');
    const done = play(state, { type: 'responseGenerated', request: state.generation.id, response: 'Generated.' });
    expect(done.fields.response).toBe('Generated.');
    expect(done.sampleId).toBeUndefined();
    expect(done.generation.status).toBe('idle');
  });

  it('needs an input, and one request at a time', () => {
    const blank = play(loaded(), { type: 'sampleEdited', change: { input: '  ' } });
    expect(play(blank, { type: 'responseRequested', target: 'response' })).toBe(blank);
    const generating = play(loaded(), { type: 'responseRequested', target: 'response' });
    expect(play(generating, { type: 'responseRequested', target: 'response' })).toBe(generating);
  });

  it('editing the sample meanwhile drops the answer; a failure is shown', () => {
    const generating = play(loaded(), { type: 'responseRequested', target: 'response' });
    if (generating.generation.status !== 'loading') throw new Error('not generating');
    const request = generating.generation.id;
    const edited = play(generating, { type: 'sampleEdited', change: { input: 'Changed my mind?' } });
    expect(edited.generation.status).toBe('idle');
    expect(play(edited, { type: 'responseGenerated', request, response: 'Too late.' }).fields.response).toBe('Answer s1.');
    expect(play(generating, { type: 'responseFailed', request, message: 'No generator.' }).generation).toEqual({
      status: 'error',
      message: 'No generator.',
      target: 'response',
    });
  });
});

describe('the rubric', () => {
  it('a preset replaces the rubric and ends the round; an unknown one is ignored', () => {
    const preset = RUBRIC_PRESETS.find((p) => !p.usesReference && p.rubric !== DEFAULT_RUBRIC)!;
    const state = play(scored(), { type: 'presetChosen', id: preset.id });
    expect(state.rubrics.likert.presetId).toBe(preset.id);
    expect(state.rubrics.likert.rubric).toBe(preset.rubric);
    expect(state.round.stage).toBe('setup');
    expect(state.sampleLoad.status).toBe('idle');
    expect(play(state, { type: 'presetChosen', id: 'no-such-preset' })).toBe(state);
  });

  it('a preset that needs a reference brings a sample with one', () => {
    const preset = RUBRIC_PRESETS.find((p) => p.usesReference)!;
    const state = play(loaded(), { type: 'presetChosen', id: preset.id });
    expect(state.sampleLoad).toMatchObject({ status: 'loading', withReference: true });
    expect(state.fields.useReference).toBe(true);
  });

  it('editing and resetting the rubric end the round', () => {
    const edited = play(scored(), { type: 'rubricEdited', rubric: { format: 'likert', rubric: { ...DEFAULT_RUBRIC, criteria: 'Brevity.' } } });
    expect(edited.rubrics.likert.rubric.criteria).toBe('Brevity.');
    expect(edited.round.stage).toBe('setup');
    const reset = play(edited, { type: 'rubricReset' });
    expect(reset.rubrics.likert.rubric).toBe(DEFAULT_RUBRIC);
  });
});

describe('creating the battle', () => {
  it('sends the fields, the rubric and the bank sample id; the reference only when switched on and not blank', () => {
    const creating = play(loaded(), { type: 'runRequested', settings: { ...SETTINGS, turnstileSiteKey: 'site-key' } });
    expect(creating.attempted).toBe(true);
    expect(creating.round).toMatchObject({
      stage: 'creating',
      turnstileSiteKey: 'site-key',
      request: { format: 'likert', sampleId: 's1', input: 'Question s1?', response: 'Answer s1.', reference: undefined, rubric: DEFAULT_RUBRIC },
    });
    const withRef = play(loaded(), { type: 'sampleEdited', change: { useReference: true, reference: 'Ref' } }, { type: 'runRequested', settings: SETTINGS });
    expect(withRef.round).toMatchObject({ request: { reference: 'Ref', sampleId: undefined } });
    const blankRef = play(loaded(), { type: 'sampleEdited', change: { useReference: true, reference: '  ' } }, { type: 'runRequested', settings: SETTINGS });
    expect(blankRef.round).toEqual({ stage: 'setup', notice: { kind: 'fix-fields' } });
  });

  it('asks to fix the fields instead of sending anything when one is invalid', () => {
    const tooLong = play(loaded(), { type: 'sampleEdited', change: { response: 'x'.repeat(101) } });
    const state = play(tooLong, { type: 'runRequested', settings: SETTINGS });
    expect(state.round).toEqual({ stage: 'setup', notice: { kind: 'fix-fields' } });
    expect(state.lastRequestId).toBe(tooLong.lastRequestId);
  });

  it('does not start while the arena rests, while a sample loads, or twice', () => {
    expect(play(loaded(), { type: 'runRequested', settings: { ...SETTINGS, resting: true } }).round.stage).toBe('setup');
    const start = initialRoundState();
    expect(play(start, { type: 'runRequested', settings: SETTINGS })).toBe(start);
    const creating = play(loaded(), { type: 'runRequested', settings: SETTINGS });
    expect(play(creating, { type: 'runRequested', settings: SETTINGS })).toBe(creating);
  });

  it('a failure is shown with a retry that sends again', () => {
    const creating = play(loaded(), { type: 'runRequested', settings: SETTINGS });
    if (creating.round.stage !== 'creating') throw new Error('not creating');
    const failed = play(creating, { type: 'battleFailed', request: creating.round.id, message: 'Too many battles.' });
    expect(failed.round).toEqual({ stage: 'setup', notice: { kind: 'create-failed', message: 'Too many battles.' } });
    expect(play(failed, { type: 'runRequested', settings: SETTINGS }).round.stage).toBe('creating');
  });

  it('a battle created for a round the visitor has left is ignored', () => {
    const creating = play(loaded(), { type: 'runRequested', settings: SETTINGS });
    if (creating.round.stage !== 'creating') throw new Error('not creating');
    const left = play(creating, { type: 'rubricReset' });
    expect(play(left, { type: 'battleCreated', request: creating.round.id, battle: battle('b1'), at: 5 })).toBe(left);
  });

  it('a created battle starts both judges, timed from when it arrived', () => {
    const state = judgingOf(judging('b1', 1_234));
    expect(state.battle.id).toBe('b1');
    expect(state.stream).toMatchObject({ startedAt: 1_234, error: null });
    expect(state.judges.A.phase).toBe('waiting');
    expect(judgesAtWork(state)).toBe(true);
    expect(canVote(state)).toBe(false);
  });
});

describe('streaming', () => {
  it('applies the events of the current stream, per judge, and opens the vote once both scored', () => {
    const state = judgingOf(scored());
    expect(state.judges.A).toMatchObject({ phase: 'complete', verdict: { format: 'likert', score: 4 }, text: 'Clear.' });
    expect(state.judges.B).toMatchObject({ phase: 'complete', verdict: { format: 'likert', score: 2 } });
    expect(judgesAtWork(state)).toBe(false);
    expect(canVote(state)).toBe(true);
  });

  it('a judge error keeps the vote closed; an unfinished judge fails when the battle is done', () => {
    const start = judging();
    const stream = streamOf(start);
    const state = judgingOf(
      play(
        start,
        { type: 'streamEvent', stream, event: { type: 'judge_error', judge: 'B', message: 'Too slow.' } },
        { type: 'streamEvent', stream, event: { type: 'done' } },
      ),
    );
    expect(state.judges.B).toMatchObject({ phase: 'error', error: 'Too slow.' });
    expect(state.judges.A).toMatchObject({ phase: 'error', error: UNFINISHED_MESSAGE });
    expect(canVote(state)).toBe(false);
    expect(canRegenerate(state, false)).toBe(true);
  });

  it('a lost stream with no stored result shows the error and stops the clock; a reconnect starts over', () => {
    const start = judging();
    const stream = streamOf(start);
    const partial = play(start, { type: 'streamEvent', stream, event: { type: 'delta', judge: 'A', text: 'Half' } });
    const lost = play(partial, { type: 'streamLost', stream, message: 'Offline.', snapshot: null });
    expect(judgingOf(lost).stream.error).toBe('Offline.');
    expect(judgesAtWork(judgingOf(lost))).toBe(false);
    expect(judgingOf(lost).judges.A.text).toBe('Half');

    const again = play(lost, { type: 'reconnectRequested', at: 9_000 });
    const reconnected = judgingOf(again);
    expect(reconnected.stream).toMatchObject({ startedAt: 9_000, error: null });
    expect(reconnected.stream.id).not.toBe(stream);
    expect(reconnected.judges.A).toMatchObject({ phase: 'waiting', text: '' });
    // The old connection's events no longer count.
    expect(play(again, { type: 'streamEvent', stream, event: { type: 'delta', judge: 'A', text: 'old' } })).toBe(again);
    // A reconnect only follows a lost stream.
    expect(play(again, { type: 'reconnectRequested', at: 10_000 })).toBe(again);
  });

  it('a lost stream whose battle is stored complete shows the stored judgments, and its vote if any', () => {
    const start = judging();
    const snapshot: BattleDetails = {
      ...battle('b1'),
      status: 'voted',
      judgments: { A: { status: 'complete', score: 5, critique: 'Great.' }, B: { status: 'complete', score: 1, critique: 'Bad.' } },
      vote: answer('A'),
    };
    const state = judgingOf(play(start, { type: 'streamLost', stream: streamOf(start), message: 'Offline.', snapshot }));
    expect(state.stream.error).toBeNull();
    expect(state.judges.A).toMatchObject({ phase: 'complete', verdict: { format: 'likert', score: 5 } });
    expect(state.vote).toEqual({ status: 'recorded', result: answer('A') });

    const running = { ...snapshot, status: 'running' as const, vote: undefined, judgments: { ...snapshot.judgments, B: { status: 'pending' as const } } };
    const stillRunning = judgingOf(play(start, { type: 'streamLost', stream: streamOf(start), message: 'Offline.', snapshot: running }));
    expect(stillRunning.stream.error).toBe('Offline.');
    expect(stillRunning.vote.status).toBe('idle');
  });
});

describe('voting', () => {
  it('no vote before both judges scored', () => {
    const state = judging();
    expect(play(state, { type: 'voteRequested', choice: 'A', freshKey: 'k1' })).toBe(state);
  });

  it('sends one vote at a time and records the answer, which locks the vote', () => {
    const sending = play(scored(), { type: 'voteRequested', choice: 'A', freshKey: 'k1' });
    expect(voteRequest(sending)).toMatchObject({ choice: 'A', key: 'k1' });
    expect(canRegenerate(judgingOf(sending), false)).toBe(false);
    expect(play(sending, { type: 'voteRequested', choice: 'B', freshKey: 'k2' })).toBe(sending);

    const recorded = play(sending, { type: 'voteRecorded', request: voteRequest(sending).id, result: answer('A') });
    expect(judgingOf(recorded).vote).toEqual({ status: 'recorded', result: answer('A') });
    expect(play(recorded, { type: 'voteRequested', choice: 'B', freshKey: 'k3' })).toBe(recorded);
    expect(canRegenerate(judgingOf(recorded), false)).toBe(true);
    expect(canRegenerate(judgingOf(recorded), true)).toBe(false);
  });

  it('a failed vote keeps its idempotency key for a retry of the same choice, and takes a new one for another', () => {
    const sending = play(scored(), { type: 'voteRequested', choice: 'tie', freshKey: 'k1' });
    const failed = play(sending, { type: 'voteFailed', request: voteRequest(sending).id, message: 'Offline.' });
    expect(judgingOf(failed).vote).toEqual({ status: 'failed', choice: 'tie', key: 'k1', message: 'Offline.' });
    expect(voteRequest(play(failed, { type: 'voteRequested', choice: 'tie', freshKey: 'k2' })).key).toBe('k1');
    expect(voteRequest(play(failed, { type: 'voteRequested', choice: 'B', freshKey: 'k3' })).key).toBe('k3');
  });

  it('the answer to a vote for a round the visitor left is ignored', () => {
    const sending = play(scored(), { type: 'voteRequested', choice: 'A', freshKey: 'k1' });
    const newRound = play(sending, { type: 'sampleRequested', withReference: false });
    expect(newRound.round.stage).toBe('setup');
    expect(play(newRound, { type: 'voteRecorded', request: voteRequest(sending).id, result: answer('A') })).toBe(newRound);
  });
});

describe('regenerating the judges', () => {
  it('not while the judges are at work, nor while the arena rests', () => {
    const running = judging();
    expect(play(running, { type: 'regenerateRequested', resting: false })).toBe(running);
    const done = scored();
    expect(play(done, { type: 'regenerateRequested', resting: true })).toBe(done);
  });

  it('keeps the old panels until the new battle arrives, then starts afresh with no vote', () => {
    const revealed = play(scored(), { type: 'voteRequested', choice: 'B', freshKey: 'k1' });
    const voted = play(revealed, { type: 'voteRecorded', request: voteRequest(revealed).id, result: answer('B') });
    const asking = play(voted, { type: 'regenerateRequested', resting: false });
    const regeneration = judgingOf(asking).regeneration;
    expect(regeneration.status).toBe('sending');
    expect(judgingOf(asking).judges.A.phase).toBe('complete');
    expect(play(asking, { type: 'regenerateRequested', resting: false })).toBe(asking);
    if (regeneration.status !== 'sending') throw new Error('not regenerating');

    const fresh = judgingOf(play(asking, { type: 'regenerated', request: regeneration.id, battle: battle('b2'), at: 7_000 }));
    expect(fresh.battle.id).toBe('b2');
    expect(fresh.vote.status).toBe('idle');
    expect(fresh.regeneration.status).toBe('idle');
    expect(fresh.stream).toMatchObject({ startedAt: 7_000, error: null });
    expect(fresh.stream.id).not.toBe(judgingOf(asking).stream.id);
    expect(fresh.judges.A.phase).toBe('waiting');
  });

  it('a failure is shown next to the old panels, and can be retried', () => {
    const asking = play(scored(), { type: 'regenerateRequested', resting: false });
    const regeneration = judgingOf(asking).regeneration;
    if (regeneration.status !== 'sending') throw new Error('not regenerating');
    const failed = play(asking, { type: 'regenerateFailed', request: regeneration.id, message: 'No other judges.' });
    expect(judgingOf(failed).regeneration).toEqual({ status: 'failed', message: 'No other judges.' });
    expect(judgingOf(failed).battle.id).toBe('b1');
    expect(judgingOf(play(failed, { type: 'regenerateRequested', resting: false })).regeneration.status).toBe('sending');
  });
});
