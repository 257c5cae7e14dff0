import { useCallback, useMemo } from 'react';
import { filterEvents, type EventFilter } from '../../analysis/timeline/filter-events.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { replaceSearch, useLocationSearch } from '../../shared/url-search.ts';

/**
 * URL keys of the timeline filters. Repeated keys (`tl.src=a&tl.src=b`) rather than a comma list,
 * so report ids and actor keys never need escaping. `tl.src` absent means every report; a single
 * empty `tl.src=` means none (the reader unticked them all).
 */
export const TIMELINE_PARAMS = {
  reports: 'tl.src',
  actors: 'tl.actor',
  from: 'tl.from',
  to: 'tl.to',
  sharedOnly: 'tl.shared',
  text: 'tl.q',
} as const;

/** The filter as the controls see it: every field present, strings possibly empty. */
export interface TimelineFilter {
  reports: string[] | undefined;
  actors: string[];
  from: string;
  to: string;
  sharedOnly: boolean;
  text: string;
}

export function readTimelineFilter(search: string): TimelineFilter {
  const params = new URLSearchParams(search);
  const sources = params.getAll(TIMELINE_PARAMS.reports);
  return {
    reports: sources.length === 0 ? undefined : sources.filter(Boolean),
    actors: params.getAll(TIMELINE_PARAMS.actors).filter(Boolean),
    from: params.get(TIMELINE_PARAMS.from) ?? '',
    to: params.get(TIMELINE_PARAMS.to) ?? '',
    sharedOnly: params.get(TIMELINE_PARAMS.sharedOnly) === '1',
    text: params.get(TIMELINE_PARAMS.text) ?? '',
  };
}

/** `search` with the timeline keys replaced by `filter`; every other parameter (`fact`, …) is kept as it was. */
export function writeTimelineFilter(search: string, filter: TimelineFilter): string {
  const params = new URLSearchParams(search);
  for (const key of Object.values(TIMELINE_PARAMS)) params.delete(key);
  if (filter.reports) {
    if (filter.reports.length === 0) params.append(TIMELINE_PARAMS.reports, '');
    for (const id of filter.reports) params.append(TIMELINE_PARAMS.reports, id);
  }
  for (const actor of filter.actors) params.append(TIMELINE_PARAMS.actors, actor);
  if (filter.from) params.set(TIMELINE_PARAMS.from, filter.from);
  if (filter.to) params.set(TIMELINE_PARAMS.to, filter.to);
  if (filter.sharedOnly) params.set(TIMELINE_PARAMS.sharedOnly, '1');
  if (filter.text) params.set(TIMELINE_PARAMS.text, filter.text);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter in the shape `filterEvents` takes; invalid or empty fields are simply absent. */
export function toEventFilter(filter: TimelineFilter): EventFilter {
  return {
    ...(filter.reports ? { reports: filter.reports } : {}),
    ...(filter.actors.length ? { actors: filter.actors } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.sharedOnly ? { sharedOnly: true } : {}),
    ...(filter.text.trim() ? { text: filter.text } : {}),
  };
}

export function isFiltering(filter: TimelineFilter): boolean {
  return Object.keys(toEventFilter(filter)).length > 0;
}

/**
 * Timeline filters as URL state, so a filtered timeline can be shared and survives a reload.
 * Each write starts from the live `location.search`, so parameters other features own survive.
 */
export function useTimelineFilter() {
  const search = useLocationSearch();
  const filter = useMemo(() => readTimelineFilter(search), [search]);
  const setFilter = useCallback((patch: Partial<TimelineFilter>) => {
    replaceSearch((params) => new URLSearchParams(writeTimelineFilter(`?${params}`, { ...readTimelineFilter(`?${params}`), ...patch })));
  }, []);
  const clearFilter = useCallback(() => setFilter({ reports: undefined, actors: [], from: '', to: '', sharedOnly: false, text: '' }), [setFilter]);
  return { filter, setFilter, clearFilter };
}

/**
 * The events the Timeline tab's filters leave, for the full timeline: the two views show one
 * timeline, so narrowing it in one narrows the other. `filtering` is false when nothing is hidden.
 */
export function useFilteredEvents(events: TimelineEvent[], reportIds: string[]) {
  const { filter, clearFilter } = useTimelineFilter();
  const eventFilter = useMemo(() => toEventFilter(filter), [filter]);
  const visible = useMemo(() => filterEvents(events, eventFilter, reportIds), [events, eventFilter, reportIds]);
  return { visible, filtering: Object.keys(eventFilter).length > 0, clearFilter };
}
