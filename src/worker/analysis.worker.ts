import { expose } from 'comlink';
import { compareReports } from '../analysis/compare.ts';

// The whole analysis pipeline runs here so the reading view never blocks on it.
const api = {
  compare: compareReports,
};

export type AnalysisApi = typeof api;

expose(api);
