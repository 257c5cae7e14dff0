// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { memoryTabs } from '../../../shared/__tests__/memory-tabs.ts';
import { LibraryStorage, memoryBackend, type LibraryChange, type StorageBackend } from '../storage.ts';
import { StorageNotice } from '../storage-notice.tsx';
import { useLibrary } from '../use-library.ts';

afterEach(cleanup);

const report = (id: string): Report => ({ id, title: `Report ${id}`, source: null, published: null, publishedFrom: null, paragraphs: ['Body.'], removed: [] });

describe('useLibrary', () => {
  it('loads, saves and deletes through storage, and says what it did', async () => {
    const storage = new LibraryStorage(async () => memoryBackend());
    const { result } = renderHook(() => useLibrary(storage));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    await act(() => result.current.saveReport(report('a')));
    expect(result.current.reports?.map((r) => r.id)).toEqual(['a']);
    expect(result.current.notice).toBe('Saved “Report a”.');
    // Quiet, as an import whose panel says "Added …" itself: the notice is not said again.
    await act(() => result.current.setNotice(null));
    await act(() => result.current.saveReport(report('b'), undefined, { quiet: true }));
    expect(result.current.reports?.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(result.current.notice).toBeNull();
    await act(() => result.current.deleteReport('b'));
    await act(() => result.current.saveComparison({ id: 'c', name: 'Pair', reportIds: ['a'], shownIds: ['a'] }));
    expect(result.current.comparisons?.map((c) => c.name)).toEqual(['Pair']);
    await act(() => result.current.deleteReport('a'));
    expect(result.current.reports).toEqual([]);
    expect(result.current.notice).toBe('Deleted “Report a” from this device.');
    expect(result.current.status).toBe('persistent');
  });

  it('reports a fall-back to memory', async () => {
    const failing: StorageBackend = {
      ...memoryBackend(),
      update: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const storage = new LibraryStorage(async () => failing);
    const { result } = renderHook(() => useLibrary(storage));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    await act(() => result.current.saveReport(report('a')));
    expect(result.current.status).toBe('session-only');
    expect(result.current.reason).toBe('the browser’s storage is full');
    expect(result.current.reports?.map((r) => r.id)).toEqual(['a']);
  });

  it('re-reads when another tab changes the library, and says when an edit hit a deleted report', async () => {
    const shared = memoryBackend();
    const channel = memoryTabs<LibraryChange>();
    const mine = new LibraryStorage(async () => shared, { channel: channel() });
    const theirs = new LibraryStorage(async () => shared, { channel: channel() });
    const { result } = renderHook(() => useLibrary(mine));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    await act(() => theirs.saveReport(report('a')).then(() => undefined));
    await waitFor(() => expect(result.current.reports?.map((r) => r.id)).toEqual(['a']));
    const copy = result.current.reports![0]!;
    await act(() => theirs.deleteReport('a'));
    await act(() => result.current.saveReport({ ...copy, title: 'Too late' }, copy));
    expect(result.current.reports).toEqual([]);
    expect(result.current.notice).toBe('“Report a” was deleted in another tab, so your change was not saved.');
  });

  it('asks before the page is left while a write is pending', async () => {
    let finish = () => {};
    const slow: StorageBackend = { ...memoryBackend(), update: () => new Promise<void>((resolve) => (finish = resolve)) };
    const storage = new LibraryStorage(async () => slow, { channel: memoryTabs<LibraryChange>()() });
    const { result } = renderHook(() => useLibrary(storage));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    let saving!: Promise<void>;
    act(() => {
      saving = result.current.saveReport(report('a'));
    });
    expect(leave()).toBe(true);
    expect(result.current.saving).toBe(true);
    await act(async () => {
      await waitFor(() => expect(storage.hasPendingWrites()).toBe(true));
      finish();
      await saving;
    });
    expect(leave()).toBe(false);
    expect(result.current.saving).toBe(false);
  });
});

describe('StorageNotice', () => {
  it('says nothing is saved, and why', () => {
    render(<StorageNotice status="session-only" reason="the browser’s storage is full" />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing is saved on this device: the browser’s storage is full.');
  });

  it('is absent while storage works', () => {
    const { container } = render(<StorageNotice status="persistent" reason={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
