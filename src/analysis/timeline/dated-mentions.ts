import type { Timex } from '../time/types.ts';
import { daysFromIso, isoFromDays } from '../time/calendar.ts';
import { calendarValue, dateSpan, type DateSpan } from './date-span.ts';

/**
 * The dated mentions of one sentence: the tagger's calendar expressions, one per thing the writer
 * dated. A relative day with its date restated in brackets ("last Monday (2 July)", "today
 * (Wednesday)") is one mention, dated by the explicit one, and so is a counted time dated at once ("Nearly
 * five months later, on March 28, 2024") or after the day it counts to ("on Tuesday, eight days later"). (The two ends of a range arrive as one
 * expression already, folded by `fold-ranges.ts`.)
 */
export interface DatedMention {
  /** UTF-16 offsets in the sentence of everything the mention covers ("last Monday (2 July)"). */
  start: number;
  end: number;
  /** The TIMEX3 value of the expression that dates it (the explicit one of a restated pair). */
  value: string;
  /** The calendar value the event is filed under (`value` with a time truncated to its day). */
  calendar: string;
  /** First and last day the mention covers. */
  span: DateSpan;
  /** The part of `span` an "early", "mid-" or "late" leaves ("early September": 1–15 September), when one does. */
  part?: DateSpan;
  source?: string;
  /** Whether the written words give the year, so the date owes nothing to the publication date. */
  statesYear: boolean;
  /** Offsets of the tagged expressions inside the mention, for titles that drop every date. */
  parts: { start: number; end: number }[];
}

/** A year written in the expression itself ("1979", "24 September 2014", "’19"), so nothing was inferred. */
const STATES_YEAR = /\d{4}|'\d{2}\b|’\d{2}\b/;
/** Tagger sources whose value owes its year to a name ("the September 11 attacks"), not to the publication date. */
const YEAR_FROM_NAME = new Set(['parser/named-event']);
/** An expression that names its date rather than counting from today: digits or a month name. */
const EXPLICIT = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s|$|,)/i;
/** What lies between a date and its restatement in brackets. */
const OPEN_BRACKET = /^\s*[([]\s*$/;
const CLOSE_BRACKET = /^\s*[)\]]/;
/** Between a counted time and the date that states it: "Nearly five months later, on March 28, 2024". */
const APPOSED = /^\s*,\s*(?:on|in)\s+$/i;
/**
 * A counted time after a comma that restates the day just named: "approved it on Tuesday, eight days
 * later". Counted again from that day (the story's last date), it made a second card a week on.
 */
const COUNTED_AFTER = /^\s*,\s*$/;
const COUNTED = /\b(?:later|earlier|afterwards?|before)$/i;

function isUsable(t: Timex | null | undefined, length: number): t is Timex {
  return (
    !!t &&
    (t.type === 'DATE' || t.type === 'TIME') &&
    typeof t.value === 'string' &&
    Number.isInteger(t.start) &&
    Number.isInteger(t.end) &&
    t.start >= 0 &&
    t.end > t.start &&
    t.end <= length
  );
}

/** Drops timexes that overlap an earlier, longer one (taggers may return nested matches). */
export function withoutOverlaps<T extends { start: number; end: number }>(timexes: T[]): T[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const t of sorted) {
    const last = kept.at(-1);
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}

/** The calendar expressions of a sentence the tagger found, checked against the sentence's length. */
export function calendarTimexes(text: string, timexes: unknown): Timex[] {
  return Array.isArray(timexes) ? timexes.filter((t): t is Timex => isUsable(t as Timex, text.length)) : [];
}

/**
 * The part of a span "early", "mid-" or "late" leaves (TIMEX3 `mod`): its first half, its middle half,
 * its last half; halves, not thirds, because news says "early September" of the 12th. Undefined for
 * no such modifier or a span of a day or two.
 */
function modPart(span: DateSpan, mod: string | undefined): DateSpan | undefined {
  const [first, last] = [daysFromIso(span.start), daysFromIso(span.end)];
  if (first === null || last === null || last - first < 2) return undefined;
  const half = Math.floor((last - first + 1) / 2);
  if (mod === 'START') return { start: span.start, end: isoFromDays(first + half - 1) };
  if (mod === 'END') return { start: isoFromDays(last - half + 1), end: span.end };
  if (mod === 'MID') return { start: isoFromDays(first + Math.floor(half / 2)), end: isoFromDays(first + Math.floor(half / 2) + half - 1) };
  return undefined;
}

function single(text: string, t: Timex): DatedMention | null {
  const calendar = calendarValue(t.value);
  const span = calendar ? dateSpan(calendar) : null;
  if (!calendar || !span) return null;
  const written = text.slice(t.start, t.end);
  const mention: DatedMention = {
    start: t.start,
    end: t.end,
    value: t.value,
    calendar,
    span,
    statesYear: STATES_YEAR.test(written) || YEAR_FROM_NAME.has(t.source),
    parts: [{ start: t.start, end: t.end }],
  };
  if (t.source) mention.source = t.source;
  const part = modPart(span, t.mod);
  if (part) mention.part = part;
  return mention;
}

/**
 * Which of a date and its bracketed restatement dates the pair: the one that names its date
 * ("2 July" over "last Monday"); when both or neither do, the bracketed one, which is the writer's
 * own correction. A bracketed date that only widens the first ("Monday (March)") leaves it be.
 */
function restated(text: string, a: DatedMention, b: DatedMention): DatedMention {
  const explicitA = EXPLICIT.test(text.slice(a.start, a.end));
  const explicitB = EXPLICIT.test(text.slice(b.start, b.end));
  const widens = b.span.start <= a.span.start && a.span.end <= b.span.end && (b.span.start < a.span.start || a.span.end < b.span.end);
  const winner = explicitA && !explicitB ? a : widens && !(explicitB && !explicitA) ? a : b;
  const close = CLOSE_BRACKET.exec(text.slice(b.end))!;
  return { ...winner, start: a.start, end: b.end + close[0].length, statesYear: a.statesYear || b.statesYear, parts: [...a.parts, ...b.parts] };
}

/** The dated mentions of `text` from its timexes, in text order. */
export function datedMentions(text: string, timexes: unknown): DatedMention[] {
  const usable = withoutOverlaps(calendarTimexes(text, timexes).filter((t) => calendarValue(t.value) !== null));
  const mentions: DatedMention[] = [];
  for (let i = 0; i < usable.length; i++) {
    const mention = single(text, usable[i]!);
    if (!mention) continue;
    const last = mentions.at(-1);
    if (last && OPEN_BRACKET.test(text.slice(last.end, mention.start)) && CLOSE_BRACKET.test(text.slice(mention.end))) {
      mentions[mentions.length - 1] = restated(text, last, mention);
      continue;
    }
    // The second of two mentions is `kind` and the first is not, with only `gap` between them.
    const follows = (gap: RegExp, kind: RegExp) =>
      !!last &&
      gap.test(text.slice(last.end, mention.start)) &&
      kind.test(text.slice(mention.start, mention.end)) &&
      !kind.test(text.slice(last.start, last.end));
    // A counted time the writer dates at once is one mention, dated by the stated date; a counted time
    // after the day it counts to is one mention, dated by that day.
    if (follows(APPOSED, EXPLICIT)) mentions[mentions.length - 1] = { ...mention, start: last!.start, parts: [...last!.parts, ...mention.parts] };
    else if (follows(COUNTED_AFTER, COUNTED)) mentions[mentions.length - 1] = { ...last!, end: mention.end, parts: [...last!.parts, ...mention.parts] };
    else mentions.push(mention);
  }
  return mentions;
}
