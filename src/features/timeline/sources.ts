import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { reportLetter } from '../../analysis/report/letter.ts';
import { sourceLabel, type ReportInfo } from '../../shared/report-name.ts';

const MAX_NAME = 24;

/** Badge text per report id: "A · China Daily", falling back to the report's shortened name. */
export function sourceBadges(reports: ReportInfo[]): Map<string, { badge: string; full: string }> {
  return new Map(
    reports.map((r, i) => {
      const { short, full } = sourceLabel(r, MAX_NAME);
      return [r.id, { badge: `${reportLetter(i)} · ${short}`, full }];
    }),
  );
}

/**
 * Actors across all events for the actor filter: one per key, longest name, alphabetical, with how
 * many events name them. Keys shown under one name are one entry, filtered by that name (which the
 * filter matches too): "Gigante (2)", "Gigante (10)" and "Gigante (5)", three keys of one surname
 * read as a person, a body and a name of no kind, had been three entries no reader could tell apart.
 */
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
  const byName = new Map<string, { key: string; name: string; count: number }>();
  for (const option of byKey.values()) {
    const name = option.name.toLowerCase();
    const seen = byName.get(name);
    if (!seen) byName.set(name, option);
    else byName.set(name, { key: name, name: seen.name, count: seen.count + option.count });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
