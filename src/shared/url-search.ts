import { useSyncExternalStore } from 'react';

/**
 * The URL's query string as React state, shared by every feature that keeps state in the URL
 * (the active fact, the timeline filters). One store, so a write by one is seen by all, and
 * `replaceState` rather than `pushState`: typing a filter should not fill the back button's history.
 */
const listeners = new Set<() => void>();

/** Calls `listener` whenever the query string changes (our writes, back and forward); returns the unsubscribe. */
export function subscribeSearch(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribeSearch,
    () => window.location.search,
    () => '',
  );
}

/**
 * One parameter of the query string as React state. Its value, not the whole string, is the
 * snapshot, so a component re-renders only when its own parameter changes: `j` rewrites `?fact=`
 * and must not re-render everything that reads `?view=` or a timeline filter.
 */
export function useSearchParamValue(name: string): string | null {
  return useSyncExternalStore(
    subscribeSearch,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
}

/** Replaces the query string with `next(current)`; hash and path are kept, every hook re-reads. */
export function replaceSearch(next: (current: URLSearchParams) => URLSearchParams): void {
  const query = next(new URLSearchParams(window.location.search)).toString();
  history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  listeners.forEach((listener) => listener());
}

/**
 * Like `replaceSearch`, but as a new history entry: for a change of view (reader ↔ full timeline),
 * which the back button should undo, unlike a filter or the active fact. The hash (a phone's section
 * link) is dropped: it points into the view being left.
 */
export function pushSearch(next: (current: URLSearchParams) => URLSearchParams): void {
  const query = next(new URLSearchParams(window.location.search)).toString();
  history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  listeners.forEach((listener) => listener());
}
