import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

/**
 * One URL search parameter as React state. A hook over URLSearchParams instead of a router:
 * the app has one screen, and deep links only need `?fact=…` plus the timeline's filters.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => new URLSearchParams(location.search).get(name),
  );
  const setValue = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(location.search);
      if (next === null || next === '') params.delete(name);
      else params.set(name, next);
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      listeners.forEach((l) => l());
    },
    [name],
  );
  return [value, setValue];
}
