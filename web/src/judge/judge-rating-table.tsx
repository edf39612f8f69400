// A judge's rating on the overall board and in each slice (each judging format, each category of sample), one
// row each.
import { formatCount, formatInterval, formatRankBound, formatRating, MISSING } from '../leaderboard/format';
import type { RankedJudge } from '../leaderboard/judge-extras';
import type { SliceBoardOf } from '../leaderboard/leaderboard-requests';
import { sliceQuery, sliceTitle } from '../leaderboard/slice-filter';

const COLUMNS = 7;

function RatingRow({ label, entry }: { label: string; entry: RankedJudge }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="numeric">{formatRating(entry.rating)}</td>
      <td class="numeric">{formatInterval(entry) ?? MISSING}</td>
      <td class="numeric">{entry.rank}</td>
      <td class="numeric">{formatRankBound(entry.rankUpperBound)}</td>
      <td class="numeric">{formatCount(entry.votes)}</td>
      <td class="numeric">
        {entry.wins} / {entry.losses} / {entry.ties} / {entry.bothBad}
      </td>
    </tr>
  );
}

function SliceRows({ judgeId, heading, slices }: { judgeId: string; heading: string; slices: readonly SliceBoardOf[] }) {
  return (
    <tbody>
      <tr class="row-group">
        <th scope="rowgroup" colSpan={COLUMNS}>
          {heading}
        </th>
      </tr>
      {slices.map(({ slice, board }) => {
        const label = sliceTitle(slice) ?? '';
        const entry = board.models.find((m) => m.id === judgeId);
        return entry ? (
          <RatingRow key={label} label={label} entry={entry} />
        ) : (
          <tr key={label} data-testid={`judge-rating-empty${sliceQuery(slice)}`}>
            <th scope="row">{label}</th>
            <td colSpan={COLUMNS - 1}>No counted votes here yet.</td>
          </tr>
        );
      })}
    </tbody>
  );
}

/** `slices`: null while they load (or when they failed), so only the overall row shows. */
export function JudgeRatingTable({ judge, slices }: { judge: RankedJudge; slices: readonly SliceBoardOf[] | null }) {
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="judge-rating">
        <thead>
          <tr>
            <th scope="col">Slice</th>
            <th scope="col" class="numeric">Rating</th>
            <th scope="col" class="numeric">95% CI</th>
            <th scope="col" class="numeric">Rank</th>
            <th scope="col" class="numeric">Rank (UB)</th>
            <th scope="col" class="numeric">Votes</th>
            <th scope="col" class="numeric">W / L / T / both bad</th>
          </tr>
        </thead>
        <tbody>
          <RatingRow label="All battles" entry={judge} />
        </tbody>
        {slices && (
          <>
            <SliceRows judgeId={judge.id} heading="By judging format" slices={slices.filter((s) => s.slice.format !== null)} />
            <SliceRows judgeId={judge.id} heading="By category of sample" slices={slices.filter((s) => s.slice.category !== null)} />
          </>
        )}
      </table>
    </div>
  );
}
