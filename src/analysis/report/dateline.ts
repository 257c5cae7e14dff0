/**
 * Dates as news pages print them, read into ISO `YYYY-MM-DD`.
 *
 * Hand-written patterns rather than chrono-node: chrono fills a missing year from "now" (so the same
 * file would parse differently next year) and settles day/month order silently by locale. A page's
 * own date stamp always carries a year, so we only accept dates that do, and we choose the order of
 * numeric dates in one documented place (`NumericOrder`).
 *
 * Accepted: "2014-09-24", "2014-09-24T07:11:00Z", "2014/09/24", "24 September, 2014",
 * "24th Sept 2014", "Wed 24 Sep 2014 12:00 BST", "September 24, 2014", "Sept. 24, 2014",
 * "24/09/2014", "24.09.2014", "09/24/14", "2014年9月24日".
 *
 * Wire datelines ("LONDON, July 2 (Reuters) -") are read in `wire-dateline.ts`; a date the page
 * does not state is inferred in `infer-date.ts`.
 */

/**
 * How to read an all-numeric date whose first two fields are both ≤ 12 ("04/09/2014").
 * Default 'dmy': most of the world's English-language press (UK, Europe, Asia, Australia, Africa)
 * prints day first, while US sites almost always spell the month out, which is unambiguous anyway.
 * When either field is > 12 the order is forced ("09/24/2014" is read as 24 September whatever the
 * setting), and dot-separated dates ("24.09.2014") are always day-first (the European convention).
 * A stamp line that names a North American time zone ("Updated: 05/03/2019 10:04 EST") or has a
 * US-style clock ("6:04 PM") is read month-first (3 May), see `stampOrder`: a page that prints ET or
 * PT prints US dates.
 */
export type NumericOrder = 'dmy' | 'mdy';

/** US and Canadian zone abbreviations: on a stamp line they decide the numeric order (see NumericOrder). */
const NORTH_AMERICAN_ZONE = /\b(?:[ECMP][SD]?T|AK[SD]T|HST)\b/;

/**
 * A 12-hour clock written with a colon ("6:04 PM", HuffPost's "8:33 am"): the US way of stamping a
 * page. British and Australian pages write "6.04pm" or a 24-hour "18:04" beside a numeric date.
 */
const US_CLOCK = /\b\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\b\.?/;
/** Any zone abbreviation: another zone beside a US-style clock ("06:04 PM IST") leaves the day first. */
const ANY_ZONE = /\b(?:[A-Z]{2,4}T|GMT|UTC)\b/;

/**
 * The order for the numeric dates of one stamp line: month-first beside a North American zone, or
 * beside a US-style clock with no zone ("Updated 4/9/2007 6:04 PM", USA Today: 9 April, a Monday,
 * as the article says).
 */
export function stampOrder(line: string): NumericOrder {
  return NORTH_AMERICAN_ZONE.test(line) || (US_CLOCK.test(line) && !ANY_ZONE.test(line)) ? 'mdy' : 'dmy';
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** UTF-16 offset of the match in the searched text. */
  index: number;
  /** Length of the matched text. */
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface DatePattern {
  re: RegExp;
  /** Turns a match into [year, month, day] (or null when it cannot be read). */
  read: (m: RegExpExecArray, order: NumericOrder) => [number, number, number] | null;
}

const monthOf = (name: string): number => MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;

/** Two-digit years: 00–69 → 20xx, 70–99 → 19xx (the POSIX `strptime` pivot). */
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));

