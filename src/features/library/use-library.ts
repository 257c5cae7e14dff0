import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../analysis/report/types.ts';
import { libraryStorage, type LibraryStorage, type SavedComparison, type SavedReport, type StorageStatus } from './storage.ts';

export interface LibraryState {
  /** Undefined until the first read finishes. */
  reports: SavedReport[] | undefined;
  comparisons: SavedComparison[] | undefined;
  status: StorageStatus;
  /** Why nothing is saved, when `status` is session-only. */
  reason: string | null;
  saveReport(report: Report): Promise<void>;
  deleteReport(id: string): Promise<void>;
  saveComparison(comparison: Omit<SavedComparison, 'savedAt'>): Promise<void>;
  deleteComparison(id: string): Promise<void>;
}

/**
 * The saved library as React state. Every change is written first and the lists re-read after, so
 * what the UI shows is what storage holds (including after a fall-back to memory).
 */
export function useLibrary(storage: LibraryStorage = libraryStorage()): LibraryState {
  const [reports, setReports] = useState<SavedReport[]>();
  const [comparisons, setComparisons] = useState<SavedComparison[]>();
  const [status, setStatus] = useState(() => ({ status: storage.storageStatus(), reason: storage.storageReason() }));

  const refresh = useCallback(async () => {
    const [r, c] = await Promise.all([storage.listReports(), storage.listComparisons()]);
    setReports(r);
    setComparisons(c);
    setStatus({ status: storage.storageStatus(), reason: storage.storageReason() });
  }, [storage]);

  useEffect(() => {
    let live = true;
    const sync = () => live && setStatus({ status: storage.storageStatus(), reason: storage.storageReason() });
    const unsubscribe = storage.subscribe(sync);
    void refresh().then(sync);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [storage, refresh]);

  const after = useCallback(<A extends unknown[]>(op: (...args: A) => Promise<unknown>) => async (...args: A) => {
    await op(...args);
    await refresh();
  }, [refresh]);

  return {
    reports,
    comparisons,
    status: status.status,
    reason: status.reason,
    saveReport: after((report: Report) => storage.saveReport(report)),
    deleteReport: after((id: string) => storage.deleteReport(id)),
    saveComparison: after((comparison: Omit<SavedComparison, 'savedAt'>) => storage.saveComparison(comparison)),
    deleteComparison: after((id: string) => storage.deleteComparison(id)),
  };
}
