import { expose } from 'comlink';
import { compareReports } from '../analysis/compare.ts';
import { summarizeComparison } from '../analysis/overview/summarize-comparison.ts';
import { importDraft, type DraftMeta, type ImportSource } from '../analysis/import/import-draft.ts';
import type { Report } from '../analysis/report/types.ts';
import { TimelineParts } from './comparison-parts.ts';

const timelineParts = new TimelineParts();

// The whole analysis pipeline runs here so the reading view never blocks on it.
const api = {
  /**
   * The comparison with the Facts tab's overview and lists, so the page only renders them; its
   * timeline follows in parts (`timelinePart`, comparison-parts.ts), each a message of its own.
   */
  compare: (reports: Report[]) => timelineParts.split(summarizeComparison(compareReports(reports))),
  timelinePart: (id: number) => timelineParts.take(id),
  /**
   * Decoding, parsing and checking an import: seconds for a report of megabytes. No DOMParser here,
   * so HTML comes back as `needs-dom` and the import panel extracts it on the page.
   */
  importDraft: (source: ImportSource, meta: DraftMeta, others: Report[]) => importDraft(source, meta, others),
};

export type AnalysisApi = typeof api;

expose(api);
