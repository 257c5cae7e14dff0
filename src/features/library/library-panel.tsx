import { useId, useState, type FormEvent } from 'react';
import { INPUT, ROW_BUTTON, SaveCancel } from './form-parts.tsx';
import type { Report } from '../../analysis/report/types.ts';
import { withPublished } from '../../analysis/report/with-published.ts';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import { publishedNote } from '../../shared/published-note.ts';
import { FILED_YEAR_NOTE, filedDay, inferredFrom } from './filed-day.ts';
import { reportName, untitledName, untitledNote } from '../../shared/report-name.ts';
import { useFocusAfter } from './use-focus-after.ts';

export interface LibraryPanelProps {
  reports: Report[];
  /** Reports currently compared, in reading order. */
  selectedIds: string[];
  /** Reports that ship with the app: they can be edited here but not deleted. */
  bundledIds: string[];
  onToggle(id: string): void;
  onDelete(id: string): void;
  /** `base` is the report as the edit form first showed it, so only what the user changed is saved. */
  onEdit(edited: Report, base: Report): void;
}

/** How many reports one comparison can show side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 8;

/**
 * The reports on this device, with a checkbox each to choose what is compared (2–8). Deleting asks
 * first, inline rather than in a modal, so keyboard focus stays where it was; title, source and
 * date are edited inline too, since a wrong date changes how "on Monday" is resolved.
 */
