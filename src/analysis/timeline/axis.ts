import { daysFromIso } from '../time/calendar.ts';
import { eventSpan } from './filter-events.ts';
import { formatGap } from './format-date.ts';
import type { TimelineEvent } from './types.ts';

/**
 * Vertical spacing of the timeline. Gaps grow with the logarithm of the days between rows, so
 * "two days later" and "35 years earlier" both fit on one screen yet still look different;
 * a linear scale was rejected because one 1979 mention would push everything else off-screen.
 */
export const DEFAULT_AXIS_SCALE = {
  /** Space between rows on the same day, in px. */
  minGapPx: 4,
  /** Extra px per factor of 10 in days. */
  pxPerDecade: 24,
  maxGapPx: 120,
  /** Gaps at least this long get a visible "— 35 years —" marker. */
  markerDays: 60,
};
export type AxisScale = typeof DEFAULT_AXIS_SCALE;

interface RowBase {
  /** ISO day the row sits at (start of the event's span, or the publication day). */
  day: string;
  /** Days since the previous row (0 for the first). */
  gapDays: number;
  /** Space before the row in px. */
  gapPx: number;
  /**
   * "— 35 years —" for a long stretch of time no row covers, else null: counted from the end of the
   * rows before (a "1979" card covers all of 1979), as the full timeline's breaks count it, so the
   * two views name the same gap alike; they had said "34 years" and "≈ 33 years" for 1979 to June 2013.
   */
  gapLabel: string | null;
}
export type AxisRow = (RowBase & { kind: 'event'; event: TimelineEvent }) | (RowBase & { kind: 'now'; /** Reports published on `day`. */ reports: string[] });

export function gapPx(days: number, scale: AxisScale = DEFAULT_AXIS_SCALE): number {
  if (!(days > 0)) return scale.minGapPx;
  return Math.min(scale.maxGapPx, Math.round(scale.minGapPx + scale.pxPerDecade * Math.log10(1 + days)));
}

/**
 * Events (already sorted by date) interleaved with "now" rows for the reports' publication days,
 * each with the gap before it. A publication row comes after the events that start on or before it.
 */
export function axisRows(events: TimelineEvent[], published: { report: string; date: string | null }[], scale: AxisScale = DEFAULT_AXIS_SCALE): AxisRow[] {
  type Draft = { kind: 'event'; day: string; last: string; event: TimelineEvent } | { kind: 'now'; day: string; last: string; reports: string[] };
  const drafts: Draft[] = [];
  for (const event of events) {
    const span = eventSpan(event);
    if (span) drafts.push({ kind: 'event', day: span.start, last: span.end, event });
  }
  const nows = new Map<string, string[]>();
  for (const p of published) {
    if (!p.date || daysFromIso(p.date) === null) continue;
    nows.set(p.date, [...(nows.get(p.date) ?? []), p.report]);
  }
  for (const [day, reports] of [...nows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Insert after the last row that starts on or before the publication day (stable for events).
    let at = drafts.length;
    while (at > 0 && drafts[at - 1]!.day > day) at--;
    drafts.splice(at, 0, { kind: 'now', day, last: day, reports });
  }
  let previous: number | null = null;
  /** The day after the last day any earlier row covers. */
  let covered: number | null = null;
  return drafts.map((draft, index) => {
    const day = daysFromIso(draft.day) ?? 0;
    const gapDays = previous === null ? 0 : Math.max(0, day - previous);
    const emptyDays = covered === null ? 0 : Math.max(0, day - covered);
    previous = previous === null ? day : Math.max(previous, day);
    covered = Math.max(covered ?? day + 1, (daysFromIso(draft.last) ?? day) + 1);
    const base = {
      day: draft.day,
      gapDays,
      gapPx: index === 0 ? 0 : gapPx(gapDays, scale),
      gapLabel: emptyDays >= scale.markerDays ? `— ${formatGap(emptyDays)} —` : null,
    };
    return draft.kind === 'event' ? { ...base, kind: 'event', event: draft.event } : { ...base, kind: 'now', reports: draft.reports };
  });
}
