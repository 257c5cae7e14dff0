import { wrap, type Remote } from 'comlink';
import type { AnalysisApi } from './analysis.worker.ts';

let remote: Remote<AnalysisApi> | undefined;

/** One long-lived worker, created on first use so the first paint never waits for it. */
export function analysisWorker(): Remote<AnalysisApi> {
  remote ??= wrap<AnalysisApi>(new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'parallax-analysis' }));
  return remote;
}
