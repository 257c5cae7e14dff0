import { queryOptions } from '@tanstack/react-query';
import type { Report } from '../analysis/report/types.ts';

// Vite emits each seed as a real file (see assetsInlineLimit) and gives us its URL, so the
// service worker precaches the texts and the reader loads them like any other report.
const SEED_URLS = import.meta.glob<string>('../../seeds/*.txt', { query: '?url', import: 'default', eager: true });

export const BUNDLED_REPORT_IDS = Object.keys(SEED_URLS).map(idFromPath).sort();

function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.txt$/, '');
}

async function fetchReport(path: string, url: string): Promise<Report> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the bundled report ${idFromPath(path)} (HTTP ${response.status}).`);
  const [text, { parseReport }] = await Promise.all([
    response.text(),
    // Loaded beside the texts rather than in the first-paint bundle, and run here rather than in the
    // worker: parsing takes milliseconds, and the articles must not wait for the worker to start.
    import('../analysis/report/parse-report.ts'),
  ]);
  return parseReport(text, { id: idFromPath(path), file: path.replace(/^.*\//, '') });
}

export const bundledReportsQuery = () =>
  queryOptions({
    queryKey: ['bundled-reports', BUNDLED_REPORT_IDS],
    queryFn: () =>
      Promise.all(
        Object.entries(SEED_URLS)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([path, url]) => fetchReport(path, url)),
      ),
    staleTime: Infinity,
    // The texts come from the service worker cache when offline; don't let the network state pause it.
    networkMode: 'always',
  });
