// A judge's rating on the overall board and in each slice (each judging format, each category of sample), one
// row each, from its document. The document also has its format × category slices; the table keeps to one side.
import type { JudgeSliceStanding } from '@shared/judge-document-schemas';
import { formatCount, formatInterval, formatRankBound, formatRating, MISSING } from '../leaderboard/format';
import type { RankedJudge } from '../leaderboard/judge-extras';
import { SLICE_CATEGORIES, SLICE_FORMATS, sliceQuery, sliceTitle, type LeaderboardSlice } from '../leaderboard/slice-filter';

const COLUMNS = 7;

/** What a row shows: the overall entry and a slice standing both have these. */
type Standing = Pick<RankedJudge, 'rating' | 'ci' | 'rank' | 'rankUpperBound' | 'votes' | 'wins' | 'losses' | 'ties' | 'bothBad'>;

function RatingRow({ label, entry, slice }: { label: string; entry: Standing; slice?: string }) {
  return (
    <tr data-slice={slice}>
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

interface SliceRowsProps {
  heading: string;
  /** The slices to show a row for, in order. */
  shown: readonly LeaderboardSlice[];
  standings: readonly JudgeSliceStanding[];
}

function SliceRows({ heading, shown, standings }: SliceRowsProps) {
  return (
    <tbody>
      <tr class="row-group">
        <th scope="rowgroup" colSpan={COLUMNS}>
          {heading}
        </th>
      </tr>
      {shown.map((slice) => {
        const label = sliceTitle(slice) ?? '';
        const entry = standings.find((s) => s.slice.format === slice.format && s.slice.category === slice.category);
        return entry ? (
          <RatingRow key={label} label={label} entry={entry} slice={sliceQuery(slice)} />
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

const FORMAT_SLICES: LeaderboardSlice[] = SLICE_FORMATS.map((format) => ({ format, category: null }));
const CATEGORY_SLICES: LeaderboardSlice[] = SLICE_CATEGORIES.map((category) => ({ format: null, category }));

export function JudgeRatingTable({ judge, slices }: { judge: RankedJudge; slices: readonly JudgeSliceStanding[] }) {
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
        <SliceRows heading="By judging format" shown={FORMAT_SLICES} standings={slices} />
        <SliceRows heading="By category of sample" shown={CATEGORY_SLICES} standings={slices} />
      </table>
    </div>
  );
}
