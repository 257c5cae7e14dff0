import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { axisRows, type AxisRow } from '../../analysis/timeline/axis.ts';
import { filterEvents } from '../../analysis/timeline/filter-events.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { actorOptions, sourceBadges, type ReportInfo } from './sources.ts';
import { GapMarker, NowMarker, TimelineEventCard } from './timeline-event.tsx';
import { TimelineFilters } from './timeline-filters.tsx';
import { isFiltering, toEventFilter, useTimelineFilter } from './use-timeline-filter.ts';

export interface TimelinePanelProps {
  events: TimelineEvent[];
  reports: ReportInfo[];
  /** Set by the app when the reader asks to jump to an event: it is scrolled into view and focused. */
  selectedEventId: string | null;
  /** Called when the reader picks an event here; the app scrolls the reader to its mention. */
  onSelectEvent: (event: TimelineEvent) => void;
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

export function TimelinePanel({ events, reports, selectedEventId, onSelectEvent }: TimelinePanelProps) {
  const headingId = useId();
  const { filter, setFilter, clearFilter } = useTimelineFilter();
  const reportIds = useMemo(() => reports.map((r) => r.id), [reports]);
  const visible = useMemo(() => filterEvents(events, toEventFilter(filter), reportIds), [events, filter, reportIds]);
  const rows = useMemo(() => axisRows(visible, reports.map((r) => ({ report: r.id, date: r.published }))), [visible, reports]);
  const { items, after } = useMemo(() => groupRows(rows), [rows]);
  const badges = useMemo(() => sourceBadges(reports), [reports]);
  const actors = useMemo(() => actorOptions(events), [events]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Jump requests from the app. `pending` survives until the event exists and is visible;
  // an id this panel just reported itself is not re-focused (the app may have moved focus on purpose).
  const pending = useRef<string | null>(null);
  const seen = useRef<string | null>(null);
  const emitted = useRef<string | null>(null);
  useEffect(() => {
    if (selectedEventId !== seen.current) {
      seen.current = selectedEventId;
      pending.current = selectedEventId && selectedEventId !== emitted.current ? selectedEventId : null;
      emitted.current = null;
    }
    const id = pending.current;
    if (!id || !events.some((e) => e.id === id)) return;
    if (!visible.some((e) => e.id === id)) {
      clearFilter(); // the reader asked for this event: filters that hide it give way
      return;
    }
    pending.current = null;
    const focus = () => {
      const button = buttons.current.get(id);
      if (!button) return;
      button.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      button.focus({ preventScroll: true });
    };
    focus();
    // The panel may sit in a tab that becomes visible in the same update; try again after layout.
    if (document.activeElement !== buttons.current.get(id) && typeof requestAnimationFrame === 'function') requestAnimationFrame(focus);
  }, [selectedEventId, events, visible, clearFilter]);

  const select = useCallback(
    (event: TimelineEvent) => {
      emitted.current = event.id;
      onSelectEvent(event);
    },
    [onSelectEvent],
  );

  const filtering = isFiltering(filter);
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-4 p-4 text-sm">
      <h2 id={headingId} className="font-sans text-base font-bold text-stone-900 dark:text-stone-50">
        Timeline
      </h2>
      <TimelineFilters
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
      {events.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">No dated events found in these reports.</p>
      ) : visible.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">No events match these filters.</p>
      ) : null}
      <ol aria-labelledby={headingId} className="relative ml-3 min-w-0 border-l-2 border-stone-400 pl-5 dark:border-stone-600">
        {items.map(({ row, before }) => (
          <li key={row.event.id} className="min-w-0">
            {before.map((now) => (
              <div key={`now-${now.day}`} style={spacing(now)}>
                {now.gapLabel && <GapMarker label={now.gapLabel} space={now.gapPx / 2} />}
                <NowMarker day={now.day} reports={now.reports} total={reports.length} badges={badges} />
              </div>
            ))}
            <div style={spacing(row)}>
              {row.gapLabel && <GapMarker label={row.gapLabel} space={row.gapPx / 2} />}
              <TimelineEventCard
                event={row.event}
                badges={badges}
                selected={row.event.id === selectedEventId}
                onSelect={select}
                buttonRef={(el) => {
                  if (el) buttons.current.set(row.event.id, el);
                  else buttons.current.delete(row.event.id);
                }}
              />
            </div>
          </li>
        ))}
      </ol>
      {after.length > 0 && (
        <div className="relative ml-3 -mt-4 min-w-0 border-l-2 border-stone-400 pl-5 dark:border-stone-600">
          {after.map((now) => (
            <div key={`now-${now.day}`} style={spacing(now)}>
              {now.gapLabel && <GapMarker label={now.gapLabel} space={now.gapPx / 2} />}
              <NowMarker day={now.day} reports={now.reports} total={reports.length} badges={badges} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
