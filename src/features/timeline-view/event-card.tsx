import { useLayoutEffect, useRef, useState, type FocusEvent, type Ref, type RefObject } from 'react';
import { datePrecision, eventSources, htmlDate } from '../../analysis/timeline/filter-events.ts';
import { formatTimexDate } from '../../analysis/timeline/format-date.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import type { SourceName } from './source-names.ts';

export function isUncertain(event: TimelineEvent): boolean {
  return datePrecision(event) !== undefined;
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
  const precision = datePrecision(event);
  const sources = eventSources(event);
  const header = useRef<HTMLSpanElement>(null);
  const labelLines = useLabelLines(header);
  const clocks = event.clocksDiffer;
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
      {/* Date and note flow as one line of text that wraps where the card is too narrow (the card's
          height leaves a second line): a flex row kept the date whole and cut off what did not fit,
          "Weekend of week 18, 20…", and a range such as "31 Jan – 1 Feb 2015" is wider than a
          phone's card. "Only" is short enough for a phone's card; the date beside it already shows
          that no day is given. */}
      <span ref={header} className="min-w-0 leading-snug">
        <time dateTime={htmlDate(event)} className="font-bold text-stone-900 dark:text-stone-50">
          {formatTimexDate(event.date)}
        </time>
        {precision && (
          <>
            {' '}
            <span className="inline-block text-xs text-stone-700 dark:text-stone-300">({precision} only)</span>
          </>
        )}
        {clocks && (
          // The card has no room for the times: a sign, its words for screen readers and on hover.
          <span title={`Times differ: ${clocks.map((m) => m.text).join(', ')}`} className="ml-1 font-bold text-rose-800 dark:text-rose-300">
            ≠<span className="sr-only"> Times differ: {clocks.map((m) => m.text).join(', ')}.</span>
          </span>
        )}
      </span>
      <span className={`mt-0.5 font-serif ${labelLines === 1 ? 'line-clamp-1' : 'line-clamp-2'} leading-snug text-stone-900 dark:text-stone-100`}>
        {event.label}
      </span>
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

/**
 * Lines of the label the card has room for: two, or one when the date and its note take three lines
 * (a range on a phone's card, "31 Jan – 1 Feb / 2015 / (weekend only)"). Measured, not estimated from
 * the text: where a line breaks depends on the font; and again whenever the header's size changes
 * (a card made narrower by a smaller window rewraps it).
 */
function useLabelLines(header: RefObject<HTMLElement | null>): 1 | 2 {
  const [lines, setLines] = useState<1 | 2>(2);
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const measure = () => {
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
      setLines(lineHeight > 0 && element.getBoundingClientRect().height > lineHeight * 2.5 ? 1 : 2);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header]);
  return lines;
}
