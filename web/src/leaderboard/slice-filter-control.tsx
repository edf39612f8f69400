// Format and category selectors whose choice lives in the URL's `format` and `category` parameters.
import { useEffect } from 'preact/hooks';
import { navigate, useSearch } from '../router';
import { CATEGORY_LABELS, FORMAT_LABELS, SLICE_CATEGORIES, SLICE_FORMATS, searchWithSlice, sliceFrom, type LeaderboardSlice } from './slice-filter';

export function useSliceFilter(): [LeaderboardSlice, (slice: LeaderboardSlice) => void] {
  const search = useSearch();
  const slice = sliceFrom(search);
  const set = (next: LeaderboardSlice) => navigate(location.pathname + searchWithSlice(location.search, next), { replace: true });
  // A value the page does not know (`?format=essay`) shows the overall side: the URL is mended to say so, so that
  // what is shared is what is shown.
  useEffect(() => {
    const params = new URLSearchParams(search);
    const unknown = (['format', 'category'] as const).some((side) => params.has(side) && params.get(side) !== slice[side]);
    if (unknown) set(slice);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `slice` and `set` follow from `search`
  }, [search]);
  return [slice, set];
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
