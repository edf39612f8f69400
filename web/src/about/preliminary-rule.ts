// The About page's sentence on preliminary judges, from the deployment's own threshold. Pure.

/** `votes` is /api/config's preliminaryVotes; null while it loads or when it could not be read. */
export function preliminaryRule(votes: number | null): string {
  const few = votes === null ? 'too few votes so far' : `fewer than ${votes} ${votes === 1 ? 'vote' : 'votes'}`;
  return `Judges with ${few} are marked preliminary and hidden unless you ask to see them.`;
}