export function LibraryPanel({ reports, selectedIds, bundledIds, onToggle, onDelete, onEdit }: LibraryPanelProps) {
  const ids = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  // Once a row's form or confirmation closes, focus goes to the control that opened it, or after a
  // deletion to the next report (else the heading).
  const setFocusNext = useFocusAfter(`${ids}-heading`);
  const selected = new Set(selectedIds);
  const bundled = new Set(bundledIds);
  const full = selected.size >= MAX_COMPARED;

  const status =
    selected.size < MIN_COMPARED
      ? `Choose at least ${MIN_COMPARED} reports to compare (${selected.size} chosen).`
      : `${selected.size} of ${reports.length} reports compared${full ? ` — the most that fit side by side is ${MAX_COMPARED}` : ''}.`;

  return (
    <section aria-labelledby={`${ids}-heading`} className="space-y-3 p-4 text-sm">
      <h2 id={`${ids}-heading`} tabIndex={-1} className="font-sans text-base font-semibold">
        Library
      </h2>
      <p id={`${ids}-status`} role="status" className="text-stone-700 dark:text-stone-300">
        {status}
      </p>
      {reports.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">No reports yet. Add one above.</p>
      ) : (
        <ul className="divide-y divide-stone-300 dark:divide-stone-700">
          {reports.map((report, index) => {
            const checked = selected.has(report.id);
            const isBundled = bundled.has(report.id);
            const name = reportName(report);
            return (
              <li key={report.id} className="py-2">
                {editing === report.id ? (
                  <EditForm
                    report={report}
                    onSave={(edited, base) => {
                      onEdit(edited, base);
                      setEditing(null);
                      setFocusNext(`${ids}-edit-${report.id}`);
                    }}
                    onCancel={() => {
                      setEditing(null);
                      setFocusNext(`${ids}-edit-${report.id}`);
                    }}
                  />
                ) : (
                  <div className="flex items-start gap-2">
                    <input
                      id={`${ids}-${report.id}`}
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => onToggle(report.id)}
                      aria-describedby={!checked && full ? `${ids}-status` : undefined}
                      className="mt-1"
                    />
                    <div className="min-w-0 flex-1">
                      <label htmlFor={`${ids}-${report.id}`} className="block font-medium">
                        {name}
                      </label>
                      <p className="text-xs text-stone-600 dark:text-stone-400">
                        {[report.source, describePublished(report), isBundled ? 'bundled' : null].filter(Boolean).join(' · ')}
                      </p>
                      {confirming === report.id && (
                        <div role="group" aria-label={`Confirm deleting ${name}`} className="mt-2 flex flex-wrap items-center gap-2">
                          <span>Delete “{name}” from this device?</span>
                          <button
                            type="button"
                            onClick={() => {
                              setConfirming(null);
                              const next = reports[index + 1] ?? reports[index - 1];
                              setFocusNext(next ? `${ids}-${next.id}` : `${ids}-heading`);
                              onDelete(report.id);
                            }}
                            className="rounded bg-red-700 px-2 py-1 text-white hover:bg-red-800"
                          >
                            Delete
                          </button>
                          <button
                            type="button"
                            onClick={() => {
                              setConfirming(null);
                              setFocusNext(`${ids}-delete-${report.id}`);
                            }}
                            className="rounded border border-stone-400 px-2 py-1"
                            autoFocus
                          >
                            Keep
                          </button>
                        </div>
                      )}
                    </div>
                    <div className="flex shrink-0 gap-1">
                      <button
                        type="button"
                        id={`${ids}-edit-${report.id}`}
                        onClick={() => setEditing(report.id)}
                        aria-label={`Edit ${name}`}
                        className={ROW_BUTTON}
                      >
                        Edit
                      </button>
                      {!isBundled && confirming !== report.id && (
                        <button
                          type="button"
                          id={`${ids}-delete-${report.id}`}
                          onClick={() => setConfirming(report.id)}
                          aria-label={`Delete ${name}`}
                          className={ROW_BUTTON}
                        >
                          Delete
                        </button>
                      )}
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** "24 Sep 2014", "24 Sep 2014 (inferred from the text)", a yearless dateline's "17 Sep (no year given: …)" or "no publication date". */
function describePublished(report: Report): string {
  const filed = filedDay(report);
  if (filed) return `${filed} (${FILED_YEAR_NOTE})`;
  if (!report.published) return 'no publication date';
  const note = publishedNote(report.publishedFrom);
  return `${formatIsoDay(report.published)}${note ? ` (${note})` : ''}`;
}

function EditForm({ report, onSave, onCancel }: { report: Report; onSave(edited: Report, base: Report): void; onCancel(): void }) {
  const ids = useId();
  // The report as the form opened: another tab may change it meanwhile, and what it changed must not be undone here.
  const [base] = useState(report);
  const [title, setTitle] = useState(report.title);
  const [source, setSource] = useState(report.source ?? '');
  const [published, setPublished] = useState(report.published ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Through withPublished: a changed date is the user's, an untouched one keeps where it came from.
    onSave(withPublished({ ...base, title: title.trim(), source: source.trim() || null }, published || null), base);
  };
  const note = published === report.published ? publishedNote(report.publishedFrom) : null;
  return (
    <form onSubmit={submit} aria-label={`Edit ${reportName(report)}`} className="grid gap-2">
      {/* The row the form replaces named the report; on a phone the form is all there is to see. */}
      <p className="font-semibold">Editing “{reportName(report)}”</p>
      <label htmlFor={`${ids}-t`} className="font-medium">
        Title
      </label>
      <input
        id={`${ids}-t`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder={untitledName(report)}
        aria-describedby={title.trim() ? undefined : `${ids}-t-note`}
        className={INPUT}
        autoFocus
      />
      {!title.trim() && (
        <p id={`${ids}-t-note`} className="text-xs text-stone-600 dark:text-stone-400">
          {untitledNote(report)}
        </p>
      )}
      <label htmlFor={`${ids}-s`} className="font-medium">
        Source
      </label>
      <input id={`${ids}-s`} value={source} onChange={(e) => setSource(e.target.value)} className={INPUT} />
      <label htmlFor={`${ids}-d`} className="font-medium">
        Publication date
      </label>
      <input
        id={`${ids}-d`}
        type="date"
        value={published}
        onChange={(e) => setPublished(e.target.value)}
        aria-describedby={note ? `${ids}-d-note` : undefined}
        className={INPUT}
      />
      {note && (
        <p id={`${ids}-d-note`} className="text-xs text-stone-600 dark:text-stone-400">
          {capitalize(note)}: {inferredFrom(report)}. Correct it if you know when it was published.
        </p>
      )}
      <SaveCancel onCancel={onCancel} />
    </form>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
