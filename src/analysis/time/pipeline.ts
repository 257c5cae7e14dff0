import type { Parser, Refiner } from './candidate.ts';
import { amountRange } from './refiners/amount-range.ts';
import { attachModifiers } from './refiners/attach-modifiers.ts';
import { centuryParser } from './parsers/century.ts';
import { clockTimeParser } from './parsers/clock-time.ts';
import { dayRangeParser } from './parsers/day-range.ts';
import { decadeParser } from './parsers/decade.ts';
import { deicticDayParser } from './parsers/deictic-day.ts';
import { durationParser } from './parsers/duration.ts';
import { holidayParser } from './parsers/holiday.ts';
import { isoDateParser } from './parsers/iso-date.ts';
import { monthDayParser } from './parsers/month-day.ts';
import { ordinalDayParser } from './parsers/ordinal-day.ts';
import { monthNameParser } from './parsers/month-name.ts';
import { monthYearParser } from './parsers/month-year.ts';
import { namedEventParser } from './parsers/named-event.ts';
import { partOfDayParser } from './parsers/part-of-day.ts';
import { presentRefParser } from './parsers/present-ref.ts';
import { quarterParser } from './parsers/quarter.ts';
import { quarterRefParser } from './parsers/quarter-ref.ts';
import { relativeUnitParser } from './parsers/relative-unit.ts';
import { seasonParser } from './parsers/season.ts';
import { setParser } from './parsers/set.ts';
import { spelledYearParser } from './parsers/spelled-year.ts';
import { splitYearParser } from './parsers/split-year.ts';
import { weekdayParser } from './parsers/weekday.ts';
import { weekendParser } from './parsers/weekend.ts';
import { yearParser } from './parsers/year.ts';
import { clockOnNamedDay } from './refiners/clock-on-named-day.ts';
import { dropFalsePositives } from './refiners/drop-false-positives.ts';
import { mergeDateTime } from './refiners/merge-date-time.ts';
import { linkRanges } from './refiners/link-ranges.ts';
import { mergeWeekdayDate } from './refiners/merge-weekday-date.ts';
import { removeOverlaps } from './refiners/remove-overlaps.ts';
import { resolveRelative } from './refiners/resolve-relative.ts';

/**
 * The tagger as data. Every parser runs over the whole text; overlaps are settled by
 * remove-overlaps (longest wins), and on equal length the parser listed first wins, so the
 * more specific parsers come first.
 */
export const PIPELINE: { parsers: Parser[]; refiners: Refiner[] } = {
  parsers: [
    isoDateParser,
    namedEventParser,
    dayRangeParser,
    monthDayParser,
    ordinalDayParser,
    monthYearParser,
    monthNameParser,
    holidayParser,
    quarterParser,
    quarterRefParser,
    seasonParser,
    centuryParser,
    decadeParser,
    splitYearParser,
    yearParser,
    spelledYearParser,
    partOfDayParser,
    weekdayParser,
    deicticDayParser,
    relativeUnitParser,
    weekendParser,
    clockTimeParser,
    setParser,
    durationParser,
    presentRefParser,
  ],
  refiners: [
    dropFalsePositives, // first: a bogus long match must not knock out a good shorter one in remove-overlaps
    removeOverlaps, // before merges: merging looks only at direct neighbours
    mergeWeekdayDate, // before resolving: the merged DATE keeps the calendar date's anchor
    resolveRelative,
    mergeDateTime, // after resolving: "3 p.m. on Tuesday" takes Tuesday's calendar value
    clockOnNamedDay, // after merge-date-time: only times left without a day beside them
    linkRanges, // after resolving: a range joins its ends' values
    amountRange, // before attach-modifiers: "about two to three weeks"
    attachModifiers, // last: a modifier changes the span and `mod`, never the value
  ],
};
