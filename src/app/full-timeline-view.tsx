import { useMemo } from 'react';
import { useFilteredEvents } from '../features/timeline/use-timeline-filter.ts';
import { TimelineView, type TimelineViewProps } from '../features/timeline-view/timeline-view.tsx';

/**
 * The full view of the timeline the Timeline tab shows: its filters (URL state, kept when the view
 * changes) apply here too, and the view says so and offers every event back.
 */
export function FullTimelineView({ events, reports, ...rest }: TimelineViewProps) {
  const reportIds = useMemo(() => reports.map((r) => r.id), [reports]);
  const { visible, filtering, clearFilter } = useFilteredEvents(events, reportIds);
  return <TimelineView {...rest} reports={reports} events={visible} filteredFrom={filtering ? { events, onShowAll: clearFilter } : undefined} />;
}
