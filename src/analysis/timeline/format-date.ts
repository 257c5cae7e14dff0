import { calendarValue } from './date-span.ts';

/**
 * Human dates for the UI and CLI, in one fixed English format ("24 Sep 2014") rather than
 * `Intl.DateTimeFormat`, so tests, the CLI and every browser print the same string.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

/** "24 Sep 2014", "Jun 2014", "1979", "Week 39, 2014", "Q3 2014", "Summer 2014", "1990s". Unknown values come back as given. */
export function formatTimexDate(value: string): string {
  const v = calendarValue(value);
  if (!v) return value;
  const year = (s: string) => String(Number(s));
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${year(m[1]!)}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[Number(m[2]) - 1]} ${year(m[1]!)}`;
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(v))) return `Weekend of week ${Number(m[2])}, ${year(m[1]!)}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return `Week ${Number(m[2])}, ${year(m[1]!)}`;
  if ((m = /^(\d{4})-Q(\d)$/.exec(v))) return `Q${m[2]} ${year(m[1]!)}`;
  if ((m = /^(\d{4})-H(\d)$/.exec(v))) return `${m[2] === '1' ? 'First' : 'Second'} half of ${year(m[1]!)}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASONS[m[2]!]} ${year(m[1]!)}`;
  if (/^\d{4}$/.test(v)) return year(v);
  if (/^\d{3}$/.test(v)) return `${Number(v) * 10}s`;
  if (/^\d{2}$/.test(v)) return `${Number(v) * 100}s`;
  return value;
}

/** An ISO day (`2014-09-24`) as "24 Sep 2014"; anything else unchanged. */
export function formatIsoDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatTimexDate(iso) : iso;
}

/** A gap between two days as a rounded human length: "3 days", "5 weeks", "17 months", "35 years". */
export function formatGap(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}
