// Style control on the leaderboard page: what each style feature is worth to voters, in plain sentences,
// and the ranking with style held fixed next to the plain one.
import type { Leaderboard } from '../api/types';
import { formatInterval, formatRankBound, formatRating } from './format';
import { styleSentence } from './style-sentences';

export function StyleControlSection({ leaderboard }: { leaderboard: Leaderboard }) {
  const style = leaderboard.styleControl;
  if (!style || style.votes === 0) return null;
  const ranked = leaderboard.models
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
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="style-control-caption">
        <table class="leaderboard-table">
          <caption id="style-control-caption">Ranking with style held fixed, next to the plain ranking</caption>
          <thead>
            <tr>
              <th scope="col" class="numeric">Rank</th>
              <th scope="col">Judge</th>
              <th scope="col" class="numeric">Style-controlled rating</th>
              <th scope="col" class="numeric">Rank (UB)</th>
              <th scope="col" class="numeric">Plain rank</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((m) => (
              <tr key={m.id}>
                <td class="numeric">{m.controlled.rank}</td>
                <th scope="row">{m.name}</th>
                <td class="numeric">
                  {formatRating(m.controlled.rating)} <span class="ci-inline">{formatInterval(m.controlled) ?? ''}</span>
                </td>
                <td class="numeric">{formatRankBound(m.controlled.rankUpperBound)}</td>
                <td class="numeric">{m.rank}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
