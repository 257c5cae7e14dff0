import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_REPORTS_URL, BUNDLED_REPORT_IDS } from 'virtual:bundled-reports';
import type { Report } from '../analysis/report/types.ts';

export { BUNDLED_REPORT_IDS };

/**
 * The bundled reports, parsed at build time (vite.config.ts, `bundledReports`) by the parser the
 * app uses for imports: the first screen waits for neither the parser's chunk nor the parsing. One
 * JSON file, preloaded by index.html and precached by the service worker for offline reading.
 */
async function fetchBundledReports(): Promise<Report[]> {
  const response = await fetch(BUNDLED_REPORTS_URL);
  if (!response.ok) throw new Error(`Could not load the bundled reports (HTTP ${response.status}).`);
  const reports = (await response.json()) as Report[];
  if (!Array.isArray(reports) || reports.length !== BUNDLED_REPORT_IDS.length) throw new Error('The bundled reports could not be read.');
  return reports;
}

/** The first load: shared by the query's first run and `firstBundledReports`, whichever asks first. */
let firstLoad: Promise<Report[]> | undefined;
let firstLoadUsed = false;

/**
 * The first load of the bundled reports, started if nothing has asked yet. main.tsx waits for it
 * (briefly) before the first render, so that render already has the articles.
 */
export function firstBundledReports(): Promise<Report[]> {
  return (firstLoad ??= fetchBundledReports());
}

export const bundledReportsQuery = () =>
  queryOptions({
    queryKey: ['bundled-reports', BUNDLED_REPORT_IDS],
    // A retry or a refetch loads again; only the first run takes the shared first load.
    queryFn: () => {
      if (firstLoadUsed) return fetchBundledReports();
      firstLoadUsed = true;
      return firstBundledReports();
    },
    staleTime: Infinity,
    // The reports come from the service worker cache when offline; don't let the network state pause it.
    networkMode: 'always',
  });
