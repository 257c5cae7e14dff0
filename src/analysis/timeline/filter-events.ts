import { calendarValue, dateSpan } from './date-span.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';
import { formatTimexDate } from './format-date.ts';
import type { Granularity, TimelineEvent } from './types.ts';

export interface EventFilter {
  /** Report ids to show; undefined = all reports, [] = none. */
  reports?: string[];
  /** Actor keys or names (case-insensitive); an event matches when it involves any of them. */
  actors?: string[];
  /** Earliest / latest date shown, as any TIMEX3 calendar value (`2014`, `2014-06`, `2014-09-24`); spans that overlap count. */
  from?: string;
  to?: string;
  /** Only events mentioned by every selected report. */
  sharedOnly?: boolean;
  /** Whitespace-separated terms that must all occur in the label, actors, written dates or date. */
  text?: string;
}

/** Report ids that mention an event, in mention order, without repeats. */
export function eventSources(event: TimelineEvent): string[] {
  return [...new Set(event.mentions.map((m) => m.report))];
}

/** Inclusive ISO span of an event, falling back to its date value when buildTimeline did not fill it. */
export function eventSpan(event: TimelineEvent): { start: string; end: string } | null {
  if (event.start && event.end) return { start: event.start, end: event.end };
  return dateSpan(event.date);
}

/**
 * Words for how wide an uncertain date is ("month", "year"…); a day date is precise and has none. A
 * weekend is filed as a week (its granularity) but shown as its two days, so it says "weekend": "8–9
 * May 2010 (week; …)" would read as if the days were a week.
 */
export function datePrecision(event: Pick<TimelineEvent, 'date' | 'granularity'>): string | undefined {
  if (event.granularity === 'week' && /^\d{4}-W\d{2}-WE$/.test(calendarValue(event.date) ?? '')) return 'weekend';
  return PRECISION[event.granularity];
}

const PRECISION: Partial<Record<Granularity, string>> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'half year',
  season: 'season',
  year: 'year',
  decade: 'decade',
  century: 'century',
};

/**
 * The `<time dateTime>` value: HTML accepts years, months, weeks and days as written in TIMEX3;
 * quarters, seasons, decades and ranges have no HTML form, so they give the first day of their span.
 */
export function htmlDate(event: TimelineEvent): string {
  if (/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(event.date)) return event.date;
  return eventSpan(event)?.start ?? event.date;
}

/** Canonical actor keys, falling back to lower-cased names for events built without `actorRefs`. */
export function eventActorKeys(event: TimelineEvent): string[] {
  return event.actorRefs ? event.actorRefs.map((a) => a.key) : event.actors.map((a) => a.toLowerCase());
}

/**
 * Events that pass every given criterion. `allReports` is the full source list, used by
 * `sharedOnly` when no report selection is given (defaults to every report the events mention).
 */
export function filterEvents(events: TimelineEvent[], filter: EventFilter, allReports?: string[]): TimelineEvent[] {
  const reports = filter.reports ? new Set(filter.reports) : null;
  const actors = new Set((filter.actors ?? []).map((a) => a.toLowerCase()));
  const from = filter.from ? dateSpan(filter.from)?.start : undefined;
  const to = filter.to ? dateSpan(filter.to)?.end : undefined;
  const required = filter.sharedOnly ? (filter.reports ?? allReports ?? [...new Set(events.flatMap(eventSources))]) : [];
  const terms = foldDiacritics(filter.text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

  return events.filter((event) => {
    const sources = eventSources(event);
    if (reports && !sources.some((r) => reports.has(r))) return false;
    if (required.length > 0 && !required.every((r) => sources.includes(r))) return false;
    if (actors.size > 0) {
      const own = [...eventActorKeys(event), ...event.actors.map((a) => a.toLowerCase())];
      if (!own.some((a) => actors.has(a))) return false;
    }
    if (from || to) {
      const span = eventSpan(event);
      if (!span) return false;
      if (from && span.end < from) return false;
      if (to && span.start > to) return false;
    }
    if (terms.length > 0) {
      // Accents aside: one report writes "Mbappé", the next "Mbappe", and a reader types either.
      const haystack = foldDiacritics(
        [event.label, ...event.actors, ...event.mentions.map((m) => m.text), event.date, formatTimexDate(event.date)].join('\n'),
      ).toLowerCase();
      if (!terms.every((t) => haystack.includes(t))) return false;
    }
    return true;
  });
}
