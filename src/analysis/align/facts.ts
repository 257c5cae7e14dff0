import type { SegmentedReport } from '../text/types.ts';
import type { Fact } from './types.ts';

/** STUB — replaced by the alignment work. Groups sentences across reports into facts. */
export function findFacts(_reports: SegmentedReport[]): Fact[] {
  return [];
}
