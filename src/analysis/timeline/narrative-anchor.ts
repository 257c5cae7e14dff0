import { findNumbers } from '../text/numbers.ts';
import { CHRONOLOGY_REACH_DAYS } from '../time/refiners/resolve-relative.ts';

/**
 * "Five years later", "two days earlier", "the following year", "the day before", "later that year": a time counted from the story's last
 * date, not from the day the report came out. "Felt left the FBI in 1973. Five years later he was
 * indicted" is 1978; the tagger, which reads one sentence against the publication date, says five
 * years after the report. "Earlier this year" and "later today" count from the report and are not
 * matched.
 */
const COUNTED =
  /^(?:(?:some|about|nearly|almost|just|only|roughly|around|over|under|(?:less|more|fewer)\s+than)\s+)?(\S+(?:\s+\S+)?)\s+(day|week|month|year)s?\s+(later|earlier|afterwards?|before)$/i;
const NEXT = /^the\s+(next|following|previous|preceding)\s+(day|week|month|year|morning|afternoon|evening|night)$/i;
/** A part of a day counts as that day: "the following morning" is the next day. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
/** "the day before", "the year after": as "the previous day", "the following year". */
const STEP = /^the\s+(day|week|month|year)\s+(before|after|earlier|later)$/i;
/** "that year", "later that day", "that same week", "earlier in the day": the story's last date itself. */
const SAME = /^(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+(day|week|month|year)$|^(?:later|earlier)\s+in\s+the\s+(day)$/i;

type Unit = 'day' | 'week' | 'month' | 'year';

/** The offset an expression counts from the narrative's last date, or undefined when it is no such expression. */
export function narrativeOffset(text: string): { amount: number; unit: Unit } | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const next = NEXT.exec(t);
  if (next) return { amount: /^(?:next|following)$/i.test(next[1]!) ? 1 : -1, unit: PART_OF_DAY.test(next[2]!) ? 'day' : (next[2]!.toLowerCase() as Unit) };
  const step = STEP.exec(t);
  if (step) return { amount: /^(?:after|later)$/i.test(step[2]!) ? 1 : -1, unit: step[1]!.toLowerCase() as Unit };
  const same = SAME.exec(t);
  if (same) return { amount: 0, unit: (same[1] ?? same[2])!.toLowerCase() as Unit };
  const counted = COUNTED.exec(t);
  if (!counted) return undefined;
  const n = /^an?$/i.test(counted[1]!) ? 1 : findNumbers(counted[1]!)[0]?.value;
  if (n === undefined || !Number.isFinite(n) || n <= 0 || n > 200) return undefined;
  return { amount: /^(?:earlier|before)$/i.test(counted[3]!) ? -n : n, unit: counted[2]!.toLowerCase() as Unit };
}

/**
 * "the end of the month", "the start of the year": in a past narrative, a part of the month or year the
 * story last named ("The first case was confirmed on 3 March. … by the end of the month there were more
 * than 60" is March, where the tagger, reading one sentence, took the publication's April). Told ahead,
 * "will finish by the end of the month", it is the publication's: only the past tense counts it so.
 */
const PART_OF_UNIT = /^the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(month|year)$/i;

/** The story's own month or year an expression in the past tense names, or undefined. */
export function pastPartOfStoryUnit(text: string): { amount: number; unit: Unit } | undefined {
  const m = PART_OF_UNIT.exec(text.trim().replace(/\s+/g, ' '));
  return m ? { amount: 0, unit: m[1]!.toLowerCase() as Unit } : undefined;
}

/** "that spring", "that same winter": a season of the story's year, which the tagger wrote as "that summer" of its own. */
const THAT_SEASON = /^that\s+(?:same\s+)?(spring|summer|autumn|fall|winter)$/i;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Whether a time expression is "that spring" or "that same winter", which `storySeason` dates. */
export function namesStorySeason(text: string): boolean {
  return THAT_SEASON.test(text.trim().replace(/\s+/g, ' '));
}

