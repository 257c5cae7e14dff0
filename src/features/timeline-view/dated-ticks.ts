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
 * year-only cards is a few days or weeks of that year (the axis counts a coarse date as a card's
 * room, compressed-axis.ts), so d3 ticked it in weeks: "2008 (year only)" stood under "30 Dec 2007, 6, 13,
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
  const years = new Set<Omit<AxisTick, 'side'>>();
  axis.segments.forEach((segment, index) => {
    if (segment.kind !== 'time') return;
    // Time carries on beyond both ends of the axis, as in axisTicks.
    const from = index === 0 ? -Infinity : segment.start;
    const to = index === last ? Infinity : segment.end;
    const own = ticks.filter((tick) => tick.ms >= from && tick.ms < to);
    const inside = items.filter(({ interval }) => interval.start < segment.end && interval.end > segment.start);
    const units = inside.map((item) => unitOf(item.granularity));
    const unit: Unit | null = units.includes(null) ? null : units.includes('month') ? 'month' : 'year';
    // Kept when already on whole years (or months) and labelled by the year (or month) alone: "Jan 2008"
    // over a year said January too, and "1" over "Mar 2024" (a month-only card a day wide) the 1st.
    const fits = (tick: AxisTick) =>
      +INTERVAL[unit ?? 'year'].floor(new Date(tick.ms)) === tick.ms &&
      (tick.label === YEAR(new Date(tick.ms)) || (unit === 'month' && tick.label === MONTH(new Date(tick.ms))));
    // A stretch too narrow for axisTicks to tick at all still gets its year: on a phone "2024" and
    // "2049" had no label (user test Y).
    // (Not the margin after the last card's year, which is no year of its own: "2041" after "2040".)
    if (!unit || (own.every(fits) && (own.length > 0 || inside.length === 0))) {
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
      const tick = { x: x(date.getTime()), ms: date.getTime(), label, context: unit === 'month' && (i === 0 || date.getUTCMonth() === 0) ? YEAR(date) : null };
      out.push(tick);
      if (unit === 'year') years.add(tick);
    });
  });
  if (!changed) return ticks;
  shortenYears(out, years, textWidth);
  return placeLabels(out, widthPx, textWidth);
}

/** Between a tick and its label, and at least between two labels (as in time-ticks.ts). */
const LABEL_INSET_PX = 4;
const LABEL_GAP_PX = 8;

/**
 * A year-only stretch keeps its year where the full year has no room before the next tick: it is
 * written "’09", and a tick of the stretch before that would run into it goes unlabelled. Left to
 * placeLabels, which keeps the earlier of two labels that touch, a narrow year stretch after a break
 * lost its year to the day or year before it (on a phone, "2024" and "2049" of user test Y). The
 * last tick keeps its full year: near the right edge placeLabels draws it before its tick.
 */
function shortenYears(ticks: Omit<AxisTick, 'side'>[], years: Set<Omit<AxisTick, 'side'>>, textWidth: TextWidth) {
  ticks.forEach((tick, i) => {
    if (!years.has(tick)) return;
    const next = ticks[i + 1];
    if (next && next.x - tick.x < textWidth(tick.label) + LABEL_INSET_PX + LABEL_GAP_PX) tick.label = `’${tick.label.slice(-2)}`;
    // The label before, if it would reach into this one, gives way (its tick stays, unlabelled).
    const before = ticks[i - 1];
    if (before && !years.has(before) && before.x + LABEL_INSET_PX + labelWidth(before, textWidth) + LABEL_GAP_PX > tick.x + LABEL_INSET_PX) {
      ticks[i - 1] = { ...before, label: '' };
    }
  });
}

const labelWidth = (tick: Pick<AxisTick, 'label' | 'context'>, textWidth: TextWidth) =>
  Math.max(textWidth(tick.label), tick.context ? textWidth(tick.context) : 0);
