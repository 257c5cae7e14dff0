// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../analysis/report/types.ts';
import { LibraryStorage, memoryBackend, type StorageBackend } from '../storage.ts';
import { StorageNotice } from '../storage-notice.tsx';
import { useLibrary } from '../use-library.ts';

afterEach(cleanup);

const report = (id: string): Report => ({ id, title: `Report ${id}`, source: null, published: null, publishedFrom: null, paragraphs: ['Body.'], removed: [] });

describe('useLibrary', () => {
  it('loads, saves and deletes through storage', async () => {
    const storage = new LibraryStorage(async () => memoryBackend());
    const { result } = renderHook(() => useLibrary(storage));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    await act(() => result.current.saveReport(report('a')));
    expect(result.current.reports?.map((r) => r.id)).toEqual(['a']);
    await act(() => result.current.saveComparison({ id: 'c', name: 'Pair', reportIds: ['a'], shownIds: ['a'] }));
    expect(result.current.comparisons?.map((c) => c.name)).toEqual(['Pair']);
    await act(() => result.current.deleteReport('a'));
    expect(result.current.reports).toEqual([]);
    expect(result.current.status).toBe('persistent');
  });

  it('reports a fall-back to memory', async () => {
    const failing: StorageBackend = { ...memoryBackend(), put: async () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const storage = new LibraryStorage(async () => failing);
    const { result } = renderHook(() => useLibrary(storage));
    await waitFor(() => expect(result.current.reports).toEqual([]));
    await act(() => result.current.saveReport(report('a')));
    expect(result.current.status).toBe('session-only');
    expect(result.current.reason).toBe('the browser’s storage is full');
    expect(result.current.reports?.map((r) => r.id)).toEqual(['a']);
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
