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
}

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

export function axisTicks(axis: CompressedAxis, view: Viewport, widthPx: number, spacingPx = DEFAULT_TICK_SPACING_PX): AxisTick[] {
  const ticks: AxisTick[] = [];
  const last = axis.segments.length - 1;
  axis.segments.forEach((segment, index) => {
    if (segment.kind !== 'time') return;
    // Time carries on beyond both ends of the axis, into the room the window may show there.
    const from = Math.max(view.start, index === 0 ? -Infinity : segment.offset);
    const to = Math.min(view.end, index === last ? Infinity : segment.offset + (segment.end - segment.start));
    if (!(to > from)) return;
    const [x0, x1] = [toPx(view, from, widthPx), toPx(view, to, widthPx)];
    const count = Math.floor((x1 - x0) / spacingPx);
    if (count < 1) return;
    const [t0, t1] = [segment.start + (from - segment.offset), segment.start + (to - segment.offset)];
    const scale = scaleUtc().domain([t0, t1]).range([x0, x1]);
    const dates = scale.ticks(count);
    const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : (t1 - t0) / count;
    const unit = unitOf(step);
    dates.forEach((date, i) => ticks.push({ x: scale(date), ms: date.getTime(), ...labelTick(date, unit, i === 0) }));
  });
  return ticks;
}

const RANGE_DAY = utcFormat('%-d %b %Y');
const RANGE_TIME = utcFormat('%-d %b %Y %H:%M');

/** The window in words, e.g. "1 Jan 1979 – 30 Sep 2014", with hours once less than a few days show. */
export function describeRange(startMs: number, endMs: number): string {
  if (endMs - startMs < 3 * DAY_MS) return `${RANGE_TIME(new Date(startMs))} – ${RANGE_TIME(new Date(endMs))}`;
  // Days: the end is exclusive, so the last visible day is the one just before it.
  return `${RANGE_DAY(new Date(startMs))} – ${RANGE_DAY(new Date(Math.max(startMs, endMs - 1)))}`;
}
