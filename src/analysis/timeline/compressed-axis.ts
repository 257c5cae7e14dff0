import { daysFromIso } from '../time/calendar.ts';

/**
 * The full timeline's horizontal axis: time to scale, except that long empty stretches are cut
 * down to a short break. News timelines are bimodal — a few background dates decades back ("since
 * the 1979 revolution") and a cluster of days around publication — so a purely linear axis would
 * put every recent event inside one pixel at "fit all". A log axis (as in the side panel) keeps
 * everything on screen but makes no two days the same width, which zooming to hours cannot live
 * with. So: one px-per-ms rate everywhere, and a gap that dwarfs the time around it becomes a
 * break, drawn with a break mark and its true length ("≈ 33 years"). Shorter gaps stay to scale,
 * because readers compare those by eye ("in June", then "on Monday").
 *
 * Positions are in "axis units": milliseconds along the compressed axis, starting at 0. Inside a
 * time segment one unit is one real millisecond, so zoom limits and ticks can speak in real time.
 */

export const DAY_MS = 86_400_000;

/** A stretch of real time in UTC milliseconds, end exclusive. */
export interface TimeInterval {
  start: number;
  end: number;
}

export const DEFAULT_BREAK_RULE = {
  /** A gap shorter than this (days) is always kept to scale, however little happens around it. */
  minBreakDays: 180,
  /** A gap becomes a break when it is longer than this many times all the time kept to scale. */
  ratio: 2,
  /** Width of a break, as a share of the time kept to scale (never wider than the gap itself). */
  breakShare: 0.06,
  /** Empty margin before the first and after the last item, as a share of the time kept to scale. */
  padShare: 0.03,
  /** The margin is at least this long, so a single day does not touch both edges. */
  minPadMs: DAY_MS / 2,
  /**
   * A date known only to its month, season, year or decade (a span this many days long or longer) is
   * one coarse date, not a stretch of things happening: when gaps are judged it counts as a card's
   * room, not its length (`spanDays`, `spanShare`). A shorter span ("4–10 June", a weekend) is days
   * the story names and counts whole.
   */
  coarseDays: 28,
  /**
   * What a coarse date counts as when gaps are judged: at least its first this many days. Counted
   * whole, "2007" kept the empty months after it to scale and crushed a cluster of days in Dec 2008
   * into one column at "fit all"; counted as its first month, three year-only cards took a month of
   * axis each, nine tenths of 1440 px, and the story's own week ~40 px (user test Y). A day: beside a
   * story of a few days, a year-only card is a quarter as wide as they are (at "fit all" ~160 px of
   * 1440, ~40 px of a phone: room for its card's span and its year's tick); three days still gave
   * three such cards twice the story's width. Its later part lies in the break after it; the axis
   * still reaches its end.
   */
  spanDays: 1,
  /**
   * Where a break follows a coarse date, it counts as at least this share of the time the rest of the
   * axis keeps to scale. Beside a story of months a day would be a sliver (under 1 % of the axis, 3 px
   * of a phone), too narrow for its year's label; a share keeps it about a tenth of the width at "fit
   * all" on any window (each of n such dates gets share / (1 + n × share) of the time kept: 10 % for
   * three, 8 % for five), and the story keeps the rest. Rejected: a width in px, which would make the
   * axis, and every position in it, change as the window is resized.
   */
  spanShare: 0.15,
};
export type BreakRule = typeof DEFAULT_BREAK_RULE;

export type AxisSegment =
  | { kind: 'time'; start: number; end: number; /** Axis units where the segment begins. */ offset: number }
  | {
      kind: 'break';
      start: number;
      end: number;
      offset: number;
      /** Axis units the break takes. */
      width: number;
      /**
       * How long the stretch with nothing in it is (ms): the break less the tail of a long span it
       * holds; for the break through the tail of the span that ends the axis, that tail.
       */
      empty: number;
    };

export interface CompressedAxis {
  /** In time order, alternating time segments and breaks, first and last always time. */
  segments: AxisSegment[];
  /** Total length in axis units. */
  length: number;
}

