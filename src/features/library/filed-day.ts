import type { Report } from '../../analysis/report/types.ts';
import { MONTH_SHORT } from '../../analysis/text/calendar-words.ts';

/**
 * The day a wire dateline gives without its year ("LISBON, Sept 17 (Reuters) -", `Report.filed`), as
 * "17 Sep", for a report the text gives no other date; else null. Such a report is not undated: the
 * reader sees the day in its first line, and a comparison places it in the year of the reports it is
 * compared with (`dateline-year.ts`), so "no publication date" would be untrue. Here rather than in
 * shared/publication-date.ts: the first screen imports that module, and what it exports ships with it.
 */
export function filedDay(report: Pick<Report, 'published' | 'filed'>): string | null {
  const { published, filed } = report;
  // `filed` comes back from storage unchecked: a record another version wrote must not print "undefined".
  const month = filed && Number.isInteger(filed.day) ? MONTH_SHORT[filed.month - 1] : undefined;
  return !published && filed && month ? `${filed.day} ${month}` : null;
}

/** What stands for a yearless dateline day's year wherever the day is shown without one. */
export const FILED_YEAR_NOTE = 'no year given: taken from the reports it is compared with';
