import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { DAY_MS, type CompressedAxis } from './compressed-axis.ts';
import { toPx, type Viewport } from './viewport.ts';

/**
 * Tick marks for the visible part of the axis. d3's UTC scale picks "nice" steps from 10 years down
 * to an hour; each time segment gets its own scale, so no tick lands inside a break and each
 * stretch of real time is labelled at its own resolution. UTC throughout: event dates are calendar
 * days, and the reader's time zone must not shift them.
 */
export interface AxisTick {
  /** Position in px from the window's left edge. */
  x: number;
  /** The instant, UTC ms. */
  ms: number;
  /** "2014", "Sep", "24", "15:00". */
  label: string;
  /** The larger unit the label belongs to, shown where it changes and at each segment's first tick: "2014", "Sep 2014", "Wed 24 Sep 2014". */
  context: string | null;
  /**
   * Where the label is drawn: after its tick; before it, near the window's right edge, where after
   * it would be cut off; or nowhere, the tick unlabelled, when it would run into the label before.
   */
  side: 'after' | 'before' | null;
}

/** A label's width in px, at the axis's font (bold 12 px). */
export type TextWidth = (text: string) => number;

/** About 7.5 px a character: DejaVu Sans Bold, Chromium's default on Linux, is wider than most. */
export const estimateTextWidth: TextWidth = (text) => text.length * 7.5;

export interface TickOptions {
  /** Roughly how far apart ticks are, in px. */
  spacingPx?: number;
  /** Measures a label; an estimate from its length by default. */
  textWidth?: TextWidth;
}

/** Between a tick and its label (CSS `left-1` / `right-1`), and at least between two labels. */
const LABEL_INSET_PX = 4;
const LABEL_GAP_PX = 8;

/** Roughly how far apart ticks are, in px; labels like "Sep 2014" need about this much room. */
export const DEFAULT_TICK_SPACING_PX = 96;

const YEAR = utcFormat('%Y');
const MONTH = utcFormat('%b');
const MONTH_YEAR = utcFormat('%b %Y');
const DAY = utcFormat('%-d');
const DAY_LONG = utcFormat('%a %-d %b %Y');
const HOUR = utcFormat('%H:%M');

type Unit = 'year' | 'month' | 'day' | 'hour';

function unitOf(stepMs: number): Unit {
  if (stepMs >= 360 * DAY_MS) return 'year';
  if (stepMs >= 28 * DAY_MS) return 'month';
  if (stepMs >= DAY_MS) return 'day';
  return 'hour';
}

function labelTick(date: Date, unit: Unit, first: boolean): { label: string; context: string | null } {
  switch (unit) {
    case 'year':
      return { label: YEAR(date), context: null };
    case 'month':
      return { label: MONTH(date), context: first || date.getUTCMonth() === 0 ? YEAR(date) : null };
    case 'day':
      return { label: DAY(date), context: first || date.getUTCDate() === 1 ? MONTH_YEAR(date) : null };
    case 'hour':
      return { label: HOUR(date), context: first || date.getUTCHours() === 0 ? DAY_LONG(date) : null };
  }
}

/**
 * Ticks for the visible window, each time segment at the finest "nice" step whose labels fit: d3
 * asks for about one tick per `spacingPx`, and fewer while neighbouring labels would touch (on a
 * 1024 px window, 5-year ticks drew "20202025"). A step, not every other label, so ticks stay on
 * round dates (2000, 2010) and the same ones stay labelled as the window pans. Then, across
 * segments and at the right edge, a label that would still touch the one before is left off.
 */
