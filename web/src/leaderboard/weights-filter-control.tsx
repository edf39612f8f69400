// Open weights / proprietary / all: a radio group whose choice lives in the URL's `weights` parameter.
import { navigate, useSearch } from '../router';
import { searchWithWeightsFilter, weightsFilterFrom, WEIGHTS_FILTERS, type WeightsFilter } from './weights-filter';

const LABELS: Record<WeightsFilter, string> = { all: 'All', open: 'Open weights', proprietary: 'Proprietary' };

export function useWeightsFilter(): [WeightsFilter, (filter: WeightsFilter) => void] {
  const search = useSearch();
  const set = (filter: WeightsFilter) =>
    navigate(location.pathname + searchWithWeightsFilter(location.search, filter), { replace: true });
  return [weightsFilterFrom(search), set];
}

export function WeightsFilterControl({ value, onChange }: { value: WeightsFilter; onChange: (f: WeightsFilter) => void }) {
  return (
    <fieldset class="weights-filter">
      <legend>Weights</legend>
      {WEIGHTS_FILTERS.map((filter) => (
        <label key={filter} class="weights-option">
          <input
            type="radio"
            name="weights"
            value={filter}
            checked={value === filter}
            onChange={() => onChange(filter)}
          />
          <span>{LABELS[filter]}</span>
        </label>
      ))}
    </fieldset>
  );
}
