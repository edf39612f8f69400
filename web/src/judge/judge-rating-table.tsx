// A judge's rating on the overall board and in each judging format's slice, one row each.
import type { SliceFormat } from '@shared/leaderboard-slices';
import { formatCount, formatInterval, formatRankBound, formatRating, MISSING } from '../leaderboard/format';
import type { LeaderboardDocument, RankedJudge } from '../leaderboard/judge-extras';
import { FORMAT_LABELS } from '../leaderboard/slice-filter';

export interface FormatBoard {
  format: SliceFormat;
  board: LeaderboardDocument;
}

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

/** `formats`: null while the slices load (or when they failed), so only the overall row shows. */
export function JudgeRatingTable({ judge, formats }: { judge: RankedJudge; formats: readonly FormatBoard[] | null }) {
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
          {formats?.map(({ format, board }) => {
            const entry = board.models.find((m) => m.id === judge.id);
            return entry ? (
              <RatingRow key={format} label={FORMAT_LABELS[format]} entry={entry} />
            ) : (
              <tr key={format} data-testid={`judge-rating-${format}-empty`}>
                <th scope="row">{FORMAT_LABELS[format]}</th>
                <td colSpan={COLUMNS - 1}>No counted votes in this format yet.</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
