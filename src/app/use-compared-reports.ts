import { useQuery } from '@tanstack/react-query';
import { withDatelineYears } from '../analysis/report/dateline-year.ts';
import { useCallback, useMemo } from 'react';
import { useLibrary } from '../features/library/use-library.ts';
import { BUNDLED_REPORT_IDS, bundledReportsQuery } from './bundled-reports.ts';
import { mergeReports, pickReports, withUserDate } from './report-list.ts';
import { useSelection } from './use-selection.ts';

/**
 * The reports the app knows (bundled and saved) and the ones chosen for comparison, in reading order.
 * Bundled reports show as soon as they are parsed; ones chosen from the library wait for it, and a
 * saved copy of a bundled one (the same text, an edited title or date) replaces it when it answers.
 */
export function useComparedReports() {
  const bundled = useQuery(bundledReportsQuery());
  const library = useLibrary();
  // What storage really holds, once read: the saved selection is reconciled with it on load.
  const knownIds = useMemo(() => library.reports && new Set([...BUNDLED_REPORT_IDS, ...library.reports.map((r) => r.id)]), [library.reports]);
  const [selectedIds, setSelectedIds] = useSelection(BUNDLED_REPORT_IDS, knownIds, { persistent: library.status === 'persistent' });
  const allReports = useMemo(() => mergeReports(bundled.data ?? [], library.reports ?? [], BUNDLED_REPORT_IDS), [bundled.data, library.reports]);
  // A yearless wire dateline takes its year from the reports beside it, for this comparison only.
  const compared = useMemo(() => withDatelineYears(pickReports(selectedIds, allReports)), [selectedIds, allReports]);
  const libraryRead = library.reports !== undefined;
  const loading = bundled.isPending || (!libraryRead && selectedIds.some((id) => !BUNDLED_REPORT_IDS.includes(id)));

  // A date set from the timeline or the reader is saved like a library edit (a bundled report gets a
  // saved copy), so it survives a reload; the new fingerprint re-runs the analysis.
  const { saveReport } = library;
  const setPublished = useCallback(
    (reportId: string, date: string) => {
      const report = allReports.find((r) => r.id === reportId);
      if (report) void saveReport(withUserDate(report, date), report);
    },
    [allReports, saveReport],
  );

  return { bundled, library, libraryRead, loading, allReports, selectedIds, setSelectedIds, compared, setPublished };
}
