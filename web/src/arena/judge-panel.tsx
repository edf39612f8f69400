// One anonymous judge: its critique as it streams, then its score; its identity only after the vote.
import type { Position, RevealedModel } from '../api/types';
import { ElapsedSeconds } from './elapsed-seconds';
import { isRunning, type JudgePanelState } from './judges-state';

interface JudgePanelProps {
  position: Position;
  panel: JudgePanelState;
  /** When the judge started (ms since the epoch), and whether its clock runs (not while the page is cut off from it). */
  startedAt: number;
  ticking: boolean;
  /** Present only once the vote has been recorded. */
  revealed: { model: RevealedModel; agreed: boolean } | null;
  onRegenerate: (() => void) | null;
}

export function JudgePanel({ position, panel, startedAt, ticking, revealed, onRegenerate }: JudgePanelProps) {
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
        <p class="critique critique-placeholder">{running ? 'Reading the sample…' : ''}</p>
      )}
    </section>
  );
}

function JudgeStatus({ panel, startedAt, ticking }: { panel: JudgePanelState; startedAt: number; ticking: boolean }) {
  switch (panel.phase) {
    case 'waiting':
    case 'streaming':
      return (
        <span class="judge-status judge-status-running">
          <span class="pulse" aria-hidden="true" />
          {panel.phase === 'waiting' ? 'Thinking' : 'Writing'} · <ElapsedSeconds since={startedAt} ticking={ticking} /> s
        </span>
      );
    case 'complete':
      return (
        <span class="judge-score" aria-label={`Score ${panel.score} out of 5`}>
          {panel.score} / 5
        </span>
      );
    case 'error':
      return <span class="judge-status judge-status-error">Failed</span>;
  }
}
