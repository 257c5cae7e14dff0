import { ANALYSIS_VERSION } from '../analysis/version.ts';
import { fingerprintReport } from '../analysis/report/fingerprint.ts';
import type { SummarizedComparison } from '../analysis/overview/summarize-comparison.ts';
import type { Report } from '../analysis/report/types.ts';
import { inWorker } from '../worker/analysis-client.ts';
import { joinComparison } from '../worker/comparison-parts.ts';
import type { Query } from './query-cache.ts';

/** Analysis of a set of reports, answered by the worker. The key holds every input plus the analysis version. */
export const comparisonQuery = (reports: Report[] | undefined): Query<SummarizedComparison> => ({
  key: reports && reports.length > 0 ? JSON.stringify(['comparison', ANALYSIS_VERSION, reports.map(fingerprintReport)]) : undefined,
  // In several messages, so that no one task on the page reads all of a large answer.
  load: () => inWorker(async (api) => joinComparison(await api.compare(reports!), (id) => api.timelinePart(id))),
});
