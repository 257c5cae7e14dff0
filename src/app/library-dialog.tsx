import { useId, useState } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { ComparisonsList } from '../features/library/comparisons-list.tsx';
import { ImportPanel } from '../features/library/import-panel.tsx';
import { LibraryPanel, MAX_COMPARED } from '../features/library/library-panel.tsx';
import { StorageNotice } from '../features/library/storage-notice.tsx';
import type { DraftImport } from '../analysis/import/import-draft.ts';
import type { DraftImporter } from '../features/library/read-import-file.ts';
import type { LibraryState } from '../features/library/use-library.ts';
import { inWorker } from '../worker/analysis-client.ts';
import { ModalDialog } from './modal-dialog.tsx';
import { reportName } from '../shared/report-name.ts';

interface LibraryDialogProps {
  open: boolean;
  onClose(): void;
  library: LibraryState;
  reports: Report[];
  bundledIds: string[];
  selectedIds: string[];
  onSelect(ids: string[]): void;
  /** The reports in the panes now (saved with a comparison), and the way to set them on opening one. */
  shownIds: string[];
  onShow(ids: string[]): void;
}

/**
 * The library as a modal dialog: import, choose what is compared, edit, delete, saved comparisons.
 * Loaded lazily with its import code (Readability), which the first screen never needs.
 */
export default function LibraryDialog({ open, onClose, library, reports, bundledIds, selectedIds, onSelect, shownIds, onShow }: LibraryDialogProps) {
  const ids = useId();
  // Where imported reports go. A new comparison by default: reports of another story joining the one
  // open would be compared with it without anyone asking. The first import starts it and the next
  // ones join it (`started`) until the reader picks "a new comparison" again, for the next story: with
  // two choices, the second story's reports had joined the first's under a radio that said "new".
  // Reset each time the dialog opens.
  const [destination, setDestination] = useState<'new' | 'started' | 'open'>('new');
  const [started, setStarted] = useState<{ id: string; name: string; reportIds: string[] } | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setDestination('new');
      setStarted(null);
    }
  }
  const openTitles = selectedIds.map((id) => titleOf(id) ?? 'untitled').join(', ');
  const imported = (report: Report) => {
    void library.saveReport(report);
    if (destination === 'open') {
      if (selectedIds.length < MAX_COMPARED) onSelect([...selectedIds, report.id]);
      return;
    }
    // The first report imported here starts a comparison named after its headline; the next ones join it.
    const current = destination === 'started' ? started : null;
    const next = current
      ? { ...current, reportIds: current.reportIds.length < MAX_COMPARED ? [...current.reportIds, report.id] : current.reportIds }
      : { id: `c-${Date.now().toString(36)}`, name: reportName(report), reportIds: [report.id] };
    setStarted(next);
    setDestination('started');
    onSelect(next.reportIds);
    onShow(next.reportIds);
    void library.saveComparison({ ...next, shownIds: next.reportIds });
  };
  function titleOf(id: string) {
    const report = reports.find((r) => r.id === id);
    return report ? reportName(report) : undefined;
  }
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      titleId="library-title"
      title="Your reports"
      sizeClassName="max-h-[90dvh] w-[min(56rem,calc(100vw-1rem))] overflow-y-auto"
    >
      <StorageNotice status={library.status} reason={library.reason} />
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <p role="status" className="px-4 text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {library.saving ? 'Saving to this device…' : library.notice}
      </p>
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <fieldset className="mx-4 mt-4 rounded border border-stone-300 px-3 py-2 text-sm dark:border-stone-700">
            <legend className="px-1 font-sans font-semibold">Imported reports go to</legend>
            <label className="flex items-start gap-2 py-0.5">
              <input
                type="radio"
                name={`${ids}-dest`}
                checked={destination === 'new'}
                onChange={() => setDestination('new')}
                className="mt-1 size-4 accent-amber-700"
              />
              <span>
                a new comparison
                <span className="block text-xs text-stone-600 dark:text-stone-400">named after the first headline</span>
              </span>
            </label>
            {started && (
              <label className="flex items-start gap-2 py-0.5">
                <input
                  type="radio"
                  name={`${ids}-dest`}
                  checked={destination === 'started'}
                  onChange={() => setDestination('started')}
                  className="mt-1 size-4 accent-amber-700"
                />
                <span>
                  the comparison started here
                  <span className="block text-xs text-stone-600 dark:text-stone-400">
                    “{started.name}” ({started.reportIds.length} so far)
                  </span>
                </span>
              </label>
            )}
            <label className="flex items-start gap-2 py-0.5">
              <input
                type="radio"
                name={`${ids}-dest`}
                checked={destination === 'open'}
                disabled={selectedIds.length === 0}
                onChange={() => setDestination('open')}
                className="mt-1 size-4 accent-amber-700"
              />
              <span>
                the open comparison
                <span className="block text-xs text-stone-600 dark:text-stone-400">{selectedIds.length ? openTitles : 'no report is open'}</span>
              </span>
            </label>
          </fieldset>
          <ImportPanel existing={reports} onImported={imported} importer={importInWorker} />
        </div>
        <div>
          <LibraryPanel
            reports={reports}
            selectedIds={selectedIds}
            bundledIds={bundledIds}
            onToggle={(id) => onSelect(selectedIds.includes(id) ? selectedIds.filter((s) => s !== id) : [...selectedIds, id])}
            onDelete={(id) => {
              onSelect(selectedIds.filter((s) => s !== id));
              void library.deleteReport(id);
            }}
            onEdit={(edited, base) => void library.saveReport(edited, base)}
          />
          <ComparisonsList
            builtIn={{ name: 'Bundled example', reportIds: bundledIds, shownIds: bundledIds }}
            saved={library.comparisons ?? []}
            titleOf={titleOf}
            currentIds={selectedIds}
            onOpen={(ids, shown) => {
              onSelect(ids);
              onShow(shown);
              onClose();
            }}
            onSave={(name) => void library.saveComparison({ id: `c-${Date.now().toString(36)}`, name, reportIds: selectedIds, shownIds })}
            onDelete={(id) => void library.deleteComparison(id)}
          />
        </div>
      </div>
    </ModalDialog>
  );
}

/** Imports are parsed and checked in the analysis worker: a report of megabytes takes seconds. */
const importInWorker: DraftImporter = (source, meta, others) => inWorker<DraftImport>((api) => api.importDraft(source, meta, [...others]));
