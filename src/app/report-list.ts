import type { Report } from '../analysis/report/types.ts';
import { withPublished } from '../analysis/report/with-published.ts';

/**
 * Every report the app knows, bundled first: a saved copy of a bundled report (edited title or date)
 * replaces it in place, the original text staying bundled; the library's own reports follow.
 */
export function mergeReports(bundled: readonly Report[], saved: readonly Report[], bundledIds: readonly string[]): Report[] {
  const savedById = new Map(saved.map((r) => [r.id, r]));
  const isBundled = new Set(bundledIds);
  return [...bundled.map((r) => savedById.get(r.id) ?? r), ...saved.filter((r) => !isBundled.has(r.id))];
}

/** The reports of `ids` in that order, skipping ids no report has (yet). */
export function pickReports(ids: readonly string[], reports: readonly Report[]): Report[] {
  return ids.map((id) => reports.find((r) => r.id === id)).filter((r): r is Report => !!r);
}

/**
 * The report with a publication date the reader gave. A new date goes through `withPublished`; the
 * same date, given in a form that said it was inferred, is a confirmation, so the mark goes.
 */
export function withUserDate(report: Report, date: string): Report {
  return report.published === date ? { ...report, publishedFrom: 'user' } : withPublished(report, date, 'user');
}
