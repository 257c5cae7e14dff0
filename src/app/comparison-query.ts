import { queryOptions } from '@tanstack/react-query';
import { ANALYSIS_VERSION } from '../analysis/version.ts';
import { fingerprintReport } from '../analysis/report/fingerprint.ts';
import type { Report } from '../analysis/report/types.ts';
import { inWorker } from '../worker/analysis-client.ts';

/** Analysis of a set of reports, answered by the worker. The key holds every input plus the analysis version. */
export const comparisonQuery = (reports: Report[] | undefined) =>
  queryOptions({
    queryKey: ['comparison', ANALYSIS_VERSION, reports?.map(fingerprintReport)],
    queryFn: () => inWorker((api) => api.compare(reports!)),
    enabled: !!reports && reports.length > 0,
    staleTime: Infinity,
    // The worker answers, not the network: offline must not pause the query.
    networkMode: 'always',
  });
