// What the arena shows, computed from the round's state: announcements, vote hints, problems, the preset mark.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, RUBRIC_PRESETS } from '@shared/rubric-presets';
import type { StreamEvent } from '../../web/src/api/battle-stream';
import type { Judging } from '../../web/src/arena/judging-state';
import { initialRoundState, roundReducer, type RoundAction, type RoundState } from '../../web/src/arena/round-state';
import { announcement, chosenVote, rubricEdited, shownProblems, voteHint } from '../../web/src/arena/round-view';

const LIMITS = { maxTextChars: 20, maxRubricChars: 1000 };
const play = (state: RoundState, ...actions: RoundAction[]) => actions.reduce(roundReducer, state);

function judgingOf(state: RoundState): Judging {
  if (state.round.stage !== 'judging') throw new Error(`not judging (${state.round.stage})`);
  return state.round;
}

/** A round whose battle was created and whose stream delivered `events`. */
function streamed(...events: StreamEvent[]): RoundState {
  const start = initialRoundState();
  if (start.sampleLoad.status !== 'loading') throw new Error('no initial load');
  const loaded = play(start, {
    type: 'sampleLoaded',
    request: start.sampleLoad.id,
    sample: { format: 'likert', id: 's1', input: 'Q?', response: 'A.', category: 'general' },
  });
  const creating = play(loaded, { type: 'runRequested', settings: { limits: LIMITS, resting: false, turnstileSiteKey: null } });
  if (creating.round.stage !== 'creating') throw new Error('run did not start');
  const battle = { format: 'likert' as const, id: 'b1', input: 'Q?', response: 'A.', rubric: DEFAULT_RUBRIC };
  const judging = play(creating, { type: 'battleCreated', request: creating.round.id, battle, at: 0 });
  const stream = judgingOf(judging).stream.id;
  return play(judging, ...events.map((event): RoundAction => ({ type: 'streamEvent', stream, event })));
}

const bothScored: StreamEvent[] = [
  { type: 'judgment', judge: 'A', score: 4, critique: 'Good.' },
  { type: 'judgment', judge: 'B', score: 2, critique: 'Poor.' },
];

describe('the live announcement', () => {
  it('is silent before a battle and while the judges write', () => {
    expect(announcement(initialRoundState())).toBe('');
    expect(announcement(streamed({ type: 'delta', judge: 'A', text: 'Thinking aloud' }))).toBe('');
  });

  it('says each score or failure as it comes, then invites the vote', () => {
    expect(announcement(streamed(bothScored[0]))).toBe('Judge A scored 4 out of 5.');
    expect(announcement(streamed({ type: 'judge_error', judge: 'B', message: 'Too slow.' }))).toBe('Judge B failed: Too slow.');
    expect(announcement(streamed(...bothScored))).toBe(
      'Judge A scored 4 out of 5. Judge B scored 2 out of 5. Vote with keys 1 to 4.',
    );
  });

  it('names both judges once the vote is recorded', () => {
    const sending = play(streamed(...bothScored), { type: 'voteRequested', choice: 'A', freshKey: 'k' });
    const vote = judgingOf(sending).vote;
    if (vote.status !== 'sending') throw new Error('no vote sent');
    const models = {
      A: { id: 'a', name: 'Judge Alpha', organization: 'Org A', kind: 'llm' as const },
      B: { id: 'b', name: 'Judge Beta', organization: 'Org B', kind: 'offline' as const },
    };
    const recorded = play(sending, { type: 'voteRecorded', request: vote.id, result: { choice: 'A', outcome: 'favourite', models } });
    expect(announcement(recorded)).toBe('The favourite wins! Judge A was Judge Alpha. Judge B was Judge Beta.');
  });
});

describe('the vote bar', () => {
  it('hints what to do, and highlights the vote on its way or that failed', () => {
    expect(voteHint(judgingOf(streamed()))).toBe('Voting opens when both judges have given a score.');
    const open = streamed(...bothScored);
    expect(voteHint(judgingOf(open))).toBe('Which judge do you agree with? Press 1–4 or choose a button.');
    expect(chosenVote(judgingOf(open))).toBeNull();
    const sending = play(open, { type: 'voteRequested', choice: 'both_bad', freshKey: 'k' });
    expect(voteHint(judgingOf(sending))).toBe('Recording your vote…');
    expect(chosenVote(judgingOf(sending))).toBe('both_bad');
    const vote = judgingOf(sending).vote;
    if (vote.status !== 'sending') throw new Error('no vote sent');
    const failed = play(sending, { type: 'voteFailed', request: vote.id, message: 'Offline.' });
    expect(chosenVote(judgingOf(failed))).toBe('both_bad');
  });
});

describe('the problems shown', () => {
  it('shows a problem of a field with text at once, and of an empty field only after a try to run', () => {
    const start = initialRoundState();
    const edited = play(start, { type: 'sampleEdited', change: { input: 'x'.repeat(21), response: '' } });
    const before = shownProblems(edited, LIMITS);
    expect(before.sample.input).toContain('1 character too long');
    expect(before.sample.response).toBeNull();
    expect(before.sample.reference).toBeNull();

    const tried = play(edited, { type: 'runRequested', settings: { limits: LIMITS, resting: false, turnstileSiteKey: null } });
    expect(shownProblems(tried, LIMITS).sample.response).toBe('AI response is required.');
  });

  it('shows rubric problems the same way', () => {
    const scores = [...DEFAULT_RUBRIC.scores] as typeof DEFAULT_RUBRIC.scores;
    scores[2] = '';
    const state = play(initialRoundState(), { type: 'rubricEdited', rubric: { format: 'likert', rubric: { criteria: 'y'.repeat(1001), scores } } });
    const { rubric } = shownProblems(state, LIMITS);
    expect(rubric.criteria).toContain('too long');
    expect(rubric.scores[2]).toBeNull();
    const tried = play(state, { type: 'sampleEdited', change: { input: 'Q', response: 'A' } }, {
      type: 'runRequested',
      settings: { limits: LIMITS, resting: false, turnstileSiteKey: null },
    });
    expect(shownProblems(tried, LIMITS).rubric.scores[2]).toBe('The description for score 3 is required.');
  });
});

describe('the preset mark', () => {
  it('says "edited" only when the rubric differs from the chosen preset', () => {
    const start = initialRoundState();
    expect(rubricEdited(start)).toBe(false);
    const other = RUBRIC_PRESETS.find((p) => p.rubric !== DEFAULT_RUBRIC)!;
    const chosen = play(start, { type: 'presetChosen', id: other.id });
    expect(rubricEdited(chosen)).toBe(false);
    expect(rubricEdited(play(chosen, { type: 'rubricEdited', rubric: { format: 'likert', rubric: { ...other.rubric, criteria: 'Mine.' } } }))).toBe(true);
    // Typing the preset's text back counts as the preset again.
    const retyped = { format: 'likert' as const, rubric: { ...other.rubric, scores: [...other.rubric.scores] as typeof other.rubric.scores } };
    expect(rubricEdited(play(chosen, { type: 'rubricEdited', rubric: retyped }))).toBe(false);
  });
});
