// What the two judge panels show, driven by stream events or a battle snapshot. Pure.
import type { StreamEvent } from '../api/battle-stream';
import type { BattleDetails, PublicJudgment, Position } from '../api/types';

export interface JudgePanelState {
  phase: 'waiting' | 'streaming' | 'complete' | 'error';
  /** Critique so far while streaming; the final critique once complete. */
  text: string;
  score: number | null;
  error: string | null;
}

export type JudgesState = Record<Position, JudgePanelState>;

export const UNFINISHED_MESSAGE = 'This judge stopped before giving a score. Try regenerating the judges.';

export function waitingJudges(): JudgesState {
  return { A: waitingPanel(), B: waitingPanel() };
}

function waitingPanel(): JudgePanelState {
  return { phase: 'waiting', text: '', score: null, error: null };
}

export function applyStreamEvent(state: JudgesState, event: StreamEvent): JudgesState {
  switch (event.type) {
    case 'reset':
      return waitingJudges();
    case 'delta': {
      const panel = state[event.judge];
      if (panel.phase === 'complete' || panel.phase === 'error') return state;
      return { ...state, [event.judge]: { ...panel, phase: 'streaming', text: panel.text + event.text } };
    }
    case 'judgment':
      return { ...state, [event.judge]: { phase: 'complete', text: event.critique, score: event.score, error: null } };
    case 'judge_error':
      return { ...state, [event.judge]: { ...state[event.judge], phase: 'error', error: event.message } };
    case 'done':
      // A judge still running when the battle says it is done will never finish.
      return { A: finishPanel(state.A), B: finishPanel(state.B) };
  }
}

function finishPanel(panel: JudgePanelState): JudgePanelState {
  return panel.phase === 'complete' || panel.phase === 'error' ? panel : { ...panel, phase: 'error', error: UNFINISHED_MESSAGE };
}

export function judgesFromSnapshot(snapshot: Pick<BattleDetails, 'judgments'>): JudgesState {
  return { A: panelFromSnapshot(snapshot.judgments.A), B: panelFromSnapshot(snapshot.judgments.B) };
}

function panelFromSnapshot(judgment: PublicJudgment): JudgePanelState {
  if (judgment.status === 'complete' && typeof judgment.score === 'number') {
    return { phase: 'complete', text: judgment.critique ?? '', score: judgment.score, error: null };
  }
  if (judgment.status === 'error') {
    return { phase: 'error', text: '', score: null, error: judgment.error || 'This judge could not finish.' };
  }
  return waitingPanel();
}

export function bothComplete(state: JudgesState): boolean {
  return state.A.phase === 'complete' && state.B.phase === 'complete';
}

export function anyRunning(state: JudgesState): boolean {
  return isRunning(state.A) || isRunning(state.B);
}

export function isRunning(panel: JudgePanelState): boolean {
  return panel.phase === 'waiting' || panel.phase === 'streaming';
}

export function anyFailed(state: JudgesState): boolean {
  return state.A.phase === 'error' || state.B.phase === 'error';
}
