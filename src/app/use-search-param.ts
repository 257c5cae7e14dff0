import { useCallback } from 'react';
import { replaceSearch, useLocationSearch } from '../shared/url-search.ts';

/**
 * One URL search parameter as React state. A hook over URLSearchParams instead of a router:
 * the app has one screen, and deep links only need `?fact=…` plus the timeline's filters.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const value = new URLSearchParams(useLocationSearch()).get(name);
  const setValue = useCallback(
    (next: string | null) =>
      replaceSearch((params) => {
        if (next === null || next === '') params.delete(name);
        else params.set(name, next);
        return params;
      }),
    [name],
  );
  return [value, setValue];
}