/** `[start, end)` of an inclusive ISO day span (`2014-06-01`…`2014-06-30`), or null when either end is no real day. */
export function dayInterval(firstDay: string, lastDay: string): TimeInterval | null {
  const first = daysFromIso(firstDay);
  const last = daysFromIso(lastDay);
  if (first === null || last === null) return null;
  return { start: first * DAY_MS, end: (Math.max(first, last) + 1) * DAY_MS };
}

const segmentWidth = (segment: AxisSegment) => (segment.kind === 'time' ? segment.end - segment.start : segment.width);

/**
 * How many of the longest gaps (longest first) to cut at once. Judged one at a time, two long gaps
 * each keep the other to scale: events in 1962, 2001 and over days of 2024–25 drew 63 years to scale,
 * and every card of the story stood in the last column. The `k` longest are cut together when each
 * is longer than `ratio` times the time left to scale and than `ratio` times the next gap, so gaps of
 * one length (events spread evenly) stay; cutting every gap needs the time left to be long enough to
 * show (at least a break's minimum), else the axis would be breaks alone, unless what is left holds
 * a cluster of days to show: a bus built in 2010, a crash on the road in 2019 and the three days of
 * this one had drawn 16 years to scale, the story's days in one column at the right edge.
 */
function gapsCutTogether(longest: readonly { length: number }[], total: number, rule: BreakRule, cluster: boolean): number {
  let best = 0;
  let rest = total;
  longest.forEach((gap, i) => {
    rest -= gap.length;
    const next = longest[i + 1]?.length;
    const apart = next === undefined ? i === 0 || cluster || rest >= rule.minBreakDays * DAY_MS : gap.length > rule.ratio * next;
    if (gap.length > rule.ratio * rest && apart) best = i + 1;
  });
  return best;
}

/** Where an item ends when gaps are judged: a coarse date after `spanMs`, anything else where it ends. */
function countedEnd(item: TimeInterval, spanMs: number, rule: BreakRule): number {
  const coarse = item.end - item.start >= rule.coarseDays * DAY_MS;
  return Math.max(coarse ? Math.min(item.end, item.start + spanMs) : item.end, item.start + 1);
}

/**
 * Widens the coarse dates that end a run before a break to `spanShare` of the time the rest keeps to
 * scale (never past their own end), once the breaks are chosen: the breaks are judged with each
 * counted as `spanDays`, so widening cannot change which gaps are cut. Returns the time added.
 */
function widenCoarseDates(runs: { end: number; items: TimeInterval[] }[], kept: number, rule: BreakRule): number {
  const base = rule.spanDays * DAY_MS;
  const ending = runs.filter((run) => run.items.some((item) => countedEnd(item, base, rule) === run.end && item.end > run.end));
  const spanMs = Math.max(base, rule.spanShare * (kept - ending.length * base));
  let added = 0;
  for (const run of ending) {
    const end = Math.max(...run.items.map((item) => countedEnd(item, spanMs, rule)));
    added += end - run.end;
    run.end = end;
  }
  return added;
}

