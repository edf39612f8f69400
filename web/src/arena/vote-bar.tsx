// The four votes, each with its keyboard shortcut; locked with the choice highlighted once cast.
import type { VoteChoice } from '../api/types';
import { VOTE_OPTIONS } from './vote-outcome';

interface VoteBarProps {
  enabled: boolean;
  /** The vote being sent or recorded, highlighted. */
  chosen: VoteChoice | null;
  locked: boolean;
  hint: string;
  onVote: (choice: VoteChoice) => void;
}

export function VoteBar({ enabled, chosen, locked, hint, onVote }: VoteBarProps) {
  return (
    <div class="vote-bar" role="group" aria-labelledby="vote-heading" aria-describedby="vote-hint">
      <h3 id="vote-heading" class="sr-only">
        Your vote
      </h3>
      <div class="vote-buttons">
        {VOTE_OPTIONS.map((option) => (
          <button
            key={option.choice}
            type="button"
            class={`button vote-button${chosen === option.choice ? ' vote-chosen' : ''}`}
            disabled={!enabled || locked}
            aria-pressed={chosen === option.choice}
            aria-keyshortcuts={option.key}
            data-choice={option.choice}
            onClick={() => onVote(option.choice)}
          >
            <kbd aria-hidden="true">{option.key}</kbd>
            {option.label}
          </button>
        ))}
      </div>
      <p class="vote-hint" id="vote-hint">
        {hint}
      </p>
    </div>
  );
}
