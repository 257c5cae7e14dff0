// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchQuery, useQuery, type Query } from '../query-cache.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The cache is shared by the whole page: each test uses keys of its own. */
let next = 0;
const query = <T,>(load: () => Promise<T>): Query<T> => ({ key: `test-${next++}`, load });

describe('useQuery', () => {
  it('loads once for every reader of a key and gives them the same result', async () => {
    const load = vi.fn(() => Promise.resolve(['a report']));
    const q = query(load);
    const first = renderHook(() => useQuery(q));
    const second = renderHook(() => useQuery(q));
    expect(first.result.current.isPending).toBe(true);
    await waitFor(() => expect(first.result.current.data).toEqual(['a report']));
    expect(second.result.current.data).toBe(first.result.current.data);
    expect(first.result.current).toMatchObject({ isPending: false, isFetching: false, error: null });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load once more, then shows the error until a retry succeeds', async () => {
    vi.useFakeTimers();
    const load = vi.fn((): Promise<string> => Promise.reject(new Error('offline')));
    const q = query(load);
    const { result } = renderHook(() => useQuery(q));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ isError: true, isPending: false, isFetching: false });
    expect(result.current.error?.message).toBe('offline');

    load.mockImplementation(() => Promise.resolve('loaded'));
    await act(() => result.current.refetch());
    expect(result.current).toMatchObject({ data: 'loaded', error: null, isError: false });
  });

  it('shows a key loaded before at once, without loading it again', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const q = query(load);
    await fetchQuery(q);
    const { result } = renderHook(() => useQuery({ ...q }));
    expect(result.current.data).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing without a key', () => {
    const load = vi.fn(() => Promise.resolve(1));
    const { result } = renderHook(() => useQuery({ key: undefined, load }));
    expect(result.current).toMatchObject({ data: undefined, isFetching: false, error: null });
    expect(load).not.toHaveBeenCalled();
  });
});