/** Lays out the axis for the given items (events, publication days). Null when there is nothing to place. */
export function compressAxis(items: TimeInterval[], rule: BreakRule = DEFAULT_BREAK_RULE): CompressedAxis | null {
  const sorted = items.filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end)).sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return null;

  // Runs of overlapping items; the gaps between runs are the candidates for a break.
  // `whole`: where the run's items really end, which a break must not start before when it can help it.
  // `starts`: how many different times its items begin at (several days, not one year's cards).
  // `items`: its items, whose counted ends are widened once the breaks are known.
  const runs: (TimeInterval & { whole: number; starts: Set<number>; items: TimeInterval[] })[] = [];
  for (const item of sorted) {
    const end = countedEnd(item, rule.spanDays * DAY_MS, rule);
    const last = runs[runs.length - 1];
    if (last && item.start <= last.end) {
      last.end = Math.max(last.end, end);
      last.whole = Math.max(last.whole, item.end);
      last.starts.add(item.start);
      last.items.push(item);
    } else runs.push({ start: item.start, end, whole: Math.max(item.end, end), starts: new Set([item.start]), items: [item] });
  }
  const lastEnd = Math.max(...sorted.map((i) => i.end));
  // `empty`: the part of a gap no item covers, its long spans counted whole.
  const gaps = runs.slice(1).map((run, i) => ({ index: i, length: run.start - runs[i]!.end, empty: run.start - Math.max(runs[i]!.end, runs[i]!.whole) }));

  // Longest gaps first: each is judged against the time that stays to scale once it is cut.
  // A gap a long span fills is not empty: "2007" and "2008" side by side had a break "≈ 0 days" cut
  // through the year 2007, whose card stood on both sides of it.
  const longest = gaps.filter((gap) => gap.empty >= rule.minBreakDays * DAY_MS).sort((a, b) => b.length - a.length);
  let kept = runs[runs.length - 1]!.end - runs[0]!.start;
  const together = gapsCutTogether(
    longest,
    kept,
    rule,
    runs.some((run) => run.starts.size > 1),
  );
  const cut = new Set(longest.slice(0, together).map((gap) => gap.index));
  kept -= longest.slice(0, together).reduce((sum, gap) => sum + gap.length, 0);
  for (const gap of longest.slice(together)) {
    const others = kept - gap.length;
    if (gap.length > rule.ratio * others) {
      cut.add(gap.index);
      kept = others;
    }
  }

  // The tail of a long span that ends the axis ("2012" after days in May 2010) is cut as a gap would
  // be: kept to scale, its eleven months took nine tenths of the width at "fit all".
  const lastRun = runs[runs.length - 1]!;
  const tailCut = lastEnd - lastRun.end >= rule.minBreakDays * DAY_MS && lastEnd - lastRun.end > rule.ratio * kept;
  kept += widenCoarseDates(
    runs.filter((_, i) => cut.has(i) || (i === runs.length - 1 && tailCut)),
    kept,
    rule,
  );

  const pad = Math.max(rule.minPadMs, rule.padShare * kept);
  const segments: AxisSegment[] = [];
  let offset = 0;
  let segmentStart = runs[0]!.start - pad;
  const closeTime = (end: number) => {
    const segment: AxisSegment = { kind: 'time', start: segmentStart, end, offset };
    segments.push(segment);
    offset += segmentWidth(segment);
  };
  runs.forEach((run, i) => {
    if (!cut.has(i) || i === runs.length - 1) return;
    const next = runs[i + 1]!;
    closeTime(run.end);
    const width = Math.min(next.start - run.end, Math.max(1, rule.breakShare * kept));
    // A long span may end inside the break: the gap it stands for starts after it ("≈ 34 years" after 1979).
    segments.push({ kind: 'break', start: run.end, end: next.start, offset, width, empty: gaps[i]!.empty });
    offset += width;
    segmentStart = next.start;
  });
  const tail = lastEnd - lastRun.end;
  if (tailCut && tail >= rule.minBreakDays * DAY_MS) {
    closeTime(lastRun.end);
    const width = Math.max(1, rule.breakShare * kept);
    segments.push({ kind: 'break', start: lastRun.end, end: lastEnd, offset, width, empty: tail });
    offset += width;
    segmentStart = lastEnd;
    closeTime(lastEnd + pad);
  } else closeTime(Math.max(lastRun.end, lastEnd) + pad);
  return { segments, length: offset };
}

/** The segment holding real time `ms`, or the nearest end segment when `ms` lies outside the axis. */
function segmentAtTime(axis: CompressedAxis, ms: number): AxisSegment {
  return axis.segments.find((s) => ms < s.end) ?? axis.segments[axis.segments.length - 1]!;
}

/** Real time → axis units. Outside the axis the end segments' scale carries on; inside a break, proportionally. */
export function toAxis(axis: CompressedAxis, ms: number): number {
  const segment = segmentAtTime(axis, ms);
  if (segment.kind === 'time') return segment.offset + (ms - segment.start);
  return segment.offset + ((ms - segment.start) / (segment.end - segment.start)) * segment.width;
}

/** Axis units → real time (the inverse of `toAxis`). */
export function fromAxis(axis: CompressedAxis, units: number): number {
  const segment = axis.segments.find((s) => units < s.offset + segmentWidth(s)) ?? axis.segments[axis.segments.length - 1]!;
  if (segment.kind === 'time') return segment.start + (units - segment.offset);
  return segment.start + ((units - segment.offset) / segment.width) * (segment.end - segment.start);
}
