import { queryOptions } from '@tanstack/react-query';
import { ANALYSIS_VERSION } from '../analysis/version.ts';
import { fingerprintReport } from '../analysis/report/fingerprint.ts';
import type { Report } from '../analysis/report/types.ts';
import { inWorker } from '../worker/analysis-client.ts';
import { joinComparison } from '../worker/comparison-parts.ts';

/** Analysis of a set of reports, answered by the worker. The key holds every input plus the analysis version. */
export const comparisonQuery = (reports: Report[] | undefined) =>
  queryOptions({
    queryKey: ['comparison', ANALYSIS_VERSION, reports?.map(fingerprintReport)],
    // In several messages, so that no one task on the page reads all of a large answer.
    queryFn: () => inWorker(async (api) => joinComparison(await api.compare(reports!), (id) => api.timelinePart(id))),
    enabled: !!reports && reports.length > 0,
    staleTime: Infinity,
    // The worker answers, not the network: offline must not pause the query.
    networkMode: 'always',
  });
