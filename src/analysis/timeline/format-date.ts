import { calendarValue, dateSpan } from './date-span.ts';
import { MONTH_SHORT } from '../text/calendar-words.ts';
import { formatIsoDay } from './format-day.ts';

/**
 * Human dates for the UI and CLI, in one fixed English format ("24 Sep 2014") rather than
 * `Intl.DateTimeFormat`, so tests, the CLI and every browser print the same string.
 */
const MONTHS = MONTH_SHORT;
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

/**
 * "24 Sep 2014", "Jun 2014", "1979", "Q3 2014", "Summer 2014", "1990s", "19th century" (TIMEX3's
 * `18`, the years 1800–1899: "1800s" read as the decade 1800–09), "3–4 Feb 2025" for a range, and a
 * week or a weekend (`2014-W39`, `2010-W18-WE`) as its days, "22–28 Sep 2014", "8–9 May 2010":
 * readers count weeks by their days, and "week 39" is a number no one knows. Unknown values come
 * back as given.
 */
export function formatTimexDate(value: string): string {
  const v = calendarValue(value);
  if (!v) return value;
  if (v.includes('/')) return formatRange(...(v.split('/') as [string, string]));
  const year = (s: string) => String(Number(s));
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatIsoDay(v);
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[Number(m[2]) - 1]} ${year(m[1]!)}`;
  if (/^\d{4}-W\d{2}-WE$/.test(v)) return spanDays(v);
  if (/^\d{4}-W\d{2}$/.test(v)) return spanDays(v);
  if ((m = /^(\d{4})-Q(\d)$/.exec(v))) return `Q${m[2]} ${year(m[1]!)}`;
  if ((m = /^(\d{4})-H(\d)$/.exec(v))) return `${m[2] === '1' ? 'First' : 'Second'} half of ${year(m[1]!)}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASONS[m[2]!]} ${year(m[1]!)}`;
  if (/^\d{4}$/.test(v)) return year(v);
  if (/^\d{3}$/.test(v)) return `${Number(v) * 10}s`;
  if (/^\d{2}$/.test(v)) return `${ordinal(Number(v) + 1)} century`;
  return value;
}

/**
 * A range with what its ends share said once: "3–4 Feb 2025", "Mar–May 2025", "Jun 2022 – Jan 2024",
 * "2010–2015".
 */
function formatRange(from: string, to: string): string {
  // A weekend at an end gives its outer day: the range covers the days between ("8–16 May 2010").
  const a = isWeekend(from) ? formatIsoDay(dateSpan(from)!.start) : formatTimexDate(from);
  const b = isWeekend(to) ? formatIsoDay(dateSpan(to)!.end) : formatTimexDate(to);
  const days = /^(\d+) (\w+) (\d+)$/;
  const months = /^([A-Z][a-z]{2}) (\d+)$/;
  let x: RegExpExecArray | null;
  let y: RegExpExecArray | null;
  if ((x = days.exec(a)) && (y = days.exec(b)) && x[3] === y[3]) return x[2] === y[2] ? `${x[1]}–${y[1]} ${y[2]} ${y[3]}` : `${x[1]} ${x[2]} – ${b}`;
  if ((x = months.exec(a)) && (y = months.exec(b)) && x[2] === y[2]) return `${x[1]}–${y[1]} ${y[2]}`;
  return /^\d+s?$/.test(a) && /^\d+s?$/.test(b) ? `${a}–${b}` : `${a} – ${b}`;
}

const isWeekend = (value: string) => /^\d{4}-W\d{2}-WE$/.test(value) && dateSpan(value) !== null;

/** The days of an ISO week or its weekend, said as a range: "22–28 Sep 2014", "8–9 May 2010", "31 Jan – 1 Feb 2010". */
function spanDays(value: string): string {
  const span = dateSpan(value);
  return span ? formatRange(span.start, span.end) : value;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A gap between two days as a rounded human length: "3 days", "5 weeks", "17 months", "35 years". */
export function formatGap(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}
