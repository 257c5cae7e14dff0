/**
 * Calendar arithmetic for the tagger and the timeline: proleptic Gregorian day numbers on plain
 * integers. Chosen over `Date` because `Date.UTC` maps years 0–99 to 1900–1999 and carries time
 * zones we never want near a calendar date.
 */
import { daysInMonth, isValidDay } from './month-length.ts';

export { daysInMonth, isLeapYear, isValidDay } from './month-length.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Reads the date part of an ISO date or date-time; null when it is not a real date. */
export function parseDct(dct: string | null): Ymd | null {
  if (!dct) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

const toDays = (a: Ymd): number => daysFromCivil(a.y, a.m, a.d);

function fromDays(days: number): Ymd {
  const [y, m, d] = civilFromDays(days);
  return { y, m, d };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** Adds months, clamping the day ("31 March" − 1 month = 28/29 February). */
export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(a: Ymd): number {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((toDays(a) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const w = Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1;
  return { y: thursday.y, w };
}

export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(a) - toDays(b);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}
export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}
export { pad };

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, "Meeus/Jones/Butcher"):
 * the first Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The `n`th ISO weekday (1 = Monday) of a month; `n = -1` is the last one ("the last Monday of May"). */
export function nthWeekday(y: number, m: number, day: number, n: number): Ymd {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekday(last) - day + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil: `[year, month, day]`. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `YYYY-MM-DD` with a zero-padded four-digit year. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoFromDays(days: number): string {
  return isoDay(...civilFromDays(days));
}

/** Day number of an ISO `YYYY-MM-DD`, or null when it is not a real calendar day. */
export function daysFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** Monday of ISO week 1: the week that contains 4 January. */
export function isoWeekOneMonday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  const weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
  return jan4 - weekday;
}

export function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
}