/**
 * The season "that spring" names in the year of the story's last date ("stopped paying in early 2023 …
 * barred him that spring" is 2023-SP); undefined when it is no such expression or the anchor has no year.
 * The tagger, reading its sentence alone, had only the publication date to take a year from.
 */
export function storySeason(text: string, anchor: string): string | undefined {
  const m = THAT_SEASON.exec(text.trim().replace(/\s+/g, ' '));
  const y = /^(\d{4})(?:-(\d{2}))?/.exec(anchor);
  if (!m || !y) return undefined;
  const code = SEASON_CODE[m[1]!.toLowerCase()]!;
  // A winter told after a January or February began the December before.
  return `${pad(Number(y[1]) - (code === 'WI' && y[2] && Number(y[2]) <= 2 ? 1 : 0))}-${code}`;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The value `offset` gives counted from `anchor` (a TIMEX3 calendar value), no finer than either: a
 * year counted in days stays a year ("in 1973 … two days later" is 1973), a day counted in years
 * becomes a year ("on 4 May 2001 … five years later" is 2006). Undefined for an anchor it cannot count
 * from (a week, a season, a decade).
 */
export function countFrom(anchor: string, offset: { amount: number; unit: Unit }): string | undefined {
  const { amount, unit } = offset;
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(anchor))) return unit === 'year' ? pad(Number(m[1]) + amount) : anchor;
  if ((m = MONTH.exec(anchor))) {
    if (unit === 'year') return pad(Number(m[1]) + amount);
    if (unit === 'month') return monthValue(Number(m[1]), Number(m[2]) - 1 + amount);
    return anchor;
  }
  if ((m = DAY.exec(anchor))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (unit === 'year') return pad(y + amount);
    if (unit === 'month') return monthValue(y, mo + amount);
    const date = new Date(Date.UTC(y, mo, d + amount * (unit === 'week' ? 7 : 1)));
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}

