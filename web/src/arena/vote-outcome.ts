// Words and marks shown once the vote reveals the judges. Pure.
import type { Position, VoteChoice, VoteOutcome } from '../api/types';

export function outcomeMessage(outcome: VoteOutcome): string {
  switch (outcome) {
    case 'favourite':
      return 'The favourite wins!';
    case 'underdog':
      return 'The underdog wins!';
    case 'tie':
      return "It's a tie!";
  }
}

/** Whether the visitor sided with this judge: a tie agrees with both, "both are bad" with neither. */
export function agreedWith(position: Position, choice: VoteChoice): boolean {
  if (choice === 'tie') return true;
  if (choice === 'both_bad') return false;
  return choice === position;
}

export interface VoteOption {
  choice: VoteChoice;
  label: string;
  /** The digit key that casts this vote. */
  key: string;
}

/** In screen order, so the keys 1–4 read left to right. */
export const VOTE_OPTIONS: readonly VoteOption[] = [
  { choice: 'A', label: 'A is better', key: '1' },
  { choice: 'tie', label: 'Tie', key: '2' },
  { choice: 'both_bad', label: 'Both are bad', key: '3' },
  { choice: 'B', label: 'B is better', key: '4' },
];

export function voteForKey(key: string): VoteChoice | null {
  return VOTE_OPTIONS.find((option) => option.key === key)?.choice ?? null;
}
