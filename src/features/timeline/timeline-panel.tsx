import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { axisRows, type AxisRow } from '../../analysis/timeline/axis.ts';
import { filterEvents } from '../../analysis/timeline/filter-events.ts';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import type { TimelineEvent, UnplacedMention } from '../../analysis/timeline/types.ts';
import type { UndatedClaim } from '../../analysis/timeline/undated-claims.ts';
import { publishedNote } from '../../shared/published-note.ts';
import { datesReversed, eventDateRange } from './date-range.ts';
import { InferredDates } from './inferred-dates.tsx';
import { actorOptions, sourceBadges } from './sources.ts';
import { GapMarker, NowMarker, TimelineEventCard } from './timeline-event.tsx';
import { TimelineFilters } from './timeline-filters.tsx';
import { UndatedLane } from './undated-lane.tsx';
import { holdInView } from './hold-in-view.ts';
import { useFiltersOpen } from './use-filters-open.ts';
import { isFiltering, toEventFilter, useTimelineFilter } from './use-timeline-filter.ts';
import { reportName, type ReportInfo } from '../../shared/report-name.ts';

export interface TimelinePanelProps {
  events: TimelineEvent[];
  reports: ReportInfo[];
  /** Set by the app when the reader asks to jump to an event: it is scrolled into view and focused. */
  selectedEventId: string | null;
  /**
   * False when the selection came with a jump to its sentence (a card chosen in the full timeline):
   * the card is marked but neither scrolled to nor focused. Where the panel and the reports share one
   * scrolling page (phones), scrolling to the card took the reader away from the sentence they chose.
   */
  revealSelected?: boolean;
  /** Called when the reader picks an event here; the app scrolls the reader to its mention. */
  onSelectEvent: (event: TimelineEvent) => void;
  /** Claims of reports without a publication date that the timeline cannot place (`Comparison.undated`). */
  undated?: readonly UndatedClaim[];
  /** The analysis is still running: no events yet is not the same as none. */
  loading?: boolean;
  /** Opens an unplaced mention's sentence in the reader. */
  onSelectMention?: (mention: UnplacedMention) => void;
  /** Saves a report's publication date (the app persists it and the analysis re-runs). */
  onSetPublished?: (reportId: string, date: string) => void;
}

type EventRow = Extract<AxisRow, { kind: 'event' }>;
type NowRow = Extract<AxisRow, { kind: 'now' }>;

/** Each event row carries the publication rows just before it, so the `<ol>` holds one `<li>` per event. */
function groupRows(rows: AxisRow[]): { items: { row: EventRow; before: NowRow[] }[]; after: NowRow[] } {
  const items: { row: EventRow; before: NowRow[] }[] = [];
  let pending: NowRow[] = [];
  for (const row of rows) {
    if (row.kind === 'now') pending.push(row);
    else {
      items.push({ row, before: pending });
      pending = [];
    }
  }
  return { items, after: pending };
}

/** Space before a row, proportional to the time since the previous one; a gap label sits in its middle. */
const spacing = (row: AxisRow) => ({ marginTop: row.gapLabel ? row.gapPx / 2 : row.gapPx });

const prefersReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const NO_UNDATED: readonly UndatedClaim[] = [];

/**
 * Events rendered at first, and added each time the end of the list comes near (or "Show more" is
 * pressed). A report naming 10,000 days has 10,000 cards: rendering them all took seconds of one
 * task when the tab opened and on every keystroke of the search. Not a windowed list: the cards
 * rendered stay rendered, so find-in-page, focus and the gaps drawn between cards work as before
 * for everything shown, and a jump to an event further down renders up to it first.
 */
export const EVENTS_PAGE = 100;

/** "“A”", "“A” and “B”", "“A”, “B”, and “C”". */
const NAME_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

