import { findFacts } from './align/facts.ts';
import type { Fact } from './align/types.ts';
import type { Report } from './report/types.ts';
import { segmentReport } from './text/segment-report.ts';
import type { SegmentedReport } from './text/types.ts';
import { buildTimelineResult } from './timeline/build-timeline.ts';
import type { TimelineEvent, UnplacedMention } from './timeline/types.ts';

export interface Comparison {
  reports: SegmentedReport[];
  facts: Fact[];
  timeline: TimelineEvent[];
  /** Relative time expressions of reports without a publication date, which the timeline cannot place. */
  unplaced: UnplacedMention[];
}

/** The whole pipeline: sentences → facts → timeline. Pure; runs in the worker, in Node and in the CLI. */
export function compareReports(reports: Report[]): Comparison {
  const segmented = reports.map(segmentReport);
  const facts = findFacts(segmented);
  const { events: timeline, unplaced } = buildTimelineResult(segmented, facts);
  return { reports: segmented, facts, timeline, unplaced };
}