function monthValue(year: number, month: number): string {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${pad(y)}-${String(m + 1).padStart(2, '0')}`;
}

const pad = (year: number) => String(year).padStart(4, '0');

/** A clock time that names no day: "8.40pm", "about 8.40pm", "shortly before 9pm", "21:15", "06:00 BST", "midnight"; "3 p. m.", "8. 40am" as text rebuilt from tokens writes them. */
const CLOCK_ONLY =
  /^(?:(?:at|about|around|approximately|roughly|shortly|just|before|after|by|nearly|almost|some)\s+)*(?:\d{1,2}(?:[.:] ?\d{2})?\s*(?:a\.? ?m\.?|p\.? ?m\.?|o'clock)?|\d{4}(?=\s+(?:GMT|UTC|local\s+time))|midnight|noon|midday)(?:\s+(?:local\s+time|GMT|UTC|[A-Z]{1,3}T))?$/i;
const TIME_VALUE = /^[\dX]{4}-[\dX]{2}-[\dX]{2}(T.+)$/;

/** A time of day said without its day: "at 1:53 p.m. local time", "1023 GMT", "around noon". */
export function isClockOnly(text: string): boolean {
  return CLOCK_ONLY.test(text.trim().replace(/\s+/g, ' '));
}

/**
 * A clock time without a day of its own, put on the day the story last named: "the blaze broke out on
 * Friday night … crews arrived at 9.10pm" is Friday's 9.10pm. The tagger, which reads one sentence,
 * gives it the publication day, a day late for the usual next-morning report, or no day at all. Undefined
 * when the expression names a day, or `anchor` is no single day. `anchorValue`, the anchor's own value
 * with its time ("2025-05-12T23:00"), carries a night over to the next day; `before`, the text before the
 * expression, tells "after midnight" from midnight.
 */
export function clockOnAnchorDay(text: string, value: string, anchor: string, anchorValue?: string, before = ''): string | undefined {
  const time = TIME_VALUE.exec(value);
  if (!time || !isClockOnly(text) || !/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return undefined;
  // Midnight ends its day (the tagger writes T24:00, as TimeBank does); what is "after midnight" is in
  // the first hour of a day.
  const clock = time[1] === 'T24:00' && AFTER.test(before) ? 'T00:00' : time[1]!;
  // A night told in order: an hour before dawn after an evening is the next day's ("erupted at around
  // 11 p.m. on Monday … raised the alert shortly after midnight" had put the alert on Monday's card).
  if (SMALL_HOURS.test(clock) && anchorValue && EVENING.test(anchorValue)) return countFrom(anchor, { amount: 1, unit: 'day' })! + clock;
  return anchor + clock;
}
/**
 * "Roared at a party bash after midnight", told in the past by a report of that day with no day near:
 * the midnight the publication day began with. The tagger, reading one sentence, writes the
 * publication day's T24:00, its end, still to come when the report was written; a card of the night
 * before publication then differed from another report's "shortly after midnight" by a whole day.
 * Undefined unless the expression is a bare clock after "after"/"past" valued at the publication
 * day's midnight.
 */
export function pastMidnightOfPublication(text: string, value: string, published: string, before: string): string | undefined {
  const day = published.slice(0, 10);
  return isClockOnly(text) && value === `${day}T24:00` && AFTER.test(before) ? `${day}T00:00` : undefined;
}

/** A clock between midnight and 6 a.m.; an evening or a night: 6 p.m. on, "TEV", "TNI". */
const SMALL_HOURS = /^T0[0-5]:/;
const EVENING = /T(?:1[89]|2[0-3]):|T(?:EV|NI)$/;
const AFTER = /\b(?:after|past)\s+$/i;

/** Parsers of a month or a day whose year the writer may leave out ("On Nov. 8", "in December"). */
const YEARLESS_SOURCES = new Set(['parser/month-day', 'parser/month-name', 'parser/day-range']);

/**
 * A month or day the writer gave without its year, read in the year of the story's last day when that
 * is a year before the publication year: "On Nov. 2, 2022, … Four days later, … On Nov. 8 Binance agreed" is
 * 8 November 2022 in a report of 2023, where the tagger, reading one sentence, gave it 2023. Of the
 * last day's year and the next, the one that puts it nearer wins, within half a year; undefined when
 * nothing changes. `written` is the expression and what follows it.
 */
export function inStoryYear(
  written: string,
  timex: { value: string; source?: string },
  anchor: { value: string; counted?: boolean },
  published: string,
): string | undefined {
  // "Nov. 2 this year", "June 3 last year" give the year after the day.
  if (!timex.source || !YEARLESS_SOURCES.has(timex.source) || /\d{4}|\b(?:last|next|this)\b/i.test(written)) return undefined;
  // The last day, or the month a counted time gave ("A month later, on Dec. 12"); a month the writer
  // stated is background news returns from ("Since her arrival in October 2023 … on April 19").
  const day = (anchor.counted ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/ : /^(\d{4})-(\d{2})-(\d{2})/).exec(anchor.value);
  const own = /^(\d{4})(-\d{2}(?:-\d{2})?)(.*)$/.exec(timex.value);
  // Only a chronology of an earlier year: a deadline next year ("until March 1") tells none.
  if (!day || !own || own[1] === day[1] || day[1]! >= published.slice(0, 4)) return undefined;
  const from = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3] ?? 15));
  const at = (y: number) => Date.UTC(y, Number(own[2]!.slice(1, 3)) - 1, own[2]!.length > 3 ? Number(own[2]!.slice(4, 6)) : 15);
  const y = [0, 1].map((k) => Number(day[1]) + k).reduce((best, cy) => (Math.abs(at(cy) - from) < Math.abs(at(best) - from) ? cy : best));
  if (Math.abs(at(y) - from) > CHRONOLOGY_REACH_DAYS * 86_400_000 || String(y) === own[1]) return undefined;
  return pad(y) + own[2] + own[3];
}
