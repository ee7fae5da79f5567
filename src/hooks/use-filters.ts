import { useState } from 'react';
import type { EventFilters } from '../model/filter-events.ts';
import { filtersOf, type ViewState } from '../model/view-state.ts';

/**
 * The view's filters, the same object for as long as they are equal (filtersOf): a zoom frame
 * changes the URL, not the filters, and what is worked out from them must survive it.
 */
export function useFilters(state: ViewState): EventFilters {
  const [filters, setFilters] = useState(() => filtersOf(state));
  const next = filtersOf(state, filters);
  // Kept for the next render (React's way of holding on to what an earlier render made).
  if (next !== filters) setFilters(next);
  return next;
}
