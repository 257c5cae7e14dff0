import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { fromAxis, toAxis, type CompressedAxis } from '../../analysis/timeline/compressed-axis.ts';
import { formatIsoDay } from '../../analysis/timeline/format-day.ts';
import { axisTicks, describeRange, estimateTextWidth, type TextWidth } from '../../analysis/timeline/time-ticks.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { publishedNote } from '../../shared/published-note.ts';
import {
  clampViewport,
  fitViewport,
  isFitted,
  panViewport,
  viewBounds,
  zoomViewport,
  type ViewBounds,
  type Viewport,
} from '../../analysis/timeline/viewport.ts';
import { datedTicks } from './dated-ticks.ts';
import { EventCard, isUncertain } from './event-card.tsx';
import { layoutTimeline, placeEvents, publicationDays, timelineAxis, type CardLayout, type NowLayout } from './layout-timeline.ts';
import { sourceNames, type SourceName } from './source-names.ts';
import type { ReportInfo } from '../../shared/report-name.ts';
import { useAxisGestures } from './use-axis-gestures.ts';

export interface TimelineViewProps {
  events: TimelineEvent[];
  reports: ReportInfo[];
  /** The analysis is still running: events will come. */
  pending: boolean;
  /** Claims the timeline could not place (reports without a publication date, `Comparison.undated`); none until the analysis answers. */
  undatedCount?: number;
  /** Show the event's sentence in the reader. */
  onOpenEvent: (event: TimelineEvent) => void;
  onBack: () => void;
  /** Set when the Timeline tab's filters hide some events: all of them, and how to show them again. */
  filteredFrom?: { events: TimelineEvent[]; onShowAll: () => void };
}

/**
 * Sizes in px. Cards have one height so lanes line up; the bar above a card is its date's span. A
 * card holds the date, a line for its "(month only)" note when the two do not fit on one, two lines
 * of its label and the sources' letters.
 */
const CARD_HEIGHT = 118;
const BAR_HEIGHT = 8;
const LANE_HEIGHT = BAR_HEIGHT + 6 + CARD_HEIGHT + 12;
const TICKS_HEIGHT = 44;
const LABEL_ROW_HEIGHT = 22;
/** What each further line adds to a row whose label wraps (12 px text, 16 px lines). */
const LABEL_LINE_HEIGHT = 16;
/**
 * A marker label's width estimated from its text (bold 12 px), so labels can take rows before
 * layout. Generous (bold DejaVu Sans, Chromium's default on Linux, runs 7.4 px a character): an
 * estimate short of the real width let a label that should fit run past the window's right edge.
 */
const labelWidth = (text: string) => text.length * 7.5 + 16;
/** The top of each row of marker labels, below the ticks, and where the rows end. */
function labelRowTops(rowLines: number[]): { tops: number[]; bottom: number } {
  const tops: number[] = [];
  let y = TICKS_HEIGHT;
  for (const lines of rowLines) {
    tops.push(y);
    y += LABEL_ROW_HEIGHT + (lines - 1) * LABEL_LINE_HEIGHT;
  }
  return { tops, bottom: y };
}
const CARD_GAP = 8;
/**
 * Cards take about a fifth of a wide axis, so neighbours fit beside them. On a phone's axis (under
 * `NARROW_AXIS_PX`) a fifth would leave a title two words a line: there cards take most of the
 * width and stack in more lanes, which the page scrolls through anyway.
 */
const NARROW_AXIS_PX = 480;
const cardWidthFor = (widthPx: number) => Math.round(Math.min(232, Math.max(148, widthPx * (widthPx < NARROW_AXIS_PX ? 0.6 : 0.2))));
/** Positions far off screen are clamped before they reach CSS, whose lengths saturate in the millions of px. */
const OFFSCREEN_PX = 4000;
const clampPx = (px: number, widthPx: number) => Math.min(widthPx + OFFSCREEN_PX, Math.max(-OFFSCREEN_PX, px));

/** One step of the zoom buttons and keys, and of the arrow keys as a share of the window. */
const ZOOM_STEP = 2;
const PAN_STEP = 0.2;

