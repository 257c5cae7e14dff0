/**
 * Month lengths and day validity, apart from calendar.ts (which re-exports them) because the reader's
 * first screen checks publication days with them (timeline/format-day.ts). A module is bundled whole
 * with every export any chunk uses, so importing calendar.ts there put the timeline's day arithmetic
 * (daysFromIso, isoWeeksInYear, …) into the first-paint bundle too.
 */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
