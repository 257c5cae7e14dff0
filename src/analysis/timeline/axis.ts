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
  /** "— 35 years —" for long gaps, else null. */
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
  type Draft = { kind: 'event'; day: string; event: TimelineEvent } | { kind: 'now'; day: string; reports: string[] };
  const drafts: Draft[] = [];
  for (const event of events) {
    const span = eventSpan(event);
    if (span) drafts.push({ kind: 'event', day: span.start, event });
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
    drafts.splice(at, 0, { kind: 'now', day, reports });
  }
  let previous: number | null = null;
  return drafts.map((draft, index) => {
    const day = daysFromIso(draft.day) ?? 0;
    const gapDays = previous === null ? 0 : Math.max(0, day - previous);
    previous = previous === null ? day : Math.max(previous, day);
    const base = {
      day: draft.day,
      gapDays,
      gapPx: index === 0 ? 0 : gapPx(gapDays, scale),
      gapLabel: gapDays >= scale.markerDays ? `— ${formatGap(gapDays)} —` : null,
    };
    return draft.kind === 'event' ? { ...base, kind: 'event', event: draft.event } : { ...base, kind: 'now', reports: draft.reports };
  });
}
