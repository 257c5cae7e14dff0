// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setActiveFact, useActiveFactId } from '../active-fact.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('the active fact', () => {
  it('starts from the URL (a deep link)', () => {
    history.replaceState(null, '', '/?fact=f2');
    expect(renderHook(() => useActiveFactId()).result.current).toBe('f2');
  });
  it('changes at once, and reaches ?fact= after the next frame, other parameters kept', () => {
    history.replaceState(null, '', '/?view=reader#report-B');
    const { result } = renderHook(() => useActiveFactId());
    act(() => setActiveFact('f3'));
    expect(result.current).toBe('f3');
    expect(location.search).toBe('?view=reader');
    act(() => vi.advanceTimersByTime(50));
    expect(new URLSearchParams(location.search).get('fact')).toBe('f3');
    expect(new URLSearchParams(location.search).get('view')).toBe('reader');
    expect(location.hash).toBe('#report-B');
  });
  it('writes the URL once for quick steps, with the last fact, and the write re-renders nothing', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useActiveFactId();
    });
    act(() => {
      setActiveFact('f1');
      setActiveFact('f2');
    });
    const rendersBeforeWrite = renders;
    const replaceState = vi.spyOn(history, 'replaceState');
    act(() => vi.advanceTimersByTime(50));
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?fact=f2');
    expect(result.current).toBe('f2');
    expect(renders).toBe(rendersBeforeWrite);
    replaceState.mockRestore();
  });
  it('clears ?fact= when no fact is active', () => {
    history.replaceState(null, '', '/?fact=f1');
    const { result } = renderHook(() => useActiveFactId());
    act(() => setActiveFact(null));
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(50));
    expect(location.search).toBe('');
  });
});
