import { useSyncExternalStore } from 'react';
import { afterNextPaint } from '../shared/after-next-paint.ts';
import { subscribeSearch } from '../shared/url-search.ts';
import { setSearchParam } from './use-search-param.ts';

/**
 * The active fact: `?fact=` in the URL (a deep link), but set in memory first and written to the URL
 * after the next paint. `history.replaceState` took about 10 ms of `j`'s time to next paint with
 * 8 reports (the browser updates its navigation entry synchronously); the highlight must not wait
 * for it. Until the write, the value in memory is the answer; the write then changes nothing anyone
 * reads, so it re-renders nothing.
 */
let pending: { factId: string | null } | null = null;
let writeScheduled = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const unsubscribe = subscribeSearch(listener);
  return () => {
    listeners.delete(listener);
    unsubscribe();
  };
}

function snapshot(): string | null {
  return pending ? pending.factId : new URLSearchParams(window.location.search).get('fact');
}

export function useActiveFactId(): string | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Makes `factId` the active fact (null: none) at once; the URL follows after the next paint. */
export function setActiveFact(factId: string | null): void {
  if (snapshot() === factId) return;
  pending = { factId };
  listeners.forEach((listener) => listener());
  if (writeScheduled) return;
  writeScheduled = true;
  afterNextPaint(writeToUrl);
}

function writeToUrl() {
  writeScheduled = false;
  if (!pending) return;
  const { factId } = pending;
  pending = null;
  setSearchParam('fact', factId);
}
