import { expose } from 'comlink';
import { compareReports } from '../analysis/compare.ts';
import { parseReport } from '../analysis/report/parse-report.ts';

// The whole analysis pipeline runs here so the reading view never blocks on it.
const api = {
  // Parsing is cheap, but its rules and tables are not small: keeping them here keeps the first paint light.
  parse: parseReport,
  compare: compareReports,
};

export type AnalysisApi = typeof api;

expose(api);
