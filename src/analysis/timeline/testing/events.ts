import { dateSpan, granularityOf } from '../date-span.ts';
import type { TimelineEvent } from '../types.ts';

/** A hand-made event for filter, axis and UI tests: `event('e1', '2014-06', 'Embassy reopens', ['a'], ['Britain'])`. */
export function event(id: string, date: string, label: string, reports: string[], actors: string[] = []): TimelineEvent {
  const span = dateSpan(date);
  return {
    id,
    date,
    granularity: granularityOf(date) ?? 'day',
    label,
    actors,
    actorRefs: actors.map((name) => ({ key: name.toLowerCase(), name, kind: 'person' as const })),
    mentions: reports.map((report, i) => ({ report, sentence: `s${i + 1}`, text: date, start: 0, end: date.length })),
    ...(span ? { start: span.start, end: span.end } : {}),
  };
}
