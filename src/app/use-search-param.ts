import { useCallback } from 'react';
import { replaceSearch, useSearchParamValue } from '../shared/url-search.ts';

/** Sets (or, with null or '', removes) one URL search parameter; every hook reading it re-renders. */
export function setSearchParam(name: string, next: string | null): void {
  replaceSearch((params) => {
    if (next === null || next === '') params.delete(name);
    else params.set(name, next);
    return params;
  });
}

/**
 * One URL search parameter as React state. A hook over URLSearchParams instead of a router:
 * the app has one screen, and deep links only need `?fact=…`, the side panel's `?tab=` and the timeline's filters.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSearchParamValue(name);
  const setValue = useCallback((next: string | null) => setSearchParam(name, next), [name]);
  return [value, setValue];
}
