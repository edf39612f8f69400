// The round once its battle exists: the two judge panels, the vote, then the reveal and what to do next.
import { useEffect, useRef } from 'preact/hooks';
import type { VoteChoice } from '../api/types';
import { ErrorNotice, Progress } from '../ui/status';
import { JudgePanel } from './judge-panel';
import { anyFailed } from './judges-state';
import { canRegenerate, canVote, recordedVote, type Judging } from './judging-state';
import { chosenVote, voteHint } from './round-view';
import { shownOrderOf } from './shown-order-note';
import { useVoteShortcuts } from './use-vote-shortcuts';
import { VoteBar } from './vote-bar';
import { agreedWith, outcomeMessage } from './vote-outcome';

interface JudgesSectionProps {
  judging: Judging;
  resting: boolean;
  /** Stable across renders: the keyboard shortcuts hold on to it. */
  onVote: (choice: VoteChoice) => void;
  onRegenerate: () => void;
  onReconnect: () => void;
  onNewRound: () => void;
}

export function JudgesSection({ judging, resting, onVote, onRegenerate, onReconnect, onNewRound }: JudgesSectionProps) {
  const section = useRef<HTMLElement>(null);
  const outcomeHeading = useRef<HTMLParagraphElement>(null);
  const { judges, vote, regeneration, stream } = judging;

  // A new pair of judges starts below the fold on small screens: bring it into view.
  const battleId = judging.battle.id;
  useEffect(() => {
    const element = section.current;
    if (element && element.getBoundingClientRect().top > window.innerHeight * 0.6) {
      element.scrollIntoView({ block: 'start' });
    }
  }, [battleId]);

  const recorded = recordedVote(judging);
  // The vote buttons lock, so keyboard focus moves to the result and the next actions.
  useEffect(() => {
    if (recorded) outcomeHeading.current?.focus();
  }, [recorded]);

  const votingOpen = canVote(judging);
  useVoteShortcuts(votingOpen, onVote);

  const regenerable = canRegenerate(judging, resting);
  const failed = anyFailed(judges);
  return (
    <section class="judges-section" aria-labelledby="judges-heading" ref={section}>
      <h2 id="judges-heading" class="sr-only">
        The judges
      </h2>
      <div class="judges">
        {(['A', 'B'] as const).map((position) => (
          <JudgePanel
            key={position}
            position={position}
            panel={judges[position]}
            shownOrder={shownOrderOf(judging.battle, position)}
            startedAt={stream.startedAt}
            ticking={stream.error === null}
            revealed={recorded ? { model: recorded.models[position], agreed: agreedWith(position, recorded.choice) } : null}
            onRegenerate={regenerable && !recorded ? onRegenerate : null}
          />
        ))}
      </div>
      {regeneration.status === 'sending' && <Progress label="Choosing two new judges…" />}
      {regeneration.status === 'failed' && <ErrorNotice message={regeneration.message} onRetry={onRegenerate} />}
      {stream.error !== null && (
        <ErrorNotice message={`Lost the connection to the judges. ${stream.error}`} onRetry={onReconnect} retryLabel="Reconnect" />
      )}

      {!failed && <VoteBar enabled={votingOpen} chosen={chosenVote(judging)} locked={recorded !== null} hint={voteHint(judging)} onVote={onVote} />}
      {vote.status === 'failed' && (
        <ErrorNotice message={vote.message} onRetry={() => onVote(vote.choice)} retryLabel="Send my vote again" />
      )}
      {failed && !recorded && (
        <div class="outcome-actions">
          <NewRoundButton onClick={onNewRound} />
        </div>
      )}
      {recorded && (
        <div class="outcome">
          <p class="outcome-message" tabIndex={-1} ref={outcomeHeading}>
            {outcomeMessage(recorded.outcome)}
          </p>
          <div class="outcome-actions">
            <button type="button" class="button" onClick={onRegenerate} disabled={!regenerable}>
              Regenerate judges
            </button>
            <NewRoundButton onClick={onNewRound} primary />
          </div>
        </div>
      )}
    </section>
  );
}

function NewRoundButton({ onClick, primary = false }: { onClick: () => void; primary?: boolean }) {
  return (
    <button type="button" class={primary ? 'button button-primary' : 'button'} onClick={onClick}>
      <span aria-hidden="true">🎲 </span>New round
    </button>
  );
}
