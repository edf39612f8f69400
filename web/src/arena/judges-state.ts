// What the two judge panels show, driven by stream events or a battle snapshot. Pure.
import type { StreamEvent } from '../api/battle-stream';
import type { BattleDetails, PublicJudgment, Position } from '../api/types';
import { verdictOf, type JudgeVerdict } from './verdict';

export interface JudgePanelState {
  phase: 'waiting' | 'streaming' | 'complete' | 'error';
  /** Critique (the answer part) so far while streaming; the final critique once complete. */
  text: string;
  /** A reasoning model's thinking, shown apart from the critique: so far while streaming, the final one once complete. */
  reasoning: string;
  verdict: JudgeVerdict | null;
  error: string | null;
}

export type JudgesState = Record<Position, JudgePanelState>;

export const UNFINISHED_MESSAGE = 'This judge stopped before giving its verdict. Try regenerating the judges.';

export function waitingJudges(): JudgesState {
  return { A: waitingPanel(), B: waitingPanel() };
}

function waitingPanel(): JudgePanelState {
  return { phase: 'waiting', text: '', reasoning: '', verdict: null, error: null };
}

export function applyStreamEvent(state: JudgesState, event: StreamEvent): JudgesState {
  switch (event.type) {
    case 'reset':
      return waitingJudges();
    case 'delta':
    case 'reasoning': {
      const panel = state[event.judge];
      if (panel.phase === 'complete' || panel.phase === 'error') return state;
      const grown = event.type === 'delta' ? { text: panel.text + event.text } : { reasoning: panel.reasoning + event.text };
      return { ...state, [event.judge]: { ...panel, phase: 'streaming', ...grown } };
    }
    case 'judgment':
      // The final texts replace what streamed: they are the redacted ones.
      return { ...state, [event.judge]: completePanel(event.critique, event.reasoning, verdictOf(event)) };
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
  if (judgment.status === 'complete') return completePanel(judgment.critique ?? '', judgment.reasoning, verdictOf(judgment));
  if (judgment.status === 'error') {
    // A judge cut off mid-thought keeps what it had reasoned, as the stream showed it.
    return { ...waitingPanel(), phase: 'error', reasoning: judgment.reasoning ?? '', error: judgment.error || 'This judge could not finish.' };
  }
  return waitingPanel();
}

/** A judgment without a verdict cannot be voted on: it shows as this judge's failure. */
function completePanel(critique: string, reasoning: string | undefined, verdict: JudgeVerdict | null): JudgePanelState {
  if (!verdict) return { ...waitingPanel(), phase: 'error', error: 'This judge gave no verdict we could read.' };
  return { phase: 'complete', text: critique, reasoning: reasoning ?? '', verdict, error: null };
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
