// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pushSearch, replaceSearch, useLocationSearch, useSearchParamValue } from './url-search.ts';

afterEach(() => history.replaceState(null, '', '/'));

describe('the URL store', () => {
  it('replaces the query string, keeps path and hash, adds no history entry, and every reader sees it', () => {
    history.replaceState(null, '', '/?fact=f1#report-B');
    const length = history.length;
    const first = renderHook(() => useLocationSearch());
    const second = renderHook(() => useLocationSearch());
    act(() => replaceSearch((q) => (q.set('fact', 'f3'), q)));
    expect(first.result.current).toBe('?fact=f3');
    expect(second.result.current).toBe('?fact=f3');
    expect(location.hash).toBe('#report-B');
    expect(history.length).toBe(length);
  });
  it('drops an empty query entirely rather than leaving a bare "?"', () => {
    history.replaceState(null, '', '/?fact=f1');
    act(() => replaceSearch(() => new URLSearchParams()));
    expect(location.href).toMatch(/\/$/);
  });
  it('pushes a change of view as a history entry that the back button undoes', async () => {
    const { result } = renderHook(() => useLocationSearch());
    act(() => pushSearch((q) => (q.set('view', 'timeline'), q)));
    expect(result.current).toBe('?view=timeline');
    await act(async () => {
      history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(result.current).toBe('');
  });
  it('re-renders a reader of one parameter only when that parameter changes', () => {
    history.replaceState(null, '', '/?view=timeline');
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useSearchParamValue('view');
    });
    const before = renders;
    act(() => replaceSearch((q) => (q.set('fact', 'f2'), q)));
    expect(renders).toBe(before);
    act(() => replaceSearch((q) => (q.delete('view'), q)));
    expect(result.current).toBeNull();
    expect(renders).toBe(before + 1);
  });
});
