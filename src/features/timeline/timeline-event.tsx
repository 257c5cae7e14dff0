import type { Ref } from 'react';
import { datePrecision, eventSources, htmlDate } from '../../analysis/timeline/filter-events.ts';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import { formatTimexDate } from '../../analysis/timeline/format-date.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';

interface TimelineEventProps {
  event: TimelineEvent;
  badges: Map<string, { badge: string; full: string }>;
  selected: boolean;
  onSelect: (event: TimelineEvent) => void;
  buttonRef: Ref<HTMLButtonElement>;
  /** Reports whose publication date was inferred from their text: a date counted from it is a guess too. */
  inferredReports?: ReadonlySet<string>;
}

export function TimelineEventCard({ event, badges, selected, onSelect, buttonRef, inferredReports }: TimelineEventProps) {
  const precision = datePrecision(event);
  const inferred = event.mentions.find((m) => m.inferredFrom);
  const through = event.mentions.find((m) => m.datedBy);
  const counted = event.mentions.find((m) => m.countedFrom);
  const onDay = event.mentions.find((m) => m.onDayOf);
  const clocks = event.clocksDiffer;
  return (
    <div className="relative">
      {/* Marker on the axis: a dot for a day, a dashed bar for a span whose day is unknown. */}
      {precision ? (
        <span aria-hidden="true" className="absolute top-1 bottom-1 -left-[1.45rem] w-0 border-l-4 border-dashed border-stone-500 dark:border-stone-400" />
      ) : (
        <span
          aria-hidden="true"
          className="absolute top-2.5 -left-[1.7rem] h-3 w-3 rounded-full border-2 border-stone-50 bg-stone-700 dark:border-stone-950 dark:bg-stone-300"
        />
      )}
      <button
        ref={buttonRef}
        type="button"
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event)}
        // Room above it when scrolled into view: on a phone the page scrolls under the sticky section links.
        className={`block w-full min-w-0 scroll-mt-16 scroll-mb-3 rounded border p-2 text-left lg:scroll-mt-3 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:hover:bg-stone-800 ${
          selected ? 'border-2 border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-stone-800' : 'border-stone-300 dark:border-stone-700'
        } ${precision ? 'border-dashed' : ''}`}
      >
        <span className="flex flex-wrap items-baseline gap-x-2">
          <time dateTime={htmlDate(event)} className="font-sans font-bold text-stone-900 dark:text-stone-50">
            {formatTimexDate(event.date)}
          </time>
          {precision && <span className="font-sans text-xs text-stone-700 dark:text-stone-300">({precision}; exact day not given)</span>}
          {selected && <span className="font-sans text-xs font-bold text-amber-900 dark:text-amber-300">◆ Selected</span>}
        </span>
        <span className="mt-1 block break-words text-stone-900 dark:text-stone-100">{event.label}</span>
        {event.actors.length > 0 && (
          <span className="mt-1 block break-words text-xs text-stone-700 dark:text-stone-300">
            <span className="font-semibold">Who/where: </span>
            {event.actors.join(', ')}
          </span>
        )}
        <span className="mt-1 flex flex-wrap items-center gap-1">
          <span className="sr-only">Sources: </span>
          {eventSources(event).map((report) => (
            <span
              key={report}
              title={badges.get(report)?.full}
              // A tag, not a control: bordered, the reports' badges looked like buttons inside the card's own (user test).
              className="rounded-sm bg-stone-200 px-1.5 font-sans text-xs text-stone-800 dark:bg-stone-700 dark:text-stone-100"
            >
              {badges.get(report)?.badge ?? report}
            </span>
          ))}
        </span>
        {clocks && (
          // One happening told at different times: said in words and a sign, not colour alone.
          <span className="mt-1 block font-sans text-xs text-rose-800 dark:text-rose-300">
            ≠ Times differ: {clocks.map((m) => `“${m.text}” (${badges.get(m.report)?.badge ?? m.report})`).join(', ')}
          </span>
        )}
        {inferred?.inferredFrom && (
          <span className="mt-1 block text-xs text-stone-600 italic dark:text-stone-400">
            “{inferred.text}” dated from the publication date, {formatIsoDay(inferred.inferredFrom)}
            {inferredReports?.has(inferred.report) && ', itself inferred from the text'}
          </span>
        )}
        {counted?.countedFrom && (
          <span className="mt-1 block text-xs text-stone-600 italic dark:text-stone-400">
            “{counted.text}” counted from “{counted.countedFrom}”
          </span>
        )}
        {onDay?.onDayOf && (
          <span className="mt-1 block text-xs text-stone-600 italic dark:text-stone-400">
            “{onDay.text}” put on the day of “{onDay.onDayOf}”, the report’s last date before it
          </span>
        )}
        {through?.datedBy && (
          <span className="mt-1 block text-xs text-stone-600 italic dark:text-stone-400">
            “{through.text}” dated by “{through.datedBy.text}” in {badges.get(through.datedBy.report)?.badge ?? through.datedBy.report}, which tells the same
            fact
          </span>
        )}
      </button>
    </div>
  );
}

interface NowMarkerProps {
  day: string;
  reports: string[];
  total: number;
  badges: Map<string, { badge: string; full: string }>;
  /** Reports whose publication date was inferred from their text, not stated. */
  inferredReports?: ReadonlySet<string>;
}

/** "Published: 24 Sep 2014 — now of the reports": where the reports stand on the axis. */
export function NowMarker({ day, reports, total, badges, inferredReports }: NowMarkerProps) {
  const all = reports.length === total;
  const inferred = reports.filter((r) => inferredReports?.has(r));
  const badge = (r: string) => badges.get(r)?.badge ?? r;
  return (
    <p className="relative my-1 flex flex-wrap items-center gap-x-2 border-t-2 border-double border-stone-600 pt-1 font-sans text-xs font-semibold text-stone-800 dark:border-stone-300 dark:text-stone-200">
      <span aria-hidden="true" className="absolute -top-[0.45rem] -left-[1.75rem] text-sm leading-none">
        ▶
      </span>
      <span>
        Published: <time dateTime={day}>{formatIsoDay(day)}</time>
        {inferred.length === reports.length && inferred.length > 0 && ' (inferred from the text)'} — now of{' '}
        {all ? (total === 1 ? 'the report' : 'the reports') : reports.map(badge).join(', ')}
        {inferred.length > 0 && inferred.length < reports.length && ` (${inferred.map(badge).join(', ')}: inferred from the text)`}
      </span>
    </p>
  );
}

/** "— 35 years —" between rows far apart in time, with a break drawn across the axis. */
export function GapMarker({ label, space }: { label: string; space: number }) {
  return (
    <p className="relative text-center font-sans text-xs text-stone-600 italic dark:text-stone-400" style={{ marginBottom: space }}>
      <span aria-hidden="true" className="absolute top-0 -left-[1.75rem] bg-stone-50 px-0.5 leading-none not-italic dark:bg-stone-950">
        ≈
      </span>
      {label}
    </p>
  );
}
