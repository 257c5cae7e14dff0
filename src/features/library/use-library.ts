import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../analysis/report/types.ts';
import {
  libraryStorage,
  type ComparisonChange,
  type LibraryStorage,
  type ReportSave,
  type SavedComparison,
  type SavedReport,
  type StorageStatus,
} from './storage.ts';
import { reportName } from '../../shared/report-name.ts';

export interface LibraryState {
  /** Undefined until the first read finishes. */
  reports: SavedReport[] | undefined;
  comparisons: SavedComparison[] | undefined;
  status: StorageStatus;
  /** Why nothing is saved, when `status` is session-only. */
  reason: string | null;
  /** True while a save or delete has not reached storage yet. */
  saving: boolean;
  /** What happened to the last edit when another tab had changed the same report; null otherwise. */
  notice: string | null;
  /** Saves a new report, or (with `base`, the copy the user edited) the fields the user changed. */
  /** Saves and says so in `notice`; with `quiet`, says only what went wrong or was merged (the caller says the rest). */
  saveReport(report: Report, base?: Report, options?: { quiet?: boolean }): Promise<void>;
  /** Replaces the notice with one the caller words (the import's "Add all" says all were saved), or clears it. */
  setNotice(notice: string | null): void;
  deleteReport(id: string): Promise<void>;
  saveComparison(comparison: Omit<SavedComparison, 'savedAt'>): Promise<void>;
  /** Writes what `change` makes of stored comparison `id` (`LibraryStorage.updateComparison`). */
  updateComparison(id: string, change: ComparisonChange): Promise<void>;
  deleteComparison(id: string): Promise<void>;
}

/**
 * The saved library as React state. Every change is written first and the lists re-read after, so
 * what the UI shows is what storage holds (including after a fall-back to memory); a change made
 * in another tab is re-read too. Leaving the page while a write is under way asks first.
 */
export function useLibrary(storage: LibraryStorage = libraryStorage()): LibraryState {
  const [reports, setReports] = useState<SavedReport[]>();
  const [comparisons, setComparisons] = useState<SavedComparison[]>();
  const [status, setStatus] = useState(() => ({ status: storage.storageStatus(), reason: storage.storageReason() }));
  const [saving, setSaving] = useState(() => storage.hasPendingWrites());
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [r, c] = await Promise.all([storage.listReports(), storage.listComparisons()]);
    setReports(r);
    setComparisons(c);
    setStatus({ status: storage.storageStatus(), reason: storage.storageReason() });
  }, [storage]);

  useEffect(() => {
    let live = true;
    const sync = () => live && setStatus({ status: storage.storageStatus(), reason: storage.storageReason() });
    const unsubscribe = storage.subscribe((event) => {
      if (!live) return;
      if (event === 'status') sync();
      else if (event === 'saving') setSaving(storage.hasPendingWrites());
      else void refresh();
    });
    void refresh().then(sync);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [storage, refresh]);

  useEffect(() => {
    // Read at the moment of leaving, not from React state, which a reload in the same task as the click would not see yet.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!storage.hasPendingWrites()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [storage]);

  const after = useCallback(
    <A extends unknown[]>(op: (...args: A) => Promise<unknown>) =>
      async (...args: A) => {
        await op(...args);
        await refresh();
      },
    [refresh],
  );

  const saveReport = useCallback(
    async (report: Report, base?: Report, { quiet = false }: { quiet?: boolean } = {}) => {
      const outcome = await storage.saveReport(report, base);
      // An ordinary save is said too: the edit form closes, and nothing else showed that it worked.
      // `quiet` when the caller says it already (an import's "Added … to the library."): said twice,
      // the two lines stood at both ends of the dialog for one paste.
      const said = describeOutcome(outcome, base ?? report) ?? (quiet ? null : `Saved “${reportName(report)}”.`);
      if (said) setNotice(said);
      await refresh();
    },
    [storage, refresh],
  );

  return {
    reports,
    comparisons,
    status: status.status,
    reason: status.reason,
    saving,
    notice,
    saveReport,
    setNotice,
    deleteReport: after(async (id: string) => {
      const gone = reports?.find((r) => r.id === id);
      await storage.deleteReport(id);
      setNotice(gone ? `Deleted “${reportName(gone)}” from this device.` : null);
    }),
    saveComparison: after((comparison: Omit<SavedComparison, 'savedAt'>) => storage.saveComparison(comparison)),
    updateComparison: after((id: string, change: ComparisonChange) => storage.updateComparison(id, change)),
    deleteComparison: after((id: string) => storage.deleteComparison(id)),
  };
}

const FIELD_NAMES: Record<string, string> = { title: 'title', source: 'source', published: 'publication date' };

/** A sentence when another tab was involved; null for an ordinary save. */
function describeOutcome(outcome: ReportSave, report: Report): string | null {
  const name = `“${reportName(report)}”`;
  if (outcome.kind === 'deleted') return `${name} was deleted in another tab, so your change was not saved.`;
  if (outcome.kind !== 'written' || !outcome.replaced.length) return null;
  const fields = [...new Set(outcome.replaced.map((f) => FIELD_NAMES[f]).filter(Boolean))];
  if (!fields.length) return null;
  return `${name} had also been changed in another tab: your ${fields.join(' and ')} replaced the one set there; its other changes are kept.`;
}
