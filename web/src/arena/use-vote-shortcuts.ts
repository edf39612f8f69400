// The keys 1–4 cast the four votes while voting is open, except while the visitor types in a field.
import { useEffect } from 'preact/hooks';
import type { VoteChoice } from '../api/types';
import { voteForKey } from './vote-outcome';

export function useVoteShortcuts(open: boolean, onVote: (choice: VoteChoice) => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const choice = voteForKey(event.key);
      if (choice) {
        event.preventDefault();
        onVote(choice);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onVote]);
}
