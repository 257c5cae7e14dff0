// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryTabs } from '../../shared/__tests__/memory-tabs.ts';
import { reconcileSelection, useSelection } from '../use-selection.ts';

const KEY = 'parallax.selection';
afterEach(cleanup);
beforeEach(() => localStorage.clear());

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

describe('reconcileSelection', () => {
  it('keeps known ids in their order and drops unknown and repeated ones', () => {
    expect(reconcileSelection(['b', 'ghost', 'a', 'b'], new Set(['a', 'b']))).toEqual(['b', 'a']);
  });
});

describe('useSelection', () => {
  it('drops ids storage does not hold once the library is read, and saves that', () => {
    localStorage.setItem(KEY, JSON.stringify(['x', 'y', 'ghost-1', 'z', 'ghost-2']));
    const channel = memoryTabs<string[]>()();
    const { result, rerender } = renderHook(({ known }: { known?: ReadonlySet<string> }) => useSelection(['x', 'y'], known, { channel }), { initialProps: {} });
    expect(result.current[0]).toEqual(['x', 'y', 'ghost-1', 'z', 'ghost-2']);
    rerender({ known: new Set(['x', 'y', 'z']) });
    expect(result.current[0]).toEqual(['x', 'y', 'z']);
    expect(stored()).toEqual(['x', 'y', 'z']);
  });

  it('reconciles only on load: a report imported later is not dropped before the library re-reads', () => {
    const channel = memoryTabs<string[]>()();
    const { result, rerender } = renderHook(({ known }: { known?: ReadonlySet<string> }) => useSelection(['x', 'y'], known, { channel }), {
      initialProps: { known: new Set(['x', 'y']) as ReadonlySet<string> },
    });
    act(() => result.current[1](['x', 'y', 'new']));
    rerender({ known: new Set(['x', 'y']) });
    expect(result.current[0]).toEqual(['x', 'y', 'new']);
  });

  it('leaves the saved choice alone while storage is session-only, since its reports may be back next time', () => {
    localStorage.setItem(KEY, JSON.stringify(['x', 'y', 'imported']));
    const channel = memoryTabs<string[]>()();
    const { result } = renderHook(() => useSelection(['x', 'y'], new Set(['x', 'y']), { persistent: false, channel }));
    expect(result.current[0]).toEqual(['x', 'y']);
    expect(stored()).toEqual(['x', 'y', 'imported']);
  });

  it('a change in one tab reaches the other', () => {
    const channel = memoryTabs<string[]>();
    const first = renderHook(() => useSelection(['x', 'y'], undefined, { channel: channel() }));
    const second = renderHook(() => useSelection(['x', 'y'], undefined, { channel: channel() }));
    act(() => first.result.current[1](['y', 'z']));
    expect(second.result.current[0]).toEqual(['y', 'z']);
    expect(stored()).toEqual(['y', 'z']);
  });
});
