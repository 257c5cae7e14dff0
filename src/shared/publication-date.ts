import { formatIsoDay } from '../analysis/timeline/format-day.ts';

/**
 * Before this year a typed publication date is far likelier a slip (0019, 1019 for 2019) than a
 * news report; a date input accepts any year from 1 on, so the check is ours.
 */
export const EARLIEST_PUBLICATION_YEAR = 1800;

export type PublicationDateCheck = { ok: true; date: string } | { ok: false; message: string };

/**
 * A publication date typed by the person comparing, or a message saying what is wrong with it.
 * `incomplete` is the date input's `validity.badInput`: the browser then reports an empty value
 * although something was typed, and "enter a date" would be the wrong thing to say.
 */
export function checkPublicationDate(value: string, { incomplete = false, today }: { incomplete?: boolean; today: string }): PublicationDateCheck {
  const text = value.trim();
  if (incomplete) return { ok: false, message: 'That is not a whole date: give the day, the month and the year.' };
  if (!text) return { ok: false, message: 'Enter the publication date: day, month and year.' };
  const date = calendarDay(text);
  if (!date) return { ok: false, message: `“${text}” is not a date: give the day, the month and the year (YYYY-MM-DD).` };
  if (Number(date.slice(0, 4)) < EARLIEST_PUBLICATION_YEAR)
    return { ok: false, message: `The year ${date.slice(0, 4)} looks mistyped: check the year of the publication date.` };
  if (date > today) return { ok: false, message: `${formatIsoDay(date)} is after today: a report cannot be published in the future.` };
  return { ok: true, date };
}

/** `YYYY-MM-DD` when it names a real day (no 30 February); any year, so a mistyped one can be named as such. */
function calendarDay(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(2000, mo - 1, d));
  day.setUTCFullYear(y);
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? text : null;
}

/** Today's date where the reader is (not UTC: at 1 am in Auckland "today" is already tomorrow's date in London's terms). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
