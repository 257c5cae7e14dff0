import { useCallback, useEffect, useSyncExternalStore } from 'react';

/**
 * Results of asynchronous loads, cached by key, for React: the two things the app loads (the bundled
 * reports, and a comparison from the worker) shared between renders, deduplicated, retried once and
 * kept for a while after no one shows them, so choosing an earlier set of reports again shows its
 * analysis at once. It replaced @tanstack/react-query, of which the app used only this: about 10 KB
 * gzip of the first screen's JavaScript (budget 100 KB, bench:size) for a page of code.
 */
export interface Query<T> {
  /** Undefined: nothing to load (yet). */
  key: string | undefined;
  load: () => Promise<T>;
}

export interface QueryResult<T> {
  data: T | undefined;
  error: Error | null;
  /** Neither data nor an error yet. */
  isPending: boolean;
  isError: boolean;
  /** A load (or its retry) is under way. */
  isFetching: boolean;
}

/** A load that failed is tried once more after this (ms): a request cut once, a worker slow to start. */
const RETRY_DELAY_MS = 1000;
/** How long a result no component shows is kept (ms). */
const KEEP_UNUSED_MS = 5 * 60_000;

interface Entry {
  state: QueryResult<unknown>;
  readers: number;
  drop?: ReturnType<typeof setTimeout>;
}

const IDLE: QueryResult<never> = { data: undefined, error: null, isPending: true, isError: false, isFetching: false };
const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();

function entry(key: string): Entry {
  let found = entries.get(key);
  if (!found) entries.set(key, (found = { state: IDLE, readers: 0 }));
  return found;
}

function update(key: string, change: Partial<QueryResult<unknown>>) {
  // Dropped while loading (no one had shown it for minutes): the result is not kept either.
  const target = entries.get(key);
  if (!target) return;
  const state = { ...target.state, ...change };
  target.state = { ...state, isPending: state.data === undefined && !state.error, isError: !!state.error };
  for (const listener of listeners) listener();
}

/** Starts loading `query` unless it is loading; `again` also when it has a result (a retry after an error). */
export function fetchQuery<T>(query: Query<T>, again = false): Promise<void> {
  const { key } = query;
  if (key === undefined) return Promise.resolve();
  const { state } = entry(key);
  if (state.isFetching || (!again && (state.data !== undefined || state.error))) return Promise.resolve();
  update(key, { isFetching: true });
  const attempt = (retries: number): Promise<void> =>
    query.load().then(
      (data) => update(key, { data, error: null, isFetching: false }),
      (error: unknown) =>
        retries > 0
          ? new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS)).then(() => attempt(retries - 1))
          : update(key, { error: error instanceof Error ? error : new Error(String(error)), isFetching: false }),
    );
  return attempt(1);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The state of `query`, loaded when first shown. `query` should keep its identity between renders (a constant, or memoised). */
export function useQuery<T>(query: Query<T>): QueryResult<T> & { refetch: () => Promise<void> } {
  const { key } = query;
  const state = useSyncExternalStore(subscribe, () => (key === undefined ? IDLE : (entries.get(key)?.state ?? IDLE)) as QueryResult<T>);
  useEffect(() => {
    const { key } = query;
    if (key === undefined) return;
    const shown = entry(key);
    shown.readers++;
    clearTimeout(shown.drop);
    void fetchQuery(query);
    return () => {
      if (--shown.readers === 0) shown.drop = setTimeout(() => shown.readers === 0 && entries.delete(key), KEEP_UNUSED_MS);
    };
  }, [query]);
  const refetch = useCallback(() => fetchQuery(query, true), [query]);
  return { ...state, refetch };
}