export function TimelinePanel({
  events,
  reports,
  selectedEventId,
  revealSelected = true,
  onSelectEvent,
  undated = NO_UNDATED,
  loading = false,
  onSelectMention,
  onSetPublished,
}: TimelinePanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [filtersOpen, setFiltersOpen] = useFiltersOpen(form);
  const range = useMemo(() => eventDateRange(events), [events]);
  const inferredReports = useMemo(() => new Set(reports.filter((r) => publishedNote(r.publishedFrom)).map((r) => r.id)), [reports]);
  const [notice, setNotice] = useState<string | null>(null);
  const setPublished = useCallback(
    (targets: readonly ReportInfo[], date: string) => {
      if (!onSetPublished) return;
      for (const report of targets) onSetPublished(report.id, date);
      setNotice(`Publication date of ${NAME_LIST.format(targets.map((r) => `“${reportName(r)}”`))} set to ${formatIsoDay(date)}.`);
      // The form that had focus goes away once the events are placed; the heading, with the notice under it, keeps the reader's place.
      heading.current?.focus();
    },
    [onSetPublished],
  );
  const { filter, setFilter, clearFilter } = useTimelineFilter();
  const reportIds = useMemo(() => reports.map((r) => r.id), [reports]);
  // The field shows each key at once; the list follows in a render React may interrupt for the next key.
  const shownFilter = useDeferredValue(filter);
  const visible = useMemo(() => filterEvents(events, toEventFilter(shownFilter), reportIds), [events, shownFilter, reportIds]);
  const rows = useMemo(
    () =>
      axisRows(
        visible,
        reports.map((r) => ({ report: r.id, date: r.published })),
      ),
    [visible, reports],
  );
  const { items, after } = useMemo(() => groupRows(rows), [rows]);
  // How many cards are rendered; back to one page whenever the filtered list changes.
  const [limit, setLimit] = useState({ visible, count: EVENTS_PAGE });
  if (limit.visible !== visible) setLimit({ visible, count: EVENTS_PAGE });
  const shownCount = limit.visible === visible ? limit.count : EVENTS_PAGE;
  const showMore = useCallback((atLeast = 0) => setLimit((l) => ({ ...l, count: Math.max(l.count + EVENTS_PAGE * 2, atLeast) })), []);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // A screen ahead, so scrolling rarely reaches the end of what is rendered.
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && showMore(), { rootMargin: '100% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [showMore, shownCount, items.length]);
  const badges = useMemo(() => sourceBadges(reports), [reports]);
  const actors = useMemo(() => actorOptions(events), [events]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Jump requests from the app. `pending` survives until the event exists and is visible;
  // an id this panel just reported itself is not re-focused (the app may have moved focus on purpose).
  const pending = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const stopHolding = useRef<() => void>(() => {});
  useEffect(() => () => stopHolding.current(), []);
  const seen = useRef<string | null>(null);
  const emitted = useRef<string | null>(null);
  useEffect(() => {
    if (selectedEventId !== seen.current) {
      seen.current = selectedEventId;
      pending.current = selectedEventId && selectedEventId !== emitted.current && revealSelected ? selectedEventId : null;
      emitted.current = null;
    }
    const id = pending.current;
    if (!id || !events.some((e) => e.id === id)) return;
    if (!visible.some((e) => e.id === id)) {
      clearFilter(); // the reader asked for this event: filters that hide it give way
      return;
    }
    const at = items.findIndex((item) => item.row.event.id === id);
    if (at >= shownCount) {
      showMore(at + EVENTS_PAGE / 2); // not rendered yet: render up to it, then focus it
      return;
    }
    pending.current = null;
    const focus = () => {
      const button = buttons.current.get(id);
      if (!button) return;
      stopHolding.current();
      stopHolding.current = section.current ? holdInView(button, section.current, !prefersReducedMotion()) : () => {};
      button.focus({ preventScroll: true });
    };
    focus();
    // The panel may sit in a tab that becomes visible in the same update; try again after layout.
    if (document.activeElement !== buttons.current.get(id) && typeof requestAnimationFrame === 'function') requestAnimationFrame(focus);
  }, [selectedEventId, revealSelected, events, visible, clearFilter, items, shownCount, showMore]);

  const select = useCallback(
    (event: TimelineEvent) => {
      emitted.current = event.id;
      onSelectEvent(event);
    },
    [onSelectEvent],
  );

  const filtering = isFiltering(filter);
  return (
    <section ref={section} aria-labelledby={headingId} className="min-w-0 space-y-4 p-4 text-sm">
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="font-sans text-base font-bold text-stone-900 focus-visible:outline-3 focus-visible:outline-amber-600 dark:text-stone-50"
      >
        Timeline
      </h2>
      <p role="status" className="font-sans text-stone-800 empty:hidden dark:text-stone-200">
        {notice}
      </p>
      <UndatedLane undated={undated} reports={reports} onSelectMention={onSelectMention} onSetPublished={onSetPublished ? setPublished : undefined} />
      {onSetPublished && <InferredDates reports={reports} badges={badges} onSetPublished={(report, date) => setPublished([report], date)} />}
      <TimelineFilters
        formRef={form}
        open={filtersOpen}
        onToggle={setFiltersOpen}
        range={range}
        filter={filter}
        onChange={setFilter}
        onClear={clearFilter}
        filtering={filtering}
        reports={reports}
        badges={badges}
        actors={actors}
      />
      <p aria-live="polite" className="font-sans text-stone-700 dark:text-stone-300" data-testid="timeline-count">
        Showing {visible.length} of {events.length} {events.length === 1 ? 'event' : 'events'}
      </p>
      {events.length === 0 && loading ? (
        <p className="text-stone-600 dark:text-stone-400">Finding the dated events…</p>
      ) : events.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{undated.length > 0 ? 'No events can be placed yet.' : 'No dated events found in these reports.'}</p>
      ) : visible.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">
          {/* Said here too: with the filters folded away, the note beside the date fields is hidden. */}
          {shownFilter.reports?.length === 0
            ? 'No events match these filters: no source is ticked.'
            : datesReversed(shownFilter.from, shownFilter.to)
              ? 'No events match these filters: the From date is after the To date.'
              : 'No events match these filters.'}
        </p>
      ) : null}
      <ol aria-labelledby={headingId} className="relative ml-3 min-w-0 border-l-2 border-stone-400 pl-5 dark:border-stone-600">
        {items.slice(0, shownCount).map(({ row, before }) => (
          <li key={row.event.id} className="min-w-0">
            {before.map((now) => (
              <div key={`now-${now.day}`} style={spacing(now)}>
                {now.gapLabel && <GapMarker label={now.gapLabel} space={now.gapPx / 2} />}
                <NowMarker day={now.day} reports={now.reports} total={reports.length} badges={badges} inferredReports={inferredReports} />
              </div>
            ))}
            <div style={spacing(row)}>
              {row.gapLabel && <GapMarker label={row.gapLabel} space={row.gapPx / 2} />}
              <TimelineEventCard
                event={row.event}
                badges={badges}
                selected={row.event.id === selectedEventId}
                onSelect={select}
                inferredReports={inferredReports}
                buttonRef={(el) => {
                  if (el) buttons.current.set(row.event.id, el);
                  else buttons.current.delete(row.event.id);
                }}
              />
            </div>
          </li>
        ))}
      </ol>
      {shownCount < items.length && (
        <div ref={sentinel}>
          <button
            type="button"
            onClick={() => showMore()}
            className="rounded border border-stone-400 px-2 py-1 font-sans text-xs font-semibold hover:bg-stone-200 focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Show more events ({items.length - shownCount} not shown yet)
          </button>
        </div>
      )}
      {shownCount >= items.length && after.length > 0 && (
        // Drawn on from the list's line; under a message, with no list above, it keeps its distance.
        <div className={`relative ml-3 ${items.length > 0 ? '-mt-4' : 'mt-3'} min-w-0 border-l-2 border-stone-400 pl-5 dark:border-stone-600`}>
          {after.map((now) => (
            <div key={`now-${now.day}`} style={spacing(now)}>
              {now.gapLabel && <GapMarker label={now.gapLabel} space={now.gapPx / 2} />}
              <NowMarker day={now.day} reports={now.reports} total={reports.length} badges={badges} inferredReports={inferredReports} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
