import { daysFromCivil, daysInMonth, isoFromDays, isoWeekOneMonday, isoWeeksInYear } from '../time/calendar.ts';
import type { Granularity } from './types.ts';

/** Inclusive first and last day (ISO `YYYY-MM-DD`) of the calendar span a TIMEX3 value covers. */
export interface DateSpan {
  start: string;
  end: string;
}

interface Parsed {
  value: string;
  granularity: Granularity;
  /** Day numbers (see calendar.ts), inclusive. */
  first: number;
  last: number;
}

/** TIMEX3 season codes → first month and length in months (meteorological seasons, northern hemisphere). */
const SEASONS: Record<string, [number, number]> = { SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3] };

function monthsSpan(year: number, firstMonth: number, months: number): [number, number] {
  const first = daysFromCivil(year, firstMonth, 1);
  const endMonth0 = firstMonth - 1 + months - 1; // may run into next year (winter)
  const endYear = year + Math.floor(endMonth0 / 12);
  const endMonth = (endMonth0 % 12) + 1;
  return [first, daysFromCivil(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

/**
 * Parses a TIMEX3 value that names a point or period on the calendar, or a range of two such
 * values joined by `/`. TIME values (`2014-09-24T10:00`, `2014-09-24TMO`) are truncated to their
 * day. Returns null for durations, sets, `*_REF`, values with unresolved `X`s and anything malformed.
 */
function parse(raw: string): Parsed | null {
  // A range ("2025-03/2025-05", ISO 8601's interval of two points) covers its ends and all between.
  const ends = raw.split('/');
  if (ends.length === 2) {
    const [a, b] = [parsePoint(ends[0]!), parsePoint(ends[1]!)];
    if (!a || !b || b.last < a.first) return null;
    const granularity = COARSER.indexOf(a.granularity) >= COARSER.indexOf(b.granularity) ? a.granularity : b.granularity;
    return { value: `${a.value}/${b.value}`, granularity, first: a.first, last: b.last };
  }
  return ends.length === 1 ? parsePoint(raw) : null;
}

/** From finest to coarsest: a range reports the coarser of its ends' granularities. */
const COARSER: Granularity[] = ['time', 'day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];

function parsePoint(raw: string): Parsed | null {
  let value = raw.trim();
  const time = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  if (time) value = time[1]!;
  if (/X/i.test(value)) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const day = daysFromCivil(y, mo, d);
    return { value, granularity: 'day', first: day, last: day };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    const [first, last] = monthsSpan(y, mo, 1);
    return { value, granularity: 'month', first, last };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const [first, last] = monthsSpan(Number(m[1]), 1, 12);
    return { value, granularity: 'year', first, last };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > isoWeeksInYear(y)) return null;
    const monday = isoWeekOneMonday(y) + (w - 1) * 7;
    // "-WE" is the weekend of that week: Saturday and Sunday.
    return m[3] ? { value, granularity: 'week', first: monday + 5, last: monday + 6 } : { value, granularity: 'week', first: monday, last: monday + 6 };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [first, last] = monthsSpan(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3);
    return { value, granularity: 'quarter', first, last };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const [first, last] = monthsSpan(Number(m[1]), m[2] === '1' ? 1 : 7, 6);
    return { value, granularity: 'half', first, last };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [month, months] = SEASONS[m[2]!]!;
    const [first, last] = monthsSpan(Number(m[1]), month, months);
    return { value, granularity: 'season', first, last };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const decade = Number(m[1]) * 10;
    return { value, granularity: 'decade', first: daysFromCivil(decade, 1, 1), last: daysFromCivil(decade + 9, 12, 31) };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    // TIMEX3 "19" is the 1900s (years 1900–1999), not the nineteenth century.
    const century = Number(m[1]) * 100;
    return { value, granularity: 'century', first: daysFromCivil(century, 1, 1), last: daysFromCivil(century + 99, 12, 31) };
  }
  return null;
}

/** The calendar value an event is filed under (TIME truncated to its day), or null if it is not a calendar date. */
export function calendarValue(value: string): string | null {
  return parse(value)?.value ?? null;
}

export function granularityOf(value: string): Granularity | null {
  return parse(value)?.granularity ?? null;
}

/**
 * Inclusive span a TIMEX3 value covers: `2014-06` → 2014-06-01…2014-06-30, `18` (the 1800s, as
 * TIMEX3 writes centuries) → 1800-01-01…1899-12-31, `2025-03/2025-05` → 2025-03-01…2025-05-31.
 * Null when not a calendar date.
 */
export function dateSpan(value: string): DateSpan | null {
  const parsed = parse(value);
  return parsed ? { start: isoFromDays(parsed.first), end: isoFromDays(parsed.last) } : null;
}
