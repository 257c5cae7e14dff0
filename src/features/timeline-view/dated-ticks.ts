import { utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { toAxis, type CompressedAxis, type TimeInterval } from '../../analysis/timeline/compressed-axis.ts';
import { placeLabels, type AxisTick, type TextWidth } from '../../analysis/timeline/time-ticks.ts';
import type { Granularity } from '../../analysis/timeline/types.ts';
import { toPx, type Viewport } from '../../analysis/timeline/viewport.ts';

/** What is placed on the axis, with how precisely its date is known (a "now" is a day). */
export interface DatedInterval {
  interval: TimeInterval;
  granularity: Granularity;
}

type Unit = 'year' | 'month';

/** The unit a date of this granularity is known to; null for a day or finer, which any tick may stand over. */
function unitOf(granularity: Granularity): Unit | null {
  if (granularity === 'year' || granularity === 'decade' || granularity === 'century') return 'year';
  if (granularity === 'month' || granularity === 'quarter' || granularity === 'half' || granularity === 'season') return 'month';
  return null;
}

const INTERVAL = { year: utcYear, month: utcMonth };
const YEAR = utcFormat('%Y');
const MONTH = utcFormat('%b');

/**
 * Ticks no finer than the dates of the stretch they stand over. A stretch of the axis that holds only
 * year-only cards is a month of that year (the axis counts a long span as its first month,
 * compressed-axis.ts), so d3 ticked it in weeks: "2008 (year only)" stood under "30 Dec 2007, 6, 13,
 * 20, 27" and read as January 2008 (user test Y). There its ticks are the years (or, for month-only
 * cards, the months) that begin in it, labelled "2008" or "Mar 2008"; a stretch with no card of its
 * own (the end of a long span, the margins) counts as year-only. Ticks already on whole years or
 * months ("2000", "2010"; not "Jan 2008" over a year), and every stretch with a day in it, stay as `axisTicks` made them.
 */
export function datedTicks(
  ticks: AxisTick[],
  axis: CompressedAxis,
  items: readonly DatedInterval[],
  view: Viewport,
  widthPx: number,
  textWidth: TextWidth,
): AxisTick[] {
  const x = (ms: number) => toPx(view, toAxis(axis, ms), widthPx);
  const last = axis.segments.length - 1;
  let changed = false;
  const out: Omit<AxisTick, 'side'>[] = [];
  axis.segments.forEach((segment, index) => {
    if (segment.kind !== 'time') return;
    // Time carries on beyond both ends of the axis, as in axisTicks.
    const from = index === 0 ? -Infinity : segment.start;
    const to = index === last ? Infinity : segment.end;
    const own = ticks.filter((tick) => tick.ms >= from && tick.ms < to);
    const inside = items.filter(({ interval }) => interval.start < segment.end && interval.end > segment.start);
    const units = inside.map((item) => unitOf(item.granularity));
    const unit: Unit | null = units.includes(null) ? null : units.includes('month') ? 'month' : 'year';
    // Kept when already on whole years (or months) and, over years, labelled by the year alone: "Jan 2008" said January too.
    const fits = (tick: AxisTick) =>
      +INTERVAL[unit ?? 'year'].floor(new Date(tick.ms)) === tick.ms && (unit === 'month' || tick.label === YEAR(new Date(tick.ms)));
    if (!unit || own.every(fits)) {
      out.push(...own);
      return;
    }
    changed = true;
    const visible = [
      Math.max(view.start, index === 0 ? -Infinity : segment.offset),
      Math.min(view.end, index === last ? Infinity : segment.offset + segment.end - segment.start),
    ];
    const [t0, t1] = visible.map((units) => segment.start + (units - segment.offset)) as [number, number];
    INTERVAL[unit].range(new Date(t0), new Date(t1)).forEach((date, i) => {
      const label = unit === 'year' ? YEAR(date) : MONTH(date);
      out.push({ x: x(date.getTime()), ms: date.getTime(), label, context: unit === 'month' && (i === 0 || date.getUTCMonth() === 0) ? YEAR(date) : null });
    });
  });
  return changed ? placeLabels(out, widthPx, textWidth) : ticks;
}