const PATTERNS: DatePattern[] = [
  // Year first is never ambiguous: ISO 8601 and its slash/dot variants. An ISO time and offset
  // ("T10:00:00Z") belong to the match, so a bare timestamp line reads as nothing but a stamp.
  {
    re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/g,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // Chinese-style dates appear in copy pasted from bilingual sites.
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // Day month year: British and international style ("24 September, 2014", "Wed 24 Sep 2014").
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])] },
  // Month day year: US style ("September 24, 2014", "Sept. 24, 2014").
  { re: new RegExp(`\\b${MONTH}\\s*${DAY}\\b,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])] },
  // All-numeric with the year last: the order has to be decided, see NumericOrder.
  {
    re: /(?<![\d.:/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.:/-]\d|\d)/g,
    read: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4]!);
      if (m[2] === '.' || a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      return order === 'dmy' ? [year, b, a] : [year, a, b];
    },
  },
];

/** A real calendar date in a plausible range for a news report, as `YYYY-MM-DD`; null otherwise. */
export function toIso([y, m, d]: [number, number, number]): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 30 February and friends
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date in `text` that carries a year, in order of appearance (overlaps resolved to the longest). */
export function findDates(text: string, order: NumericOrder = 'dmy'): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m, order);
      const iso = parts && toIso(parts);
      if (iso) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: FoundDate[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (!last || f.index >= last.index + last.length) kept.push(f);
  }
  return kept;
}

/**
 * `findDates` over running text, each numeric date in the order its own stamp shows: "Updated
 * 4/9/2007 6:04 PM A man suspected of shooting…" is 9 April (a US clock right after it, `stampOrder`),
 * though a pasted page runs its stamp into the first paragraph.
 */
export function findDatesInProse(text: string): FoundDate[] {
  const monthFirst = new Map(findDates(text, 'mdy').map((d) => [d.index, d]));
  return findDates(text).map((d) => {
    const stamp = text.slice(d.index, d.index + d.length + STAMP_REACH);
    return stampOrder(stamp) === 'mdy' ? (monthFirst.get(d.index) ?? d) : d;
  });
}
/** How far after a date its stamp's clock or zone may stand ("4/9/2007 6:04 PM ET"). */
const STAMP_REACH = 16;

/** Days since 1970-01-01 of an ISO date, for distances between days. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * A value that must be an ISO date: `YYYY-MM-DD`, or a full timestamp whose date part is taken as
 * written ("2019-03-05T23:30:00-05:00" → 2019-03-05, the publisher's own day, not converted to UTC).
 * For machine-written values (front matter, command-line flags), where guessing would hide a typo.
 */
export function readIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(value.trim());
  return m ? toIso([Number(m[1]), Number(m[2]), Number(m[3])]) : null;
}

/** The first date with a year in `text`, or null. */
export function parseDate(text: string, order: NumericOrder = 'dmy'): FoundDate | null {
  return findDates(text, order)[0] ?? null;
}

/** What a date stamp says about the report: when it was first published, or only last changed. */
export type StampKind = 'published' | 'updated' | 'date';

export interface Stamp {
  kind: StampKind;
  iso: string;
}

const PUBLISHED_LABEL = /\b(?:first\s+|originally\s+)?(?:published|posted|created|released|issued|date|dated)\b/i;
const UPDATED_LABEL = /\b(?:last\s+)?(?:updated|modified|edited|revised|amended)\b/i;

/**
 * Words that may surround a date in a stamp without making the line "more than a stamp": labels,
 * weekdays, clock times, time zones, and glue. What is left after removing them must be empty.
 */
/** How long ago a page was posted: "3 years ago", "1 year, 160 days ago". */
const AGO = /\b(?:(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?:,?\s+(?:and\s+)?)?)+ago\b/;
/** When a page was saved, not published: "[downloaded on 2 October 2013]". */
const RETRIEVED = /\b(?:downloaded|retrieved|accessed|archived|saved)\b/;

const STAMP_NOISE = [
  /\b(?:first\s+|last\s+|originally\s+)?(?:published|posted|created|released|issued|updated|modified|edited|revised|amended|dated?)\b/gi,
  /\b(?:on|at|by|time|local|hrs|h|publication|story|article|page)\b/gi, // "Story created: Aug 7, 2012 at 9:56 AM AKDT"
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/gi,
  /\b\d{1,2}(?:[:h]|\. ?)\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.? ?m\.?|[ap]\b)?/gi, // "5:55 pm", SB Nation's "5:55p", and "03. 31", "7:15 a. m." in text rebuilt from tokens
  /\b\d{1,2}\s*[ap]\.? ?m\.?(?=\s|$|[,|)])/gi,
  /\b(?:[01]\d|2[0-3])[0-5]\d\s+(?=(?:GMT|UTC|[A-Z]{2,4}T)\b)/g, // a clock time without a colon before its zone ("1052 GMT (1852 HKT)")
  /\b(?:gmt|utc)\s*[+-]?\s*\d{0,2}(?::?\d{2})?/gi,
  /(?<=\s|^)[+-]\d{2}:?\d{2}\b/g, // a bare UTC offset after a clock time ("10:04:33 +0100")
  /\b[A-Z]{2,5}\b/g, // BST, EDT, CET, HKT…
  new RegExp(AGO.source, 'gi'), // "Updated 3 years ago", "1 year, 160 days ago"
  /\b(?:ago|today|yesterday)\b/gi,
  new RegExp(RETRIEVED.source, 'gi'),
];

/**
 * Reads a line that is nothing but a date stamp ("Last updated: 24 September, 2014",
 * "Updated: 2014-09-24 07:11", "Wed 24 Sep 2014 12:00 BST", "Published 24/09/2014 | Updated 25/09/2014").
 * Returns its stamps, or null when the line says anything else (then it is not furniture).
 */
export function readStamps(line: string, order: NumericOrder = stampOrder(line)): Stamp[] | null {
  if (line.length > 200) return null;
  const { stamps, rest } = labelDates(line, order);
  // A line that only says when the page was saved is a stamp that dates nothing.
  if (stamps.length === 0 && !RETRIEVED_LABEL.test(rest)) return null;
  let leftover = rest;
  for (const noise of STAMP_NOISE) leftover = leftover.replace(noise, ' ');
  return /^[\s,;|·•\-–—:()[\]/@]*$/.test(leftover) ? stamps : null;
}

/**
 * The dates in a line that says more than a date ("By Jane Doe, Updated 10:40 AM, Sept. 24, 2014"),
 * each with the kind given by the label before it.
 */
export function stampsIn(line: string, order: NumericOrder = stampOrder(line)): Stamp[] {
  return line.length > 300 ? [] : labelDates(line, order).stamps;
}

/** Dates with their labels; `rest` is the line without the dates (labels included). */
function labelDates(line: string, order: NumericOrder): { stamps: Stamp[]; rest: string } {
  const stamps: Stamp[] = [];
  let rest = '';
  let from = 0;
  for (const d of findDates(line, order)) {
    const label = line.slice(from, d.index);
    // "Posted 1 year, 160 days ago [downloaded on 2 October 2013]": the page was saved then, and
    // published that long before; the day it was saved alone dates nothing.
    if (RETRIEVED_LABEL.test(label)) {
      const published = agoFrom(line, d.iso);
      if (published) stamps.push({ kind: 'published', iso: published });
      rest += label + ' ';
      from = d.index + d.length;
      continue;
    }
    // The label closest before the date decides; "Published … Updated …" gives two stamps.
    const kind: StampKind = UPDATED_LABEL.test(label) ? 'updated' : PUBLISHED_LABEL.test(label) ? 'published' : 'date';
    stamps.push({ kind, iso: d.iso });
    rest += label + ' ';
    from = d.index + d.length;
  }
  return { stamps, rest: rest + line.slice(from) };
}

const RETRIEVED_LABEL = new RegExp(`${RETRIEVED.source}[^\\d]*$`, 'i');
const AGO_PART = /(\d+|an?)\s+(day|week|month|year)s?/gi;

/** The day `iso` less the "N years, N days ago" of `line` (hours leave the day), or null when it says no "ago". */
function agoFrom(line: string, iso: string): string | null {
  const ago = new RegExp(AGO.source, 'i').exec(line);
  if (!ago) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  for (const [, count, unit] of ago[0].matchAll(AGO_PART)) {
    const n = /^\d/.test(count!) ? Number(count) : 1;
    const kind = unit!.toLowerCase();
    if (kind === 'year') date.setUTCFullYear(date.getUTCFullYear() - n);
    else if (kind === 'month') date.setUTCMonth(date.getUTCMonth() - n);
    else date.setUTCDate(date.getUTCDate() - n * (kind === 'week' ? 7 : 1));
  }
  return toIso([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
}

/** The best publication date among stamps: an explicit "published" beats a bare date beats "updated". */
export function bestPublished(stamps: Stamp[]): string | null {
  for (const kind of ['published', 'date', 'updated'] as const) {
    const hit = stamps.find((s) => s.kind === kind);
    if (hit) return hit.iso;
  }
  return null;
}
