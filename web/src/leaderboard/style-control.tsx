// Style control on the leaderboard page: what each style feature is worth to voters, in plain sentences,
// and the ranking with style held fixed next to the plain one.
import type { LeaderboardDocument, RankedJudge } from './judge-extras';
import { formatInterval, formatRankBound, formatRating } from './format';
import { styleSentence } from './style-sentences';

/** `models`: the judges the page shows (the preliminary toggle applies here too). */
export function StyleControlSection({ leaderboard, models }: { leaderboard: LeaderboardDocument; models: readonly RankedJudge[] }) {
  const style = leaderboard.styleControl;
  if (!style || style.votes === 0) return null;
  const ranked = models
    .filter((m) => m.styleControlled)
    .map((m) => ({ ...m, controlled: m.styleControlled! }))
    .sort((a, b) => a.controlled.rank - b.controlled.rank || a.name.localeCompare(b.name));
  return (
    <section class="style-control" aria-labelledby="style-control-heading" data-testid="style-control">
      <h2 id="style-control-heading">Style control</h2>
      <p>
        Do voters side with the judge that writes more, uses more formatting or scores harder? A second fit holds the
        critiques’ style fixed ({style.votes.toLocaleString('en')} votes):
      </p>
      <ul>
        {style.features.map((f) => (
          <li key={f.name}>{styleSentence(f)}</li>
        ))}
      </ul>
      <h3 id="style-ranking-heading">Ranking with style held fixed</h3>
      {/* A list, not a second table: the page's table is the plain ranking. */}
      <ol class="style-ranking" aria-labelledby="style-ranking-heading">
        {ranked.map((m) => (
          <li key={m.id} value={m.controlled.rank} data-style-model-id={m.id}>
            <strong>{m.name}</strong>: {formatRating(m.controlled.rating)}
            {m.controlled.ci && <> ({formatInterval(m.controlled)})</>}, rank upper bound {formatRankBound(m.controlled.rankUpperBound)};
            plain rank {m.rank}
          </li>
        ))}
      </ol>
    </section>
  );
}