export function axisTicks(axis: CompressedAxis, view: Viewport, widthPx: number, options: TickOptions = {}): AxisTick[] {
  const spacingPx = options.spacingPx ?? DEFAULT_TICK_SPACING_PX;
  const textWidth = options.textWidth ?? estimateTextWidth;
  const width = (tick: Labelled) => labelWidth(tick, textWidth);
  const ticks: AxisTick[] = [];
  const last = axis.segments.length - 1;
  axis.segments.forEach((segment, index) => {
    if (segment.kind !== 'time') return;
    // Time carries on beyond both ends of the axis, into the room the window may show there.
    const from = Math.max(view.start, index === 0 ? -Infinity : segment.offset);
    const to = Math.min(view.end, index === last ? Infinity : segment.offset + (segment.end - segment.start));
    if (!(to > from)) return;
    const [x0, x1] = [toPx(view, from, widthPx), toPx(view, to, widthPx)];
    const [t0, t1] = [segment.start + (from - segment.offset), segment.start + (to - segment.offset)];
    const scale = scaleUtc().domain([t0, t1]).range([x0, x1]);
    let placed: Omit<AxisTick, 'side'>[] = [];
    const room = Math.floor((x1 - x0) / spacingPx);
    for (let count = Math.max(1, room); count >= 1; count--) {
      const nice = scale.ticks(count);
      const step = nice.length > 1 ? nice[1]!.getTime() - nice[0]!.getTime() : (t1 - t0) / count;
      // A tick on the segment's very end would be labelled inside the break after it (a "Feb" in the band).
      const dates = nice.filter((date) => index === last || date.getTime() < segment.end);
      const unit = unitOf(step);
      placed = dates.map((date, i) => ({ x: scale(date), ms: date.getTime(), ...labelTick(date, unit, i === 0) }));
      if (placed.every((tick, i) => i === 0 || tick.x - placed[i - 1]!.x >= width(placed[i - 1]!) + LABEL_INSET_PX + LABEL_GAP_PX)) break;
    }
    // A stretch narrower than the spacing keeps one tick whose label fits inside it: on a phone the
    // few days of a story between two breaks had no date at all (user test Y).
    if (room === 0) placed = placed.slice(0, 1).filter((tick) => tick.x + LABEL_INSET_PX + width(tick) <= x1);
    ticks.push(...placed.map((tick) => ({ ...tick, side: 'after' as const })));
  });
  return placeLabels(ticks, widthPx, textWidth);
}

type Labelled = Pick<AxisTick, 'label' | 'context'>;
/** A tick label's width: its own, or its year or month's above it, whichever is wider. */
const labelWidth = (tick: Labelled, textWidth: TextWidth) => Math.max(textWidth(tick.label), tick.context ? textWidth(tick.context) : 0);

/**
 * Sides for the labels, left to right: after the tick, or before it where after would run past the
 * window's right edge; none where the label would touch the one before. The year or month of a tick
 * left unlabelled passes to the next labelled one, which lies in it or after it.
 */
export function placeLabels(ticks: readonly Omit<AxisTick, 'side'>[], widthPx: number, textWidth: TextWidth): AxisTick[] {
  let end = -Infinity;
  let context: string | null = null;
  return ticks.map((tick) => {
    const own = { ...tick, context: tick.context ?? context };
    const w = labelWidth(own, textWidth);
    const after = own.x + LABEL_INSET_PX + w <= widthPx;
    const left = after ? own.x + LABEL_INSET_PX : own.x - LABEL_INSET_PX - w;
    // No label text: a tick that gave way to the year of the stretch after it (dated-ticks.ts) is
    // drawn unlabelled, and its month is no context for that year.
    if (!tick.label) return { ...tick, side: null };
    if (left < Math.max(0, end + LABEL_GAP_PX)) {
      context = own.context;
      return { ...tick, side: null };
    }
    end = left + w;
    context = null;
    return { ...own, side: after ? 'after' : 'before' };
  });
}

const RANGE_DAY = utcFormat('%-d %b %Y');
const RANGE_TIME = utcFormat('%-d %b %Y %H:%M');

/** The window in words, e.g. "1 Jan 1979 – 30 Sep 2014", with hours once less than a few days show. */
export function describeRange(startMs: number, endMs: number): string {
  if (endMs - startMs < 3 * DAY_MS) return `${RANGE_TIME(new Date(startMs))} – ${RANGE_TIME(new Date(endMs))}`;
  // Days: the end is exclusive, so the last visible day is the one just before it.
  return `${RANGE_DAY(new Date(startMs))} – ${RANGE_DAY(new Date(Math.max(startMs, endMs - 1)))}`;
}
