import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback whose identity never changes but which always runs the latest render's code: handed to
 * every sentence, it must not change with the active fact, or every sentence would re-render on `j`.
 */
export function useStableCallback<A extends unknown[], R = void>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
