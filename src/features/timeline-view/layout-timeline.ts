import { compressAxis, dayInterval, toAxis, type CompressedAxis, type TimeInterval } from '../../analysis/timeline/compressed-axis.ts';
import { eventSpan } from '../../analysis/timeline/filter-events.ts';
import { formatGap } from '../../analysis/timeline/format-date.ts';
import { assignLanes, cardLeft, laneBox } from '../../analysis/timeline/lanes.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { toPx, type Viewport } from '../../analysis/timeline/viewport.ts';
import type { ReportInfo } from '../../shared/report-name.ts';

/** An event with the real time its date covers (a day, a month, a year…). */
export interface PlacedEvent {
  event: TimelineEvent;
  interval: TimeInterval;
}

/** A publication day and the reports published on it: their "now". */
export interface NowDay {
  day: string;
  reports: string[];
  interval: TimeInterval;
}

/** Events the axis can place, earliest first (a longer span first when two start together). */
export function placeEvents(events: TimelineEvent[]): PlacedEvent[] {
  const placed: PlacedEvent[] = [];
  for (const event of events) {
    const span = eventSpan(event);
    const interval = span && dayInterval(span.start, span.end);
    if (interval) placed.push({ event, interval });
  }
  return placed.sort((a, b) => a.interval.start - b.interval.start || b.interval.end - a.interval.end);
}

/** One entry per publication day, in time order; reports without a date have no "now". */
export function publicationDays(reports: ReportInfo[]): NowDay[] {
  const byDay = new Map<string, NowDay>();
  for (const report of reports) {
    const interval = report.published ? dayInterval(report.published, report.published) : null;
    if (!interval) continue;
    const day = byDay.get(report.published!) ?? { day: report.published!, reports: [], interval };
    day.reports.push(report.id);
    byDay.set(day.day, day);
  }
  return [...byDay.values()].sort((a, b) => a.interval.start - b.interval.start);
}

export function timelineAxis(events: PlacedEvent[], nows: NowDay[]): CompressedAxis | null {
  return compressAxis([...events.map((e) => e.interval), ...nows.map((n) => n.interval)]);
}

export interface CardLayout extends PlacedEvent {
  /** The date's span on screen, px from the window's left edge (may lie far outside it). */
  xStart: number;
  xEnd: number;
  /** The card's left edge: at the span's start, or held at the window's edge while a long span shows. */
  left: number;
  lane: number;
}

/** Where a marker's label sits, above the cards: rows keep nearby labels from covering each other. */
interface MarkerLabel {
  labelLeft: number;
  /**
   * Held against the window's right edge: drawn from that edge, so a label wider than its estimate
   * still ends inside the window instead of being clipped there.
   */
  alignRight: boolean;
  /** Lines the label wraps to: one, unless it is wider than `MARKER_LABEL_SHARE` of the window (a phone). */
  lines: number;
  /** Its width in px when it wraps (drawn at that width, so it wraps to the lines counted); else its estimate. */
  width: number;
  row: number;
}

export interface BreakLayout extends MarkerLabel {
  x0: number;
  x1: number;
  /** "≈ 33 years", or on a window too narrow for that, "≈ 33 yr". */
  label: string;
  /** "≈ 33 years", for screen readers and the tooltip when `label` is shortened. */
  fullLabel: string;
}

export interface NowLayout extends NowDay, MarkerLabel {
  x0: number;
  x1: number;
}

export interface TimelineLayout {
  cards: CardLayout[];
  laneCount: number;
  breaks: BreakLayout[];
  nows: NowLayout[];
  /** Per row of marker labels, the most lines a label in it wraps to (its length is the number of rows). */
  labelRowLines: number[];
}

export interface LayoutSizes {
  widthPx: number;
  cardWidth: number;
  /** Space kept between two cards in one lane. */
  gapPx: number;
  /** Estimated widths of the marker labels, from their text. */
  nowLabelWidth: (now: NowDay) => number;
  breakLabelWidth: (label: string) => number;
}

/**
 * The widest a marker label is drawn, as a share of the window (and at least `MARKER_LABEL_MIN_PX`):
 * wider ones wrap. A label could be as wide as the window, and one that wide could only start at its
 * left edge: on a phone "Now: A, B published 10 Nov 2025 (A: inferred from the text)" was drawn over
 * 2008, far from its band in 2025 (user test Y). Narrower, it is held inside the window with its band
 * under it.
 */
const MARKER_LABEL_SHARE = 0.6;
const MARKER_LABEL_MIN_PX = 240;
/** Room a line of a wrapped label loses to breaking between words, so its lines are not undercounted. */
const WRAP_SLACK_PX = 24;

/** Space kept between two marker labels in one row. */
const LABEL_GAP_PX = 6;
/**
 * The most rows the break labels take. On a phone, four breaks between year-only cards stood closer
 * together than one "≈ 15 years" is wide, and with the "now" labels among them the labels took four
 * rows (user test Y). Where the full words need more rows than this, the units are shortened
 * ("≈ 15 yr"; the full words stay for screen readers and the tooltip), and the "now" labels are set
 * after the breaks', clear of them.
 */
