import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { reportLetter } from '../../analysis/report/letter.ts';
import type { PublishedFrom } from '../../analysis/report/types.ts';
import { reportName, type NameableReport } from '../../shared/report-name.ts';

export interface ReportInfo extends NameableReport {
  id: string;
  source: string | null;
  published: string | null;
  /** Where `published` came from; an inferred date is marked wherever it shows. */
  publishedFrom?: PublishedFrom | null;
}

const MAX_NAME = 24;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_NAME) return clean;
  const cut = clean.lastIndexOf(' ', MAX_NAME - 1);
  return `${clean.slice(0, cut > 8 ? cut : MAX_NAME - 1)}…`;
}

/** Badge text per report id: "A · China Daily", falling back to the report's shortened name. */
export function sourceBadges(reports: ReportInfo[]): Map<string, { badge: string; full: string }> {
  return new Map(
    reports.map((r, i) => {
      const name = r.source?.trim() || reportName(r);
      const letter = reportLetter(i);
      return [r.id, { badge: `${letter} · ${shorten(name)}`, full: [r.source?.trim(), reportName(r)].filter(Boolean).join(': ') }];
    }),
  );
}

/** Actors across all events for the actor filter: one per key, longest name, alphabetical, with how many events name them. */
export function actorOptions(events: TimelineEvent[]): { key: string; name: string; count: number }[] {
  const byKey = new Map<string, { key: string; name: string; count: number }>();
  for (const event of events) {
    const refs = event.actorRefs ?? event.actors.map((name) => ({ key: name.toLowerCase(), name }));
    for (const { key, name } of refs) {
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { key, name, count: 1 });
      else {
        seen.count++;
        if (name.length > seen.name.length) seen.name = name;
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
