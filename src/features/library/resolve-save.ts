import type { Report } from '../../analysis/report/types.ts';

/** A report as stored: `savedAt` (ISO, the first save) orders the library and marks a stored copy. */
export type StoredReport = Report & { savedAt: string };

/**
 * What a user can change about a report once it is in the library; its text never changes. The
 * date and where it came from are one field: a date without its provenance would be mislabelled.
 */
const EDITABLE: readonly (readonly (keyof Report)[])[] = [['title'], ['source'], ['published', 'publishedFrom']];

export type ReportEdit = Partial<Pick<Report, 'title' | 'source' | 'published' | 'publishedFrom'>>;

/** The fields `edited` changed relative to `base`, the copy the user started from. */
export function editBetween(base: Report, edited: Report): ReportEdit {
  const edit: Record<string, unknown> = {};
  for (const group of EDITABLE) {
    if (group.some((field) => edited[field] !== base[field])) for (const field of group) edit[field] = edited[field];
  }
  return edit as ReportEdit;
}

export type SaveOutcome =
  /** `replaced`: fields another tab had changed since `base` that this edit set again (the later edit wins). */
  | { kind: 'written'; record: StoredReport; replaced: (keyof ReportEdit)[] }
  | { kind: 'unchanged'; record: StoredReport }
  /** The edit was made on a stored copy that is gone: another tab deleted the report. Nothing is written. */
  | { kind: 'deleted' };

/**
 * What to store when `report` is saved, given what storage holds now (`stored`, read in the same
 * transaction as the write).
 *
 * Without `base` the report is new (an import) and is stored whole. With `base`, the copy the edit
 * started from, only the fields the user changed are applied, on top of the stored record: a tab
 * whose copy is stale never writes back fields it did not touch, so another tab's change to them
 * survives. Two tabs changing the same field end with the later edit, which is what the user typed
 * last. A base that was a stored copy (it has `savedAt`) but no longer has a record was deleted
 * elsewhere, and the edit does not bring it back; a base that never was stored (a bundled report)
 * gets its first saved copy.
 */
export function resolveSave(stored: StoredReport | undefined, report: Report, base: Report | undefined, now: string): SaveOutcome {
  if (!base) return { kind: 'written', record: { ...withoutSavedAt(report), savedAt: stored?.savedAt ?? now }, replaced: [] };
  const edit = editBetween(base, report);
  const fields = Object.keys(edit) as (keyof ReportEdit)[];
  if (!stored) {
    if (hasSavedAt(base)) return { kind: 'deleted' };
    return { kind: 'written', record: { ...withoutSavedAt(base), ...edit, savedAt: now }, replaced: [] };
  }
  if (!fields.length) return { kind: 'unchanged', record: stored };
  const replaced = fields.filter((field) => stored[field] !== base[field] && stored[field] !== edit[field]);
  return { kind: 'written', record: { ...stored, ...edit }, replaced };
}

function hasSavedAt(report: Report): report is StoredReport {
  return typeof (report as Partial<StoredReport>).savedAt === 'string';
}

function withoutSavedAt(report: Report): Report {
  const { savedAt: _ignored, ...plain } = report as Partial<StoredReport> & Report;
  return plain;
}
