// A judge's record against each opponent it has met, from its document (the pairs document from its side).
import type { JudgeMatchup } from '@shared/judge-document-schemas';
import { formatCount, formatPercent } from '../leaderboard/format';
import { judgePath } from '../leaderboard/judge-link';
import { Link } from '../router';

export function JudgeRecordTable({ judgeName, record }: { judgeName: string; record: readonly JudgeMatchup[] }) {
  if (record.length === 0) {
    return <p class="notice notice-info">{judgeName} has not met another judge in a counted battle yet.</p>;
  }
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="record-caption">
      <table class="data-table" data-testid="judge-record">
        <caption id="record-caption" class="sr-only">
          {judgeName}’s record against each opponent
        </caption>
        <thead>
          <tr>
            <th scope="col">Opponent</th>
            <th scope="col" class="numeric">Battles</th>
            <th scope="col" class="numeric">Won</th>
            <th scope="col" class="numeric">Lost</th>
            <th scope="col" class="numeric">Tied</th>
            <th scope="col" class="numeric">Both bad</th>
            <th scope="col" class="numeric">Win rate</th>
            <th scope="col" class="numeric">Predicted</th>
          </tr>
        </thead>
        <tbody>
          {record.map((m) => (
            <tr key={m.opponent} data-opponent-id={m.opponent}>
              <th scope="row">
                <Link href={judgePath(m.opponent)}>{m.opponentName}</Link>
              </th>
              <td class="numeric">{formatCount(m.battles)}</td>
              <td class="numeric">{m.wins}</td>
              <td class="numeric">{m.losses}</td>
              <td class="numeric">{m.ties}</td>
              <td class="numeric">{m.bothBad}</td>
              <td class="numeric">{formatPercent(m.observedWinRate)}</td>
              <td class="numeric">{formatPercent(m.predictedWinRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="method-note">Win rate counts ties and both-bad votes as half a win; predicted is the fitted ratings’ chance.</p>
    </div>
  );
}