const MAX_BREAK_ROWS = 2;
const SHORT_UNITS: Record<string, string> = { year: 'yr', month: 'mo', week: 'wk', day: 'd' };
/** "≈ 15 years" → "≈ 15 yr". */
const shortGap = (label: string) => label.replace(/ (year|month|week|day)s?$/, (_, unit: string) => ` ${SHORT_UNITS[unit]}`);

/** A label at `x`, held inside the window while its marker shows; one wider than the window's share for it wraps. */
function placeLabel(x: number, estimated: number, markerEnd: number, widthPx: number) {
  const width = Math.min(estimated, widthPx, Math.max(MARKER_LABEL_MIN_PX, widthPx * MARKER_LABEL_SHARE));
  const lines = estimated <= width ? 1 : Math.ceil(estimated / (width - WRAP_SLACK_PX));
  if (markerEnd < 0 || x > widthPx) return { width, lines, labelLeft: x, alignRight: false };
  const labelLeft = Math.max(0, Math.min(x, widthPx - width));
  return { width, lines, labelLeft, alignRight: labelLeft > 0 && labelLeft < x };
}

/**
 * A window narrower than this many cards (a phone: two and a half) is read downwards, not across:
 * its lanes keep time order top to bottom (assignLanes' `inOrder`).
 */
const READ_DOWN_BELOW_CARDS = 4;

/** Where everything sits for the window `view` on an axis `sizes.widthPx` wide. */
export function layoutTimeline(axis: CompressedAxis, events: PlacedEvent[], nows: NowDay[], view: Viewport, sizes: LayoutSizes): TimelineLayout {
  const x = (ms: number) => toPx(view, toAxis(axis, ms), sizes.widthPx);
  const endPx = toPx(view, axis.length, sizes.widthPx);
  const spans = events.map((placed) => ({ placed, xStart: x(placed.interval.start), xEnd: x(placed.interval.end) }));
  const { lanes, count } = assignLanes(
    spans.map(({ placed, xStart, xEnd }) => ({ id: placed.event.id, ...laneBox(xStart, xEnd, sizes.cardWidth, endPx) })),
    sizes.gapPx,
    sizes.widthPx < sizes.cardWidth * READ_DOWN_BELOW_CARDS,
  );
  const cards = spans.map(({ placed, xStart, xEnd }) => ({
    ...placed,
    xStart,
    xEnd,
    left: cardLeft(xStart, xEnd, sizes.cardWidth, endPx),
    lane: lanes.get(placed.event.id) ?? 0,
  }));

  const breakLabels = (short: boolean) =>
    axis.segments.flatMap((segment) => {
      if (segment.kind !== 'break') return [];
      const x0 = toPx(view, segment.offset, sizes.widthPx);
      const x1 = toPx(view, segment.offset + segment.width, sizes.widthPx);
      const fullLabel = `≈ ${formatGap(Math.round(segment.empty / 86_400_000))}`;
      const label = short ? shortGap(fullLabel) : fullLabel;
      const estimated = sizes.breakLabelWidth(label);
      return [{ x0, x1, label, fullLabel, ...placeLabel((x0 + x1) / 2 - Math.min(estimated, sizes.widthPx) / 2, estimated, x1, sizes.widthPx) }];
    });
  const box = (label: Pick<MarkerLabel, 'labelLeft' | 'width'>, id: string) => ({ id, left: label.labelLeft, right: label.labelLeft + label.width });
  const rowsOf = (labels: Pick<MarkerLabel, 'labelLeft' | 'width'>[]) =>
    assignLanes(
      labels.map((b, i) => box(b, `${i}`)),
      LABEL_GAP_PX,
    );
  let breaks = breakLabels(false);
  let breakRows = rowsOf(breaks);
  if (breakRows.count > MAX_BREAK_ROWS) {
    breaks = breakLabels(true);
    breakRows = rowsOf(breaks);
  }
  const placedBreaks = breaks.map((b, i) => ({ ...b, row: breakRows.lanes.get(`${i}`) ?? 0 }));
  // The "now" labels after the breaks', each in the first row where it touches none.
  const rows: { left: number; right: number }[][] = Array.from({ length: breakRows.count }, () => []);
  for (const b of placedBreaks) rows[b.row]!.push(box(b, ''));
  const placedLabels = nows
    .map((now) => {
      const [x0, x1] = [x(now.interval.start), x(now.interval.end)];
      return { ...now, x0, x1, ...placeLabel(x0, sizes.nowLabelWidth(now), x1, sizes.widthPx) };
    })
    .map((now) => {
      const own = box(now, '');
      let row = rows.findIndex((taken) => taken.every((o) => o.right + LABEL_GAP_PX <= own.left || own.right + LABEL_GAP_PX <= o.left));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push(own);
      return { ...now, row };
    });
  const labelRowLines = Array.from({ length: rows.length }, () => 1);
  for (const label of [...placedBreaks, ...placedLabels]) labelRowLines[label.row] = Math.max(labelRowLines[label.row]!, label.lines);
  return { cards, laneCount: count, breaks: placedBreaks, nows: placedLabels, labelRowLines };
}
