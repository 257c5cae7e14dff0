import { MONTH_SHORT } from '../text/month-names.ts';
import { isValidDay } from '../time/month-length.ts';

/**
 * An ISO day (`2014-09-24`) as "24 Sep 2014", the UI's one day format (format-date.ts formats every
 * other TIMEX3 value through it); anything else unchanged. A module of its own because the reader's
 * first screen shows publication days: importing it from format-date.ts put the timeline's date
 * parsing (date-span.ts) on the first screen too, about 1.5 KB gzip (bench:size).
 */
export function formatIsoDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? `${d} ${MONTH_SHORT[mo - 1]} ${y}` : iso;
}
