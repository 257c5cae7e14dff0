import { expose } from 'comlink';
import { compareReports } from '../analysis/compare.ts';
import { summarizeComparison } from '../analysis/overview/summarize-comparison.ts';
import { importDraft, type DraftMeta, type ImportSource } from '../analysis/import/import-draft.ts';
import type { Report } from '../analysis/report/types.ts';

// The whole analysis pipeline runs here so the reading view never blocks on it.
const api = {
  /** The comparison with the Facts tab's overview and lists, so the page only renders them. */
  compare: (reports: Report[]) => summarizeComparison(compareReports(reports)),
  /**
   * Decoding, parsing and checking an import: seconds for a report of megabytes. No DOMParser here,
   * so HTML comes back as `needs-dom` and the import panel extracts it on the page.
   */
  importDraft: (source: ImportSource, meta: DraftMeta, others: Report[]) => importDraft(source, meta, others),
};

export type AnalysisApi = typeof api;

expose(api);
