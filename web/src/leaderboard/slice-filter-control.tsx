// Format and category selectors whose choice lives in the URL's `format` and `category` parameters.
import { navigate, useSearch } from '../router';
import { CATEGORY_LABELS, FORMAT_LABELS, SLICE_CATEGORIES, SLICE_FORMATS, searchWithSlice, sliceFrom, type LeaderboardSlice } from './slice-filter';

export function useSliceFilter(): [LeaderboardSlice, (slice: LeaderboardSlice) => void] {
  const search = useSearch();
  const set = (slice: LeaderboardSlice) => navigate(location.pathname + searchWithSlice(location.search, slice), { replace: true });
  return [sliceFrom(search), set];
}

export function SliceFilterControl({ value, onChange }: { value: LeaderboardSlice; onChange: (slice: LeaderboardSlice) => void }) {
  return (
    <div class="slice-filter">
      <label>
        <span>Format</span>
        <select value={value.format ?? ''} onChange={(e) => onChange({ ...value, format: SLICE_FORMATS.find((f) => f === e.currentTarget.value) ?? null })}>
          <option value="">All formats</option>
          {SLICE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Category</span>
        <select
          value={value.category ?? ''}
          onChange={(e) => onChange({ ...value, category: SLICE_CATEGORIES.find((c) => c === e.currentTarget.value) ?? null })}
        >
          <option value="">All categories</option>
          {SLICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
