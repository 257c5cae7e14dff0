import { dateSpan } from '../../analysis/timeline/date-span.ts';
import { eventSpan } from '../../analysis/timeline/filter-events.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';

/** A value the date filter accepts as written: a year, a month or a day. */
const FILTER_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The earliest and latest dates of the events, in the form the date filter reads, for its
 * placeholders: the comparison's own range says more than a fixed example. An event dated in a form
 * the filter does not read (a week, a quarter) gives the first or last day of its span.
 */
export function eventDateRange(events: TimelineEvent[]): { from: string; to: string } | null {
  let first: { event: TimelineEvent; day: string } | null = null;
  let last: { event: TimelineEvent; day: string } | null = null;
  for (const event of events) {
    const span = eventSpan(event);
    if (!span) continue;
    if (!first || span.start < first.day) first = { event, day: span.start };
    if (!last || span.end > last.day) last = { event, day: span.end };
  }
  if (!first || !last) return null;
  return {
    from: FILTER_FORM.test(first.event.date) ? first.event.date : first.day,
    to: FILTER_FORM.test(last.event.date) ? last.event.date : last.day,
  };
}

/**
 * Whether the date filter's From bound starts after its To bound ends ("2007-05" to "2007-04"): no
 * event can match, and the panel says why rather than only "No events match". The fields keep what
 * was typed (not swapped for the user): the slip may be in either one. A bound that is empty or not
 * a date reverses nothing.
 */
export function datesReversed(from: string, to: string): boolean {
  const start = from.trim() ? dateSpan(from.trim()) : null;
  const end = to.trim() ? dateSpan(to.trim()) : null;
  return !!start && !!end && start.start > end.end;
}
