import type { Fact } from '../align/types.ts';
import type { SegmentedReport } from '../text/types.ts';
import type { TimelineEvent } from './types.ts';

/** STUB — replaced by the timeline work. */
export function buildTimeline(_reports: SegmentedReport[], _facts: Fact[]): TimelineEvent[] {
  return [];
}