export function TimelineView({ events, reports, pending, undatedCount = 0, onOpenEvent, onBack, filteredFrom }: TimelineViewProps) {
  const headingId = useId();
  const helpId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // State, not a ref: the axis appears only once there are events, and the hooks below must see it arrive.
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const widthPx = useWidth(region);
  const [controls, setControls] = useState<HTMLDivElement | null>(null);
  useStickyHeight(controls);

  const names = useMemo(() => sourceNames(reports), [reports]);
  const placed = useMemo(() => placeEvents(events), [events]);
  const placedInAll = useMemo(() => (filteredFrom ? placeEvents(filteredFrom.events).length : null), [filteredFrom]);
  const nows = useMemo(() => publicationDays(reports), [reports]);
  const axis = useMemo(() => timelineAxis(placed, nows), [placed, nows]);

  const cardWidth = cardWidthFor(widthPx);
  const bounds = useMemo(() => (axis ? viewBounds(axis.length) : null), [axis]);

  // The window stays where the reader put it until the axis itself changes (new reports, new analysis).
  const [chosen, setChosen] = useState<{ axis: CompressedAxis; view: Viewport } | null>(null);
  const view = useMemo(
    () => (axis && bounds ? clampViewport(chosen?.axis === axis ? chosen.view : fitViewport(bounds), bounds) : null),
    [axis, bounds, chosen],
  );
  // Buttons and keys move in steps, which may glide; wheel, drag and pinch follow the hand exactly.
  const [gliding, setGliding] = useState(false);
  const change = useCallback(
    (next: (view: Viewport, bounds: ViewBounds) => Viewport, glide: boolean) => {
      if (!axis || !bounds) return;
      setGliding(glide);
      setChosen((current) => ({ axis, view: next(clampViewport(current?.axis === axis ? current.view : fitViewport(bounds), bounds), bounds) }));
    },
    [axis, bounds],
  );
  const zoom = (factor: number, anchor = 0.5, glide = true) => change((v, b) => zoomViewport(v, factor, anchor, b), glide);
  const pan = (fraction: number, glide = true) => change((v, b) => panViewport(v, fraction, b), glide);
  const fit = () => change((_, b) => fitViewport(b), true);

  useAxisGestures(region, {
    onZoom: (factor, anchor) => zoom(factor, anchor, false),
    onPan: (px) => widthPx > 0 && pan(px / widthPx, false),
  });

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const layout = useMemo(
    () =>
      axis && view && widthPx > 0
        ? layoutTimeline(axis, placed, nows, view, {
            widthPx,
            cardWidth,
            gapPx: CARD_GAP,
            nowLabelWidth: (now) => labelWidth(nowLabel(now, names, reports)),
            breakLabelWidth: labelWidth,
          })
        : null,
    [axis, view, widthPx, placed, nows, cardWidth, names, reports],
  );
  const textWidth = useTickTextWidth(region);
  const dated = useMemo(
    () => [
      ...placed.map((p) => ({ interval: p.interval, granularity: p.event.granularity })),
      ...nows.map((n) => ({ interval: n.interval, granularity: 'day' as const })),
    ],
    [placed, nows],
  );
  const ticks = useMemo(
    () => (axis && view && widthPx > 0 ? datedTicks(axisTicks(axis, view, widthPx, { textWidth }), axis, dated, view, widthPx, textWidth) : []),
    [axis, view, widthPx, textWidth, dated],
  );
  const range = axis && view ? { start: fromAxis(axis, view.start), end: fromAxis(axis, view.end) } : null;
  const rangeText = range ? describeRange(range.start, range.end) : '';
  const announced = useDebounced(rangeText, 600);

  /**
   * Where + and − zoom around with no event chosen: the middle of the window, or, when nothing is
   * there (a break, an empty year), the event nearest it, held where it is. Around an empty middle,
   * "+" had zoomed into a blank June 1994 and pushed every card off screen.
   */
  const middleAnchor = (): number => {
    const middle = widthPx / 2;
    let best = { distance: Infinity, x: middle };
    for (const card of layout?.cards ?? []) {
      const x = Math.min(Math.max(middle, card.xStart), card.xEnd);
      const distance = Math.abs(x - middle);
      if (distance < best.distance) best = { distance, x };
    }
    return widthPx > 0 ? Math.min(1, Math.max(0, best.x / widthPx)) : 0.5;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    // On a card, + and − zoom around that event; on the axis itself, around the middle (`middleAnchor`). The event's
    // own axis position is kept in place, read from the state being updated: key repeats faster than
    // renders, or a card still gliding from the last step, would otherwise move the anchor.
    const at = Number((event.target instanceof HTMLElement ? event.target.closest('li') : null)?.dataset.axisAt);
    const around = (factor: number) =>
      Number.isFinite(at) ? change((v, b) => zoomViewport(v, factor, (at - v.start) / (v.end - v.start || 1), b), true) : zoom(factor, middleAnchor());
    if (key === '+' || key === '=') around(ZOOM_STEP);
    else if (key === '-' || key === '_' || key === '−') around(1 / ZOOM_STEP);
    else if (key === 'ArrowLeft') pan(-PAN_STEP);
    else if (key === 'ArrowRight') pan(PAN_STEP);
    else if (key === 'Home') fit();
    else return;
    event.preventDefault();
  };

  // A card reached with Tab may lie off screen: move the window just enough to show it.
  const revealCard = (card: CardLayout) => (_: FocusEvent<HTMLButtonElement>) => {
    if (widthPx <= 0 || cardWidth >= widthPx) return;
    const margin = CARD_GAP * 2;
    const shift = card.left < 0 ? card.left - margin : card.left + cardWidth > widthPx ? card.left + cardWidth - widthPx + margin : 0;
    if (shift !== 0) pan(shift / widthPx, false);
  };

  // Tab onto an axis taller than the window: the browser leaves it be, since it already fills the
  // window, so its year labels could stay under the controls. Only for keyboard focus: a press on the
  // axis to drag it must not move the page.
  const revealAxis = (event: FocusEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    if (event.target !== element || !controls || !element.matches(':focus-visible')) return;
    if (element.getBoundingClientRect().top < controls.getBoundingClientRect().bottom) element.scrollIntoView({ block: 'start' });
  };

  const offLeft = layout?.cards.filter((c) => c.xEnd < 0) ?? [];
  const offRight = layout?.cards.filter((c) => c.xStart > widthPx) ?? [];
  // Bring the nearest hidden event to a third of the way across.
  const showNext = (card: CardLayout | undefined) => card && pan((card.xStart - widthPx / 3) / widthPx);

  const undated = reports.filter((r) => !nows.some((n) => n.reports.includes(r.id)));
  const lanes = layout?.laneCount ?? 0;
  const labelRows = labelRowTops(layout?.labelRowLines ?? []);
  const top = labelRows.bottom + 8;
  const height = top + Math.max(1, lanes) * LANE_HEIGHT;
  const glide = gliding ? 'motion-safe:transition-[left,width] motion-safe:duration-200' : '';
  const button =
    'rounded border border-stone-400 px-2.5 py-1 font-semibold hover:bg-stone-200 disabled:opacity-40 dark:border-stone-500 dark:hover:bg-stone-800';

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 p-3 font-sans text-sm sm:p-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="button" onClick={onBack} className={button}>
          <span aria-hidden="true">← </span>Back to the reader
        </button>
        {/* Focused when the view opens, for screen readers to start here; a ring made it look like a button. */}
        <h2 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-bold text-stone-900 outline-none dark:text-stone-50">
          Timeline
        </h2>
        <p className="text-stone-700 dark:text-stone-300" data-testid="timeline-view-count">
          {/* While the analysis runs there is no count yet: "0 events" would say there are none. */}
          {pending && events.length === 0
            ? `Finding the events of ${reports.length} ${reports.length === 1 ? 'report' : 'reports'}…`
            : placedInAll !== null
              ? `${placed.length} of ${placedInAll} ${placedInAll === 1 ? 'event' : 'events'}: the Timeline tab’s filters hide the others`
              : `${placed.length} ${placed.length === 1 ? 'event' : 'events'} from ${reports.length} ${reports.length === 1 ? 'report' : 'reports'}`}
        </p>
        {filteredFrom && !(pending && events.length === 0) && (
          <button type="button" onClick={filteredFrom.onShowAll} className={button}>
            Show all events
          </button>
        )}
      </div>

      {pending && events.length === 0 ? (
        <p role="status">Finding the dated events…</p>
      ) : !axis || !view ? (
        <p role="status" className="rounded border border-stone-400 p-3">
          {reports.length < 2
            ? 'Compare two or more reports to see their timeline.'
            : placedInAll
              ? 'No events match the Timeline tab’s filters.'
              : undatedCount > 0
                ? // "No dated events" had hidden the events a publication date would place (a user test: 10 of them).
                  `No events can be placed yet: ${undatedCount} ${undatedCount === 1 ? 'event waits' : 'events wait'} for a publication date to count from. Set one in the reader’s Timeline tab, which lists them.`
                : 'No dated events found in these reports.'}
        </p>
      ) : (
        <>
          {/* Sticky: the controls stay at hand while the lanes scroll. */}
          <div ref={setControls} className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center gap-x-4 gap-y-2 bg-stone-50 px-1 py-1 dark:bg-stone-950">
            <div role="group" aria-label="Zoom" className="flex items-center gap-1">
              <button
                type="button"
                className={button}
                aria-label="Zoom in"
                aria-keyshortcuts="+"
                onClick={() => zoom(ZOOM_STEP, middleAnchor())}
                disabled={view.end - view.start <= bounds!.minWidth}
              >
                <span aria-hidden="true">+</span>
              </button>
              <button
                type="button"
                className={button}
                aria-label="Zoom out"
                aria-keyshortcuts="-"
                onClick={() => zoom(1 / ZOOM_STEP, middleAnchor())}
                disabled={isFitted(view, bounds!)}
              >
                <span aria-hidden="true">−</span>
              </button>
              <button type="button" className={button} aria-keyshortcuts="Home" onClick={fit}>
                Fit all
              </button>
            </div>
            <div role="group" aria-label="Move in time" className="flex items-center gap-1">
              <button type="button" className={button} disabled={offLeft.length === 0} onClick={() => showNext(offLeft[offLeft.length - 1])}>
                <span aria-hidden="true">◂ </span>
                {offLeft.length} earlier<span className="sr-only"> events out of view: show the nearest</span>
              </button>
              <button type="button" className={button} disabled={offRight.length === 0} onClick={() => showNext(offRight[0])}>
                {offRight.length} later<span className="sr-only"> events out of view: show the nearest</span>
                <span aria-hidden="true"> ▸</span>
              </button>
            </div>
            <p className="min-w-0 text-stone-700 dark:text-stone-300">
              Showing{' '}
              <span data-testid="timeline-range" className="font-semibold text-stone-900 tabular-nums dark:text-stone-50">
                {rangeText}
              </span>
            </p>
            <p className="sr-only" aria-live="polite">
              {announced && `Showing ${announced}`}
            </p>
          </div>

          <div
            ref={setRegion}
            tabIndex={0}
            role="group"
            aria-roledescription="time axis"
            aria-label="Events on a time axis"
            aria-describedby={helpId}
            onKeyDown={onKeyDown}
            onFocus={revealAxis}
            data-testid="timeline-axis"
            data-visible-start={range ? new Date(range.start).toISOString() : undefined}
            data-visible-end={range ? new Date(range.end).toISOString() : undefined}
            className="relative shrink-0 cursor-grab touch-pan-y overflow-x-clip rounded border border-stone-300 bg-stone-100 select-none active:cursor-grabbing dark:border-stone-700 dark:bg-stone-900/60"
            style={{ height, scrollMarginTop: STICKY_MARGIN }}
          >
            {layout && (
              <>
                <Ticks ticks={ticks} height={height} />
                <TickLabels ticks={ticks} />
                {layout.breaks.map((b) => (
                  <div
                    key={`break-${b.label}-${b.row}`}
                    className={`absolute top-0 bottom-0 border-x-2 border-dotted border-stone-500 bg-stone-300 dark:border-stone-400 dark:bg-stone-700 ${glide}`}
                    style={{ left: clampPx(b.x0, widthPx), width: Math.max(6, clampPx(b.x1, widthPx) - clampPx(b.x0, widthPx)) }}
                  />
                ))}
                {layout.nows.map((now) => (
                  <div
                    key={`now-${now.day}`}
                    data-now-band={now.day}
                    className={`absolute top-0 bottom-0 border-l-2 border-amber-700 bg-amber-500/20 dark:border-amber-400 ${glide}`}
                    style={{ left: clampPx(now.x0, widthPx), width: Math.max(2, clampPx(now.x1, widthPx) - clampPx(now.x0, widthPx)) }}
                  />
                ))}
                {layout.breaks.map((b) => (
                  <p
                    key={`break-label-${b.label}-${b.row}`}
                    className={`absolute rounded border border-stone-400 bg-stone-50 px-1.5 text-xs text-stone-800 italic dark:border-stone-500 dark:bg-stone-950 dark:text-stone-200 ${b.lines > 1 ? '' : 'whitespace-nowrap'} ${glide}`}
                    style={{ ...labelPosition(b, widthPx), top: labelRows.tops[b.row] }}
                    title={b.label === b.fullLabel ? undefined : b.fullLabel}
                  >
                    {b.label === b.fullLabel ? b.label : <span aria-hidden="true">{b.label}</span>}
                    {b.label !== b.fullLabel && <span className="sr-only">{b.fullLabel}</span>}
                    <span className="sr-only"> without events, shortened</span>
                  </p>
                ))}
                {layout.nows.map((now) => (
                  <NowLabel
                    key={`now-label-${now.day}`}
                    now={now}
                    names={names}
                    reports={reports}
                    position={labelPosition(now, widthPx)}
                    top={labelRows.tops[now.row]!}
                    glide={glide}
                  />
                ))}
                <ol aria-label="Events in time order" className="absolute inset-x-0" style={{ top }}>
                  {layout.cards.map((card) => (
                    <li
                      key={card.event.id}
                      // Where the event sits on the axis, so + and − on it zoom around the event itself
                      // rather than around wherever a gliding card happens to be drawn.
                      data-axis-at={(toAxis(axis!, card.interval.start) + toAxis(axis!, card.interval.end)) / 2}
                      className={`absolute ${glide}`}
                      style={{ top: card.lane * LANE_HEIGHT, left: clampPx(card.left, widthPx), width: cardWidth, height: LANE_HEIGHT - 12 }}
                    >
                      <SpanBar card={card} widthPx={widthPx} />
                      <div className="absolute inset-x-0 bottom-0" style={{ height: CARD_HEIGHT }}>
                        <EventCard
                          event={card.event}
                          names={names}
                          onOpen={onOpenEvent}
                          onFocus={revealCard(card)}
                          scrollMargin={cardScrollMargin(top + card.lane * LANE_HEIGHT + LANE_HEIGHT - 12 - CARD_HEIGHT)}
                        />
                      </div>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </div>

          <p id={helpId} className="text-stone-700 dark:text-stone-300">
            Drag or press ← → to move in time; scroll the wheel, pinch, or press + and − to zoom; Home shows every event. Choose an event to read its sentence.
          </p>
          <Legend reports={reports} names={names} undated={undated} unplacedCount={undatedCount} />
        </>
      )}
    </section>
  );
}

function nowLetters(now: { reports: string[] }, names: Map<string, SourceName>): string {
  return now.reports.map((r) => names.get(r)?.letter ?? r).join(', ');
}

/**
 * " (inferred from the text)" when every report of the day has only an inferred date, " (C: inferred
 * from the text)" when some do: the side panel's Timeline tab marks the same "now" the same way.
 */
function nowNote(now: { reports: string[] }, names: Map<string, SourceName>, reports: ReportInfo[]): string {
  const inferred = now.reports.filter((id) => publishedNote(reports.find((r) => r.id === id)?.publishedFrom));
  if (inferred.length === 0) return '';
  const note = publishedNote('inferred');
  return inferred.length === now.reports.length ? ` (${note})` : ` (${nowLetters({ reports: inferred }, names)}: ${note})`;
}

/** The label's text, for estimating its width. */
function nowLabel(now: { day: string; reports: string[] }, names: Map<string, SourceName>, reports: ReportInfo[]): string {
  return `Now: ${nowLetters(now, names)} published ${formatIsoDay(now.day)}${nowNote(now, names, reports)}`;
}

/**
 * A marker label's place: from the right edge when held there, and never wider than the window. A
 * label that wraps is drawn at the width its lines were counted for: left to shrink to fit, one held
 * near the right edge wrapped to more lines than its row has room for.
 */
function labelPosition(label: { labelLeft: number; alignRight: boolean; lines: number; width: number }, widthPx: number): CSSProperties {
  const size = label.lines > 1 ? { width: label.width } : {};
  return label.alignRight ? { right: 0, maxWidth: widthPx, ...size } : { left: clampPx(label.labelLeft, widthPx), maxWidth: widthPx, ...size };
}

/** The label of a publication day's band: the reports whose "now" it is. */
function NowLabel({
  now,
  names,
  reports,
  position,
  top,
  glide,
}: {
  now: NowLayout;
  names: Map<string, SourceName>;
  reports: ReportInfo[];
  position: CSSProperties;
  top: number;
  glide: string;
}) {
  return (
    <p
      data-now-label={now.day}
      className={`absolute rounded border border-amber-700 bg-amber-100 px-1.5 text-xs font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100 ${now.lines > 1 ? '' : 'whitespace-nowrap'} ${glide}`}
      style={{ ...position, top }}
    >
      <span aria-hidden="true">Now: </span>
      <span className="sr-only">Publication date, the “now” of </span>
      {nowLetters(now, names)} published <time dateTime={now.day}>{formatIsoDay(now.day)}</time>
      {nowNote(now, names, reports)}
      <span className="sr-only"> ({now.reports.map((r) => names.get(r)?.short ?? r).join(', ')})</span>
    </p>
  );
}

/** The date's span above its card: solid for a day, dashed for a month, year or other span whose day is unknown. */
function SpanBar({ card, widthPx }: { card: CardLayout; widthPx: number }) {
  const uncertain = isUncertain(card.event);
  const from = clampPx(card.xStart, widthPx) - clampPx(card.left, widthPx);
  const width = clampPx(card.xEnd, widthPx) - clampPx(card.xStart, widthPx);
  if (width < BAR_HEIGHT && !uncertain) {
    return (
      <span
        aria-hidden="true"
        data-span
        className="absolute top-0 rounded-full bg-stone-800 dark:bg-stone-200"
        style={{ left: from - 1, width: BAR_HEIGHT + 2, height: BAR_HEIGHT + 2 }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-span
      className={`absolute top-0 rounded-sm ${uncertain ? 'border-2 border-dashed border-stone-700 bg-stone-400/40 dark:border-stone-300' : 'bg-stone-800 dark:bg-stone-200'}`}
      style={{ left: from, width: Math.max(BAR_HEIGHT, width), height: BAR_HEIGHT + 2 }}
    />
  );
}

function Ticks({ ticks, height }: { ticks: ReturnType<typeof axisTicks>; height: number }) {
  return (
    <div aria-hidden="true" className="absolute inset-x-0 top-0" style={{ height }}>
      {ticks.map((tick) => (
        <div key={tick.ms} className="absolute top-0 bottom-0 border-l border-stone-300 dark:border-stone-700" style={{ left: tick.x }} />
      ))}
    </div>
  );
}

/**
 * The ticks' dates, in a strip that stays under the sticky controls while the lanes scroll past: on a
 * phone the lanes run several screens down, and a card far below the axis's top would otherwise show
 * no year anywhere on screen. The strip has no height, so at rest the labels sit where they always did.
 */
function TickLabels({ ticks }: { ticks: ReturnType<typeof axisTicks> }) {
  return (
    <div aria-hidden="true" data-testid="tick-labels" className="sticky z-[5] h-0" style={{ top: 'var(--timeline-controls, 0px)' }}>
      {ticks.map(
        (tick) =>
          tick.side && (
            // A tick near the right edge is labelled on its left: to its right the label would be clipped.
            <span
              key={tick.ms}
              className={`absolute top-1 rounded-sm bg-stone-100/90 px-0.5 text-xs leading-tight font-semibold whitespace-nowrap text-stone-800 tabular-nums dark:bg-stone-900/90 dark:text-stone-200 ${
                tick.side === 'before' ? 'text-right' : ''
              }`}
              style={tick.side === 'before' ? { right: `calc(100% - ${tick.x}px + 0.25rem)` } : { left: tick.x + 4 }}
            >
              {tick.label}
              {tick.context && <span className="block font-normal text-stone-600 dark:text-stone-400">{tick.context}</span>}
            </span>
          ),
      )}
    </div>
  );
}

/**
 * Measures a tick label in the axis's font (semibold 12 px of its family), so labels are thinned by
 * the width they take, not a guess; an estimate where there is no canvas to measure with (jsdom).
 */
function useTickTextWidth(element: HTMLElement | null): TextWidth {
  return useMemo(() => {
    const context = element && typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    if (!element || !context) return estimateTextWidth;
    context.font = `600 12px ${getComputedStyle(element).fontFamily}`;
    const widths = new Map<string, number>();
    return (text) => {
      let width = widths.get(text);
      if (width === undefined) widths.set(text, (width = context.measureText(text).width));
      return width;
    };
  }, [element]);
}

function Legend({
  reports,
  names,
  undated,
  unplacedCount,
}: {
  reports: ReportInfo[];
  names: Map<string, SourceName>;
  undated: ReportInfo[];
  unplacedCount: number;
}) {
  return (
    <div className="grid gap-x-8 gap-y-2 text-stone-800 md:grid-cols-2 dark:text-stone-200">
      <section aria-label="Sources">
        <h3 className="font-semibold">Sources</h3>
        <ul className="mt-1 space-y-0.5">
          {reports.map((r) => {
            const name = names.get(r.id);
            return (
              <li key={r.id}>
                <span className="mr-1.5 rounded border border-stone-500 px-1.5 text-xs font-semibold">{name?.letter}</span>
                {name?.full}
                {r.published ? ` · published ${formatIsoDay(r.published)}` : ' · no publication date'}
                {r.published && publishedNote(r.publishedFrom) && ` (${publishedNote(r.publishedFrom, r.filed)})`}
              </li>
            );
          })}
        </ul>
        {unplacedCount > 0 && undated.length > 0 && (
          <p className="mt-1 text-stone-700 dark:text-stone-300">
            {unplacedCount} {unplacedCount === 1 ? 'event is' : 'events are'} not on this axis: {undated.map((r) => names.get(r.id)?.letter).join(', ')}{' '}
            {undated.length === 1 ? 'has' : 'have'} no publication date to count from. The reader’s Timeline tab lists them.
          </p>
        )}
      </section>
      <section aria-label="Key">
        <h3 className="font-semibold">Key</h3>
        <ul className="mt-1 space-y-1">
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-2.5 w-8 rounded-sm bg-stone-800 dark:bg-stone-200" /> a day (a dot when zoomed out)
          </li>
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-2.5 w-8 rounded-sm border-2 border-dashed border-stone-700 bg-stone-400/40 dark:border-stone-300"
            />{' '}
            a weekend, week, month, year or longer span: the exact day is not given
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-8 border-x-2 border-dotted border-stone-500 bg-stone-300 dark:bg-stone-700" /> a long stretch
            with no events, shortened; its true length is written on it
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-8 border-l-2 border-amber-700 bg-amber-500/20 dark:border-amber-400" /> a publication date:
            the “now” the report counts from
          </li>
        </ul>
      </section>
    </div>
  );
}

/** Width of an element in px, kept current as it resizes. */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * The sticky controls' height, as `--timeline-controls` on their section: a focused axis or card
 * scrolled into view by Tab keeps that much room above it (`scroll-margin-top`), or the browser
 * would stop it, year labels first, under the controls. Measured, not a constant: the controls wrap
 * to two or three rows on a phone or at a larger text size. Also the height of what scrolls the
 * lanes (the main column from 1024 px, else the window), as `--timeline-room`, for
 * cardScrollMargin. Set on the element, not in state, so a resize does not re-render the lanes.
 */
const STICKY_MARGIN = 'calc(var(--timeline-controls, 0px) + 4px)';
function useStickyHeight(element: HTMLElement | null): void {
  useEffect(() => {
    const section = element?.parentElement;
    if (!element || !section) return;
    const set = () => {
      section.style.setProperty('--timeline-controls', `${Math.ceil(element.getBoundingClientRect().height)}px`);
      section.style.setProperty('--timeline-room', `${scrollerOf(section)?.clientHeight ?? window.innerHeight}px`);
    };
    set();
    const observer = new ResizeObserver(set);
    observer.observe(element);
    window.addEventListener('resize', set);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', set);
    };
  }, [element]);
}

/** The nearest ancestor that scrolls vertically; none when the window does. */
function scrollerOf(element: HTMLElement): HTMLElement | undefined {
  for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(at).overflowY)) return at;
  }
  return undefined;
}

/** Room kept below a card that Tab scrolls into view, so its focus ring is not cut off at the bottom. */
const CARD_ROOM_BELOW = 24;

/**
 * A card's `scroll-margin` for the card `fromAxisTop` px below the axis's top: the axis's year labels
 * above it count as part of it when Tab scrolls it into view, but only as far as the card and its
 * room below still fit in the scroller. Uncapped, a card in a low lane asked for more than the window
 * and the browser, keeping the top, left the card's bottom below the window's edge.
 */
function cardScrollMargin(fromAxisTop: number): string {
  const above = `max(${STICKY_MARGIN}, min(calc(${STICKY_MARGIN} + ${fromAxisTop}px), calc(var(--timeline-room, 100vh) - ${CARD_HEIGHT + CARD_ROOM_BELOW}px)))`;
  return `${above} 0 ${CARD_ROOM_BELOW}px`;
}

/** `value` once it has stopped changing for `ms`: a live region should not read every wheel step. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
