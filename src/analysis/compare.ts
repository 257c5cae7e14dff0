import { alignReports } from './align/facts.ts';
import type { Fact, RelatedWording } from './align/types.ts';
import type { Report } from './report/types.ts';
import { segmentReport } from './text/segment-report.ts';
import type { SegmentedReport } from './text/types.ts';
import { buildTimelineResult } from './timeline/build-timeline.ts';
import type { TimelineEvent } from './timeline/types.ts';
import { undatedClaims, type UndatedClaim } from './timeline/undated-claims.ts';

export interface Comparison {
  reports: SegmentedReport[];
  facts: Fact[];
  /** Sentences no fact holds, each with its closest wording in another report (`RelatedWording`). */
  related: RelatedWording[];
  timeline: TimelineEvent[];
  /**
   * What the timeline cannot place: the claims of reports without a publication date that relative
   * time expressions date, each with its expressions. Grouped here, in the worker, once for every
   * view that lists or counts them.
   */
  undated: UndatedClaim[];
}

/** The whole pipeline: sentences → facts → timeline. Pure; runs in the worker, in Node and in the CLI. */
export function compareReports(reports: Report[]): Comparison {
  const segmented = reports.map(segmentReport);
  const { facts, related } = alignReports(segmented);
  const { events: timeline, unplaced } = buildTimelineResult(segmented, facts);
  return { reports: segmented, facts, related, timeline, undated: undatedClaims(unplaced) };
}
