import { dayNumber, toIso } from './dateline.ts';
import type { Report } from './types.ts';
import { readWireDateline } from './wire-dateline.ts';

/**
 * The compared reports, with the year filled in for a report whose only date is a wire dateline's day
 * without one ("PORTLAND, Ore., Jan 8 (Reuters) -") and whose body names no dated day to take it from
 * (`parse-report.ts` tries the page's stamps and the body first). Reports of one event are filed within
 * days of each other, so the dateline's day goes in the year that puts it nearest the middle of the
 * other reports' dates. It stays `inferred`: the day is the page's, the year is the coverage's. A report
 * without a dateline day is left undated: nothing says it was written the same week as the others.
 */
export function withDatelineYears(reports: readonly Report[]): Report[] {
  const dated = reports.filter((r) => r.published).map((r) => dayNumber(r.published!));
  if (dated.length === 0 || dated.length === reports.length) return [...reports];
  const middle = [...dated].sort((a, b) => a - b)[Math.floor((dated.length - 1) / 2)]!;
  const year = new Date(middle * 86_400_000).getUTCFullYear();
  return reports.map((report) => {
    if (report.published) return report;
    const day = readWireDateline(report.paragraphs[0] ?? '')?.date;
    if (!day || day.year !== null) return report;
    const nearest = [year - 1, year, year + 1]
      .map((y) => toIso([y, day.month, day.day]))
      .filter((iso): iso is string => iso !== null)
      .sort((a, b) => Math.abs(dayNumber(a) - middle) - Math.abs(dayNumber(b) - middle))[0];
    return nearest ? { ...report, published: nearest, publishedFrom: 'inferred' } : report;
  });
}
