import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Report } from '../analysis/report/types.ts';
import { comparisonName } from '../features/library/comparison-name.ts';
import { ComparisonsList, sameIds } from '../features/library/comparisons-list.tsx';
import { ImportPanel } from '../features/library/import-panel.tsx';
import { LibraryPanel, MAX_COMPARED } from '../features/library/library-panel.tsx';
import { StorageNotice } from '../features/library/storage-notice.tsx';
import type { DraftImport } from '../analysis/import/import-draft.ts';
import type { DraftImporter } from '../features/library/read-import-file.ts';
import type { LibraryState } from '../features/library/use-library.ts';
import { useOpenComparison } from '../features/library/use-open-comparison.ts';
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
  // `name`: its first report's, said in the choice until storage has it (comparison-name.ts derives it from then on).
  const [started, setStarted] = useState<{ id: string; name: string; reportIds: string[] } | null>(null);
  const [openId, setOpenId] = useOpenComparison();
  const [wasOpen, setWasOpen] = useState(open);
  // Counts the library's openings and closings: what an action said ("Added 3 reports to the
  // library.", "Saved all 3 reports.") belongs to the visit it was done in. Kept in the page when
  // closed, it had still been in the status lines long after (user test Y).
  const [visit, setVisit] = useState(0);
  const { setNotice } = library;
  useEffect(() => {
    setNotice(null);
  }, [open, setNotice]);
  if (open !== wasOpen) {
    setWasOpen(open);
    setVisit(visit + 1);
    if (open) {
      setDestination('new');
      setStarted(null);
    }
  }
  const startedRecord = started && library.comparisons?.find((c) => c.id === started.id);
  const startedName = startedRecord ? comparisonName(startedRecord, titleOf) : started?.name;
  const openTitles = selectedIds.map((id) => titleOf(id) ?? 'untitled').join(', ');
  const imported = (added: Report[]) => {
    const [first] = added;
    if (!first) return;
    // The import panel says what was added ("Added 3 reports to the library.", beside the paste box
    // the keyboard returns to); the saves say only what went wrong. Each had said "Saved “…”." at the
    // dialog's top as well: two messages for one paste.
    for (const report of added) void library.saveReport(report, undefined, { quiet: true });
    const addedIds = added.map((r) => r.id);
    if (destination === 'open') {
      const reportIds = [...selectedIds, ...addedIds].slice(0, MAX_COMPARED);
      onSelect(reportIds);
      // A saved comparison open now takes them in as well: the reports had joined the panes only, and
      // the saved one, no longer holding what was open, lost its "(open now)" and never had them.
      const record = openId ? library.comparisons?.find((c) => c.id === openId) : undefined;
      if (
        record &&
        sameIds(
          record.reportIds.filter((id) => titleOf(id) !== undefined),
          selectedIds,
        )
      ) {
        void library.updateComparison(record.id, (stored) => stored && { ...stored, reportIds });
      }
      return;
    }
    // The first report imported here starts a comparison, named after its first report while the user
    // gives it no name; the next ones join it.
    const current = destination === 'started' ? started : null;
    const next = current
      ? { ...current, reportIds: [...current.reportIds, ...addedIds].slice(0, MAX_COMPARED) }
      : { id: newComparisonId(), name: reportName(first), reportIds: addedIds.slice(0, MAX_COMPARED) };
    setStarted(next);
    setDestination('started');
    setOpenId(next.id);
    onSelect(next.reportIds);
    onShow(next.reportIds);
    // Written over the stored record, not from `next`: a name the user gave it meanwhile stays.
    const { id, reportIds } = next;
    void library.updateComparison(id, (stored) => ({ savedAt: new Date().toISOString(), ...stored, id, reportIds, shownIds: reportIds }));
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
            <Choice name={`${ids}-dest`} checked={destination === 'new'} onChoose={() => setDestination('new')} detail="named after the first headline">
              a new comparison
            </Choice>
            {started && (
              <Choice
                name={`${ids}-dest`}
                checked={destination === 'started'}
                onChoose={() => setDestination('started')}
                detail={`“${startedName}” (${started.reportIds.length} so far)`}
              >
                the comparison started here
              </Choice>
            )}
            <Choice
              name={`${ids}-dest`}
              checked={destination === 'open'}
              disabled={selectedIds.length === 0}
              onChoose={() => setDestination('open')}
              detail={selectedIds.length ? openTitles : 'no report is open'}
            >
              the open comparison
            </Choice>
          </fieldset>
          <ImportPanel existing={reports} onImported={imported} importer={importInWorker} visit={visit} />
        </div>
        <div>
          <LibraryPanel
            reports={reports}
            selectedIds={selectedIds}
            bundledIds={bundledIds}
            onToggle={(id) => onSelect(selectedIds.includes(id) ? selectedIds.filter((s) => s !== id) : [...selectedIds, id])}
            onDelete={(id) => {
              onSelect(selectedIds.filter((s) => s !== id));
              // Storage takes it out of the saved comparisons; the one started here drops it too, or the next import would put it back.
              setStarted((s) => s && { ...s, reportIds: s.reportIds.filter((r) => r !== id) });
              void library.deleteReport(id);
            }}
            onEdit={(edited, base) => void library.saveReport(edited, base)}
          />
          <ComparisonsList
            builtIn={{ name: 'Bundled example', reportIds: bundledIds, shownIds: bundledIds }}
            saved={library.comparisons ?? []}
            titleOf={titleOf}
            currentIds={selectedIds}
            openId={openId}
            onOpen={(id, ids, shown) => {
              setOpenId(id);
              onSelect(ids);
              onShow(shown);
              onClose();
            }}
            onSave={(name) => {
              const id = newComparisonId();
              void library.saveComparison({ id, name, reportIds: selectedIds, shownIds });
              // The new one is what the reader shows from now on, a copy too (as after "Save as" in an editor).
              setOpenId(id);
            }}
            onRename={(id, name) => void library.updateComparison(id, (stored) => stored && { ...stored, name })}
            onDelete={(id) => void library.deleteComparison(id)}
            visit={visit}
          />
        </div>
      </div>
    </ModalDialog>
  );
}

function newComparisonId(): string {
  return `c-${Date.now().toString(36)}`;
}

/** Imports are parsed and checked in the analysis worker: a report of megabytes takes seconds. */
const importInWorker: DraftImporter = (source, meta, others) => inWorker<DraftImport>((api) => api.importDraft(source, meta, [...others]));

/** One place imported reports may go: a radio button, its name, and what it holds now. */
function Choice(props: { name: string; checked: boolean; disabled?: boolean; onChoose(): void; detail: string; children: ReactNode }) {
  return (
    <label className="flex items-start gap-2 py-0.5">
      <input
        type="radio"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChoose}
        className="mt-1 size-4 accent-amber-700"
      />
      <span>
        {props.children}
        <span className="block text-xs text-stone-600 dark:text-stone-400">{props.detail}</span>
      </span>
    </label>
  );
}
