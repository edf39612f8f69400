// One anonymous judge: its critique as it streams, then its verdict in the format's words; a reasoning model's
// thinking apart, collapsed; its identity only after the vote.
import type { Position, RevealedModel, ShownOrder } from '../api/types';
import { ElapsedSeconds } from './elapsed-seconds';
import { isRunning, type JudgePanelState } from './judges-state';
import { shownOrderNote } from './shown-order-note';
import { verdictWords } from './verdict';

interface JudgePanelProps {
  position: Position;
  panel: JudgePanelState;
  /** pairwise: the order this judge reads the responses in (its critique's "first" and "second"); null otherwise. */
  shownOrder: ShownOrder | null;
  /** When the judge started (ms since the epoch), and whether its clock runs (not while the page is cut off from it). */
  startedAt: number;
  ticking: boolean;
  /** Present only once the vote has been recorded. */
  revealed: { model: RevealedModel; agreed: boolean } | null;
  onRegenerate: (() => void) | null;
}

export function JudgePanel({ position, panel, shownOrder, startedAt, ticking, revealed, onRegenerate }: JudgePanelProps) {
  const running = isRunning(panel);
  const headingId = `judge-${position}-heading`;
  return (
    <section
      class={`judge-panel judge-${panel.phase}${revealed ? (revealed.agreed ? ' judge-agreed' : ' judge-disagreed') : ''}`}
      aria-labelledby={headingId}
      aria-busy={running}
      data-judge={position}
    >
      <header class="judge-header">
        <h3 id={headingId}>Judge {position}</h3>
        <JudgeStatus panel={panel} startedAt={startedAt} ticking={ticking} />
      </header>
      {revealed && (
        <p class="judge-reveal" data-testid={`reveal-${position}`}>
          <span class="reveal-mark" role="img" aria-label={revealed.agreed ? 'You agreed' : 'You disagreed'}>
            {revealed.agreed ? '✅' : '❌'}
          </span>{' '}
          <strong class="reveal-name">{revealed.model.name}</strong>
          <span class="reveal-org"> · {revealed.model.organization}</span>
          {revealed.model.kind === 'offline' && !/offline/i.test(revealed.model.name) && <span class="badge">offline baseline</span>}
        </p>
      )}
      {shownOrder && (
        <p class={`judge-shown-order${shownOrder === 'swapped' ? ' judge-shown-swapped' : ''}`} data-testid={`shown-order-${position}`}>
          {shownOrderNote(shownOrder)}
        </p>
      )}
      {panel.reasoning && <JudgeReasoning position={position} reasoning={panel.reasoning} running={running} />}
      {panel.phase === 'error' ? (
        <div class="judge-error" role="alert">
          <p>{panel.error}</p>
          {onRegenerate && (
            <button type="button" class="button button-small" onClick={onRegenerate}>
              Regenerate judges
            </button>
          )}
        </div>
      ) : panel.text ? (
        // Plain text only: critiques are never parsed as HTML.
        <p class="critique">{panel.text}</p>
      ) : (
        <p class="critique critique-placeholder">{running ? (panel.reasoning ? 'Reasoning…' : 'Reading the sample…') : ''}</p>
      )}
    </section>
  );
}

/** Collapsed by default: the critique is the judge's answer; the reasoning is how it got there. Plain text only. */
function JudgeReasoning({ position, reasoning, running }: { position: Position; reasoning: string; running: boolean }) {
  return (
    <details class="judge-reasoning">
      <summary>
        Judge {position}’s reasoning{running ? ' (still thinking)' : ''}
      </summary>
      <p class="reasoning-text">{reasoning}</p>
    </details>
  );
}

function JudgeStatus({ panel, startedAt, ticking }: { panel: JudgePanelState; startedAt: number; ticking: boolean }) {
  switch (panel.phase) {
    case 'waiting':
    case 'streaming':
      return (
        <span class="judge-status judge-status-running">
          <span class="pulse" aria-hidden="true" />
          {panel.phase === 'waiting' || !panel.text ? 'Thinking' : 'Writing'} · <ElapsedSeconds since={startedAt} ticking={ticking} /> s
        </span>
      );
    case 'complete': {
      if (!panel.verdict) return null;
      const { shown, spoken } = verdictWords(panel.verdict);
      const kind = panel.verdict.format === 'likert' ? 'judge-score' : `judge-verdict-${panel.verdict.verdict}`;
      return (
        <span class={`judge-verdict ${kind}`} aria-label={spoken === shown ? undefined : spoken}>
          {shown}
        </span>
      );
    }
    case 'error':
      return <span class="judge-status judge-status-error">Failed</span>;
  }
}
