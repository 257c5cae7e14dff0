import type { Report } from '../analysis/report/types.ts';
import { ComparisonsList } from '../features/library/comparisons-list.tsx';
import { ImportPanel } from '../features/library/import-panel.tsx';
import { LibraryPanel, MAX_COMPARED } from '../features/library/library-panel.tsx';
import { StorageNotice } from '../features/library/storage-notice.tsx';
import type { LibraryState } from '../features/library/use-library.ts';
import { ModalDialog } from './modal-dialog.tsx';

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
  const titleOf = (id: string) => {
    const report = reports.find((r) => r.id === id);
    return report ? report.title || report.file || 'Untitled report' : undefined;
  };
  return (
    <ModalDialog open={open} onClose={onClose} titleId="library-title" title="Your reports" sizeClassName="max-h-[90dvh] w-[min(56rem,calc(100vw-1rem))] overflow-y-auto">
      <StorageNotice status={library.status} reason={library.reason} />
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <p role="status" className="px-4 text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {library.saving ? 'Saving to this device…' : library.notice}
      </p>
      <div className="grid gap-2 md:grid-cols-2">
        <div>
          <ImportPanel
            existing={reports}
            onImported={(report) => {
              void library.saveReport(report);
              // A new report joins the comparison straight away, if there is room.
              if (selectedIds.length < MAX_COMPARED) onSelect([...selectedIds, report.id]);
            }}
          />
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
