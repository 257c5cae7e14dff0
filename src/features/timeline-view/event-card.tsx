import type { FocusEvent, Ref } from 'react';
import { datePrecision, eventSources, htmlDate } from '../../analysis/timeline/filter-events.ts';
import { formatTimexDate } from '../../analysis/timeline/format-date.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import type { SourceName } from './source-names.ts';

export function isUncertain(event: TimelineEvent): boolean {
  return datePrecision(event.granularity) !== undefined;
}

interface EventCardProps {
  event: TimelineEvent;
  names: Map<string, SourceName>;
  onOpen: (event: TimelineEvent) => void;
  onFocus: (event: FocusEvent<HTMLButtonElement>) => void;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Room kept around the card when focus scrolls it into view (CSS `scroll-margin`). */
  scrollMargin?: string;
}

/** One event: its date, what happened, and which reports say so. Opening it shows its sentence in the reader. */
export function EventCard({ event, names, onOpen, onFocus, buttonRef, scrollMargin }: EventCardProps) {
  const precision = datePrecision(event.granularity);
  const sources = eventSources(event);
  return (
    <button
      ref={buttonRef}
      type="button"
      data-event-id={event.id}
      onClick={() => onOpen(event)}
      onFocus={onFocus}
      title="Open this sentence in the reader"
      style={scrollMargin ? { scrollMargin } : undefined}
      className={`flex h-full w-full flex-col overflow-hidden rounded border bg-white p-2 text-left font-sans text-sm shadow-sm hover:bg-amber-50 dark:bg-stone-900 dark:hover:bg-stone-800 ${
        precision ? 'border-dashed border-stone-500 dark:border-stone-400' : 'border-stone-400 dark:border-stone-500'
      }`}
    >
      {/* The note wraps under the date where the card is too narrow for both (the card's height leaves it
          a line): cut off, "(week, day not given)" read "(week, day n…". "Only" is short enough for a
          phone's card; the date beside it already shows that no day is given. */}
      <span className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
        <time dateTime={htmlDate(event)} className="shrink-0 font-bold text-stone-900 dark:text-stone-50">
          {formatTimexDate(event.date)}
        </time>
        {precision && <span className="text-xs text-stone-700 dark:text-stone-300">({precision} only)</span>}
      </span>
      <span className="mt-0.5 line-clamp-2 font-serif leading-snug text-stone-900 dark:text-stone-100">{event.label}</span>
      <span className="mt-auto flex min-w-0 items-center gap-1 pt-1 text-xs">
        <span className="sr-only">Reported by </span>
        {sources.map((report) => {
          const name = names.get(report);
          return (
            <span
              key={report}
              title={name?.full}
              className="rounded border border-stone-500 px-1.5 font-semibold text-stone-800 dark:border-stone-400 dark:text-stone-200"
            >
              {name?.letter ?? '?'}
              <span className="sr-only">: {name?.short ?? report};</span>
            </span>
          );
        })}
      </span>
    </button>
  );
}
