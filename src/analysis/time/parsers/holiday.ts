import { type Anchor, type Candidate, type Context, type Parser, followedBy, span } from '../candidate.ts';
import { type Ymd, addDays, easterSunday, fmtDay, nthWeekday } from '../calendar.ts';

/**
 * Holidays, fixed ("Christmas Day", "Halloween") and movable ("Easter", "Good Friday",
 * "Thanksgiving", "Memorial Day"). The year comes from "2019" after the name, from
 * "last"/"next"/"this" before it, or else from the document date and tense (resolve-relative).
 *
 * US and UK calendars differ on a few names; with nothing in the text to tell them apart, the
 * table picks one and says which: "Mother's Day" is the US one (second Sunday of May), while
 * "Mothering Sunday" is the UK one (three weeks before Easter); "Labor Day" (US spelling) is the
 * first Monday of September, and "Labour Day", which is 1 May in most countries, is not tagged.
 */
interface Holiday {
  /** Regex source for the name, apostrophes written as `['’]`. */
  name: string;
  on: (year: number) => Ymd;
  /** Month and day when the date never moves, so a report without a date still gets `XXXX-12-25`. */
  fixed?: [number, number];
}

const fixed = (name: string, m: number, d: number): Holiday => ({ name, on: (y) => ({ y, m, d }), fixed: [m, d] });
const easter = (name: string, offset: number): Holiday => ({ name, on: (y) => addDays(easterSunday(y), offset) });
const nth = (name: string, m: number, weekday: number, n: number): Holiday => ({ name, on: (y) => nthWeekday(y, m, weekday, n) });

// In the order the alternation tries them: a name before any name it starts with ("Easter
// Monday" before "Easter", "Christmas Eve" before "Christmas").
const HOLIDAYS: Holiday[] = [
  fixed(String.raw`Christmas\s+Eve`, 12, 24),
  fixed(String.raw`Christmas\s+Day`, 12, 25),
  fixed('Christmas', 12, 25),
  fixed(String.raw`Boxing\s+Day`, 12, 26),
  fixed(String.raw`New\s+Year['’]s\s+Eve`, 12, 31),
  fixed(String.raw`New\s+Year['’]s(?:\s+Day)?`, 1, 1),
  fixed('Halloween', 10, 31),
  fixed(String.raw`(?:St\.?\s+|Saint\s+)?Valentine['’]s\s+Day`, 2, 14),
  fixed(String.raw`(?:St\.?\s+|Saint\s+)Patrick['’]s\s+Day`, 3, 17),
  fixed(String.raw`Independence\s+Day|the\s+Fourth\s+of\s+July`, 7, 4),
  fixed(String.raw`Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day`, 11, 11),
  easter(String.raw`Easter\s+Monday`, 1),
  easter(String.raw`Holy\s+Saturday|Easter\s+Saturday`, -1),
  easter(String.raw`Easter\s+(?:Sunday|Day)|Easter`, 0),
  easter(String.raw`Good\s+Friday`, -2),
  easter(String.raw`Maundy\s+Thursday`, -3),
  easter(String.raw`Palm\s+Sunday`, -7),
  easter(String.raw`Ash\s+Wednesday`, -46),
  easter(String.raw`Shrove\s+Tuesday|Pancake\s+Day`, -47),
  easter(String.raw`Mothering\s+Sunday`, -21),
  easter(String.raw`Pentecost(?:\s+Sunday)?|Whit\s+Sunday|Whitsunday`, 49),
  nth(String.raw`Thanksgiving(?:\s+Day)?`, 11, 4, 4),
  nth(String.raw`Mother['’]s\s+Day`, 5, 7, 2),
  nth(String.raw`Father['’]s\s+Day`, 6, 7, 3),
  nth(String.raw`Memorial\s+Day`, 5, 1, -1),
  nth(String.raw`Labor\s+Day`, 9, 1, 1),
  nth(String.raw`Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day`, 1, 1, 3),
  nth(String.raw`Presidents['’]?\s+Day`, 2, 1, 3),
  nth(String.raw`Remembrance\s+Sunday`, 11, 7, 2),
];

export const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\s+(?:past|coming))?)\s+)?(?:${HOLIDAYS.map((h, i) => `(?<h${i}>${h.name})`).join('|')})` +
    String.raw`(?:,?\s+(?<y>\d{4})(?![\w%]|[.,]\d))?(?![\w-])`,
  'dg',
);

/**
 * Nouns that make the holiday a modifier or part of a name: a Christmas tree is no date, the Good
 * Friday Agreement a treaty, the Easter Rising a 1916 event, Easter Island a place.
 */
const NOT_A_DATE_AFTER =
  /^\s+(?:[Tt]rees?|[Cc]ards?|presents?|shopping|markets?|party|parties|lights|[Cc]arols?|dinner|lunch|sales?|truce|bonus|season|holidays?|break|eggs?|bunny|number|special|jumper|films?|movies?|album|songs?|[Aa]greement|[Aa]ccord|Rising|Island|Resolution|Honou?rs|Parade|Appeal|Prayers?|Mosque)\b/;
/** "Christmas Eve last year": the year word after the name moves it ("last year" stays an expression of its own, as TIMEX3 tags it). */
const YEAR_AFTER = /^\s+(?<rel>last|next|this)\s+year\b/i;

export function extract(match: RegExpExecArray, ctx: Context): Candidate | null {
  const g = match.groups ?? {};
  const index = HOLIDAYS.findIndex((_, i) => g[`h${i}`] !== undefined);
  const holiday = HOLIDAYS[index];
  if (!holiday) return null;
  const [start, end] = span(match);
  if (!g.y && followedBy(ctx.text, end, NOT_A_DATE_AFTER)) return null;
  const base = { start, end, type: 'DATE' as const, source: 'parser/holiday' };
  if (g.y) return { ...base, value: fmtDay(holiday.on(Number(g.y))) };
  const yearAfter = YEAR_AFTER.exec(ctx.text.slice(end, end + 20))?.groups?.rel?.toLowerCase();
  const rel = yearAfter ? `${yearAfter} year` : g.rel?.toLowerCase().replace(/\s+/g, ' ');
  const force =
    rel === 'last' || rel === 'this past'
      ? 'PAST'
      : rel === 'next' || rel === 'this coming'
        ? 'FUTURE'
        : rel === 'this' || rel === 'this year'
          ? 'THIS'
          : undefined;
  const anchor: Anchor = { kind: 'yearly', on: holiday.on };
  if (rel === 'last year' || rel === 'next year') anchor.year = rel === 'last year' ? -1 : 1;
  else if (force) anchor.force = force;
  const unknown = holiday.fixed ? `XXXX-${String(holiday.fixed[0]).padStart(2, '0')}-${String(holiday.fixed[1]).padStart(2, '0')}` : 'XXXX-XX-XX';
  return { ...base, value: unknown, anchor };
}

export const holidayParser: Parser = { name: 'holiday', pattern: PATTERN, extract };
