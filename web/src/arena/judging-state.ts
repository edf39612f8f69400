// The part of a round after its battle exists: the two judges streaming (panel by panel, judges-state.ts),
// a lost connection and its reconnect, the vote and the reveal, and a new pair of judges. Pure; the round
// machine (round-state.ts) hands it the actions of this stage and the id its next request may take.
import type { StreamEvent } from '../api/battle-stream';
import type { BattleDetails, PublicBattle, VoteAnswer, VoteChoice } from '../api/types';
import { anyRunning, applyStreamEvent, bothComplete, judgesFromSnapshot, waitingJudges, type JudgesState } from './judges-state';

export type VoteState =
  | { status: 'idle' }
  | { status: 'sending'; id: number; choice: VoteChoice; key: string }
  | { status: 'failed'; choice: VoteChoice; key: string; message: string }
  | { status: 'recorded'; result: VoteAnswer };

export type Regeneration =
  | { status: 'idle' }
  | { status: 'sending'; id: number }
  | { status: 'failed'; message: string };

export interface Judging {
  stage: 'judging';
  battle: PublicBattle;
  /** The current connection to the judges: a reconnect opens a new one, and the panels time from its start. */
  stream: { id: number; startedAt: number; error: string | null };
  judges: JudgesState;
  vote: VoteState;
  /** A new pair of judges for the same sample; the old panels stay until it starts. */
  regeneration: Regeneration;
}

export type JudgingAction =
  | { type: 'streamEvent'; stream: number; event: StreamEvent }
  /** `snapshot` is the stored battle, fetched after the stream failed (null if that failed too). */
  | { type: 'streamLost'; stream: number; message: string; snapshot: BattleDetails | null }
  | { type: 'reconnectRequested'; at: number }
  | { type: 'regenerateRequested'; resting: boolean }
  | { type: 'regenerated'; request: number; battle: PublicBattle; at: number }
  | { type: 'regenerateFailed'; request: number; message: string }
  /** `freshKey` is used unless this retries a failed vote for the same choice, which keeps its key. */
  | { type: 'voteRequested'; choice: VoteChoice; freshKey: string }
  | { type: 'voteRecorded'; request: number; result: VoteAnswer }
  | { type: 'voteFailed'; request: number; message: string };

const IDLE = { status: 'idle' } as const;

/** A battle just created: both judges waiting, on a connection with request id `stream`, started `at`. */
export function newJudging(battle: PublicBattle, stream: number, at: number): Judging {
  return {
    stage: 'judging',
    battle,
    stream: { id: stream, startedAt: at, error: null },
    judges: waitingJudges(),
    vote: IDLE,
    regeneration: IDLE,
  };
}

/** Returns `judging` itself when the action changes nothing (a late answer, a vote that cannot be cast yet). */
export function judgingReducer(judging: Judging, action: JudgingAction, nextId: number): Judging {
  switch (action.type) {
    case 'streamEvent': {
      if (judging.stream.id !== action.stream) return judging;
      const judges = applyStreamEvent(judging.judges, action.event);
      return judges === judging.judges ? judging : { ...judging, judges };
    }
    case 'streamLost': {
      if (judging.stream.id !== action.stream) return judging;
      const lost = { ...judging.stream, error: action.message };
      const { snapshot } = action;
      if (!snapshot) return { ...judging, stream: lost };
      // The stored battle may hold what the stream could not deliver; only unfinished judges are an error.
      const judges = judgesFromSnapshot(snapshot);
      return {
        ...judging,
        judges,
        stream: anyRunning(judges) ? lost : judging.stream,
        vote: snapshot.vote ? { status: 'recorded', result: snapshot.vote } : judging.vote,
      };
    }
    case 'reconnectRequested':
      // A reconnect replays the battle from the start.
      if (judging.stream.error === null) return judging;
      return { ...judging, stream: { id: nextId, startedAt: action.at, error: null }, judges: waitingJudges() };
    case 'regenerateRequested':
      if (!canRegenerate(judging, action.resting)) return judging;
      return { ...judging, regeneration: { status: 'sending', id: nextId } };
    case 'regenerated':
      if (judging.regeneration.status !== 'sending' || judging.regeneration.id !== action.request) return judging;
      return newJudging(action.battle, nextId, action.at);
    case 'regenerateFailed':
      if (judging.regeneration.status !== 'sending' || judging.regeneration.id !== action.request) return judging;
      return { ...judging, regeneration: { status: 'failed', message: action.message } };
    case 'voteRequested': {
      if (!canVote(judging)) return judging;
      const { vote } = judging;
      const key = vote.status === 'failed' && vote.choice === action.choice ? vote.key : action.freshKey;
      return { ...judging, vote: { status: 'sending', id: nextId, choice: action.choice, key } };
    }
    case 'voteRecorded':
      if (judging.vote.status !== 'sending' || judging.vote.id !== action.request) return judging;
      return { ...judging, vote: { status: 'recorded', result: action.result } };
    case 'voteFailed': {
      const { vote } = judging;
      if (vote.status !== 'sending' || vote.id !== action.request) return judging;
      return { ...judging, vote: { status: 'failed', choice: vote.choice, key: vote.key, message: action.message } };
    }
  }
}

/** The judges are still at work and the page is still hearing from them. */
export function judgesAtWork(judging: Judging): boolean {
  return anyRunning(judging.judges) && judging.stream.error === null;
}

/** Both judges gave a score and no vote is on its way or recorded. */
export function canVote(judging: Judging): boolean {
  return bothComplete(judging.judges) && judging.vote.status !== 'recorded' && judging.vote.status !== 'sending';
}

/** A new pair needs the old one finished (or unreachable), no vote on its way and an arena that is not resting. */
export function canRegenerate(judging: Judging, resting: boolean): boolean {
  return !resting && !judgesAtWork(judging) && judging.regeneration.status !== 'sending' && judging.vote.status !== 'sending';
}

/** The vote once recorded: it reveals the judges. */
export function recordedVote(judging: Judging): VoteAnswer | null {
  return judging.vote.status === 'recorded' ? judging.vote.result : null;
}
