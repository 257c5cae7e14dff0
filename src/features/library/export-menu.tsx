import { useState } from 'react';
import type { Comparison } from '../../analysis/compare.ts';
import { EXPORT_FORMATS, exportComparison, exportFileName, type ExportFormat } from '../../analysis/export/formats.ts';
import type { Report } from '../../analysis/report/types.ts';
import { reportName } from '../../shared/report-name.ts';
import { givenNameOnScreen } from './comparison-name.ts';
import { libraryStorage, type SavedComparison } from './storage.ts';
import { readOpenComparison } from './use-open-comparison.ts';

export interface ExportMenuProps {
  reports: Report[];
  /** Undefined while the analysis runs: the buttons are disabled until there is something to export. */
  comparison: Comparison | undefined;
  /**
   * The saved comparisons, read when a file is asked for: when the one on screen was given a name,
   * the files are called by it. Read here rather than passed in, so the first screen carries none of it.
   */
  listSaved?: () => Promise<readonly SavedComparison[]>;
}

const listSavedComparisons = () => libraryStorage().listComparisons();

/** What the reader called the comparison on screen, if it is a saved one they named. */
async function givenName(reports: readonly Report[], listSaved: () => Promise<readonly SavedComparison[]>): Promise<string | undefined> {
  const openId = readOpenComparison();
  if (!openId) return undefined;
  try {
    return givenNameOnScreen(
      await listSaved(),
      openId,
      reports.map((r) => r.id),
    );
  } catch {
    // Storage failing to answer costs the name, not the download.
    return undefined;
  }
}

/** Downloads the comparison in every export format; files are built here, nothing is uploaded. */
export function ExportMenu({ reports, comparison, listSaved = listSavedComparisons }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const download = async (format: ExportFormat) => {
    if (!comparison) return;
    const given = await givenName(reports, listSaved);
    // The JSON's `title` is the CLI's contract: the headline as read, empty when there was none. The
    // files people read (Markdown, calendar, the spreadsheets' report_title) and the file name call an
    // untitled report what the app does: a user test found the CSVs' titles empty where the rest said "7_7ecb".
    const named = reports.map((r) => ({ ...r, title: reportName(r) }));
    const name = exportFileName(format, named, given);
    try {
      let content = exportComparison(format, format === 'json' ? reports : named, comparison, { name: given });
      // A BOM makes Excel read UTF-8 CSV as UTF-8 instead of the system code page.
      if (format === 'csv' || format === 'timeline-csv') content = `\uFEFF${content}`;
      saveFile(new Blob([content], { type: EXPORT_FORMATS[format].mime }), name);
      setMessage(`Downloaded ${name}${emptyTimeline(format, comparison)}.`);
    } catch (error) {
      setMessage(`Could not export ${name}: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  return (
    <div role="group" aria-label="Export this comparison" className="flex flex-wrap items-center gap-2 text-sm">
      {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          disabled={!comparison}
          onClick={() => void download(format)}
          className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100 disabled:opacity-50 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {EXPORT_FORMATS[format].label}
        </button>
      ))}
      <span role="status" className="text-stone-600 dark:text-stone-400">
        {message}
      </span>
    </div>
  );
}

/** Why a timeline export holds no events, said with its download: an empty file had come with "Downloaded …" alone. */
function emptyTimeline(format: ExportFormat, comparison: Comparison): string {
  if ((format !== 'ics' && format !== 'timeline-csv') || comparison.timeline.length > 0) return '';
  const waiting = comparison.undated.length;
  return waiting
    ? `: it has no events, as ${waiting} ${waiting === 1 ? 'waits' : 'wait'} for a publication date (set one in the Timeline tab)`
    : ': it has no events, as the reports date none';
}

/** Blob → object URL → a temporary `<a download>`; the URL is revoked once the click has been handled. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
