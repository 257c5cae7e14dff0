import type { Report } from '../../analysis/report/types.ts';
import { MONTH_SHORT } from '../../analysis/text/calendar-words.ts';

/**
 * The day a wire dateline gives without its year ("LISBON, Sept 17 (Reuters) -", `Report.filed`), as
 * "17 Sep", for a report the text gives no other date; else null. Such a report is not undated: the
 * reader sees the day in its first line, and a comparison places it in the year of the reports it is
 * compared with (`dateline-year.ts`), so "no publication date" would be untrue. Here rather than in
 * shared/published-note.ts: the first screen imports that module, and what it exports ships with it.
 */
export function filedDay(report: Pick<Report, 'published' | 'filed'>): string | null {
  const { published, filed } = report;
  // `filed` comes back from storage unchecked: a record another version wrote must not print "undefined".
  const month = filed && Number.isInteger(filed.day) ? MONTH_SHORT[filed.month - 1] : undefined;
  return !published && filed && month ? `${filed.day} ${month}` : null;
}

/** What stands for a yearless dateline day's year wherever the day is shown without one. */
export const FILED_YEAR_NOTE = 'no year given: taken from the reports it is compared with';

/**
 * What an inferred publication date was read from, for the note beside it. Most are the latest day
 * the report names; a wire whose dateline gives a day without a year ("OSLO, Feb 6 (Reuters) -") has
 * that day, in the year that puts it after the days its body names. User test W: a wire dated by its
 * "March 21 (AFP)" was said to be dated by the latest day it names, which was six months earlier.
 */
export function inferredFrom(report: Pick<Report, 'published' | 'filed'>): string {
  const { published, filed } = report;
  const month = filed && Number.isInteger(filed.day) ? MONTH_SHORT[filed.month - 1] : undefined;
  const onFiledDay = published && filed && month && Number(published.slice(5, 7)) === filed.month && Number(published.slice(8, 10)) === filed.day;
  return onFiledDay
    ? `the day is its dateline's (${filed.day} ${month}), which gives no year; the year puts it after the days the report names`
    : 'the latest day the report names';
}
