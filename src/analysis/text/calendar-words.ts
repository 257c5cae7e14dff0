/**
 * Month and weekday names, lower case: the one list the tagger, the name finder, the aligner, the
 * dateline reader and the formatters share.
 */
import { MONTH_NAMES } from './month-names.ts';

export { MONTH_NAMES, MONTH_SHORT } from './month-names.ts';

/** News abbreviations of months ("Sept" as well as "Sep"); "may" is already whole. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** 1–12 for a month name or abbreviation in any case, with or without a full stop ("Sept.", "MARCH"). */
export function monthIndex(word: string): number | null {
  const key = word.toLowerCase().replace('.', '').slice(0, 3);
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(key) && key.length === 3);
  return i < 0 ? null : i + 1;
}

/** 1 (Monday) – 7 (Sunday) for a weekday name or its first three letters. */
export function weekdayIndex(word: string): number | null {
  const key = word.toLowerCase().slice(0, 3);
  const i = WEEKDAY_NAMES.findIndex((d) => d.startsWith(key) && key.length === 3);
  return i < 0 ? null : i + 1;
}
