import type { Remote } from 'comlink';
import type { AnalysisApi } from './analysis.worker.ts';

interface Instance {
  /**
   * comlink (1.7 KB gzip) comes in its own chunk, fetched as the worker starts: nothing calls the
   * worker before the first text shows, so it need not be in the first screen's bundle.
   */
  api: Promise<Remote<AnalysisApi>>;
  /** Rejects when the worker dies (a crash, out of memory): comlink alone would wait forever. */
  crashed: Promise<never>;
}

let instance: Instance | undefined;

function start(): Instance {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'parallax-analysis' });
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      // The next call starts a fresh worker instead of talking to a dead one.
      if (instance?.crashed === crashed) instance = undefined;
      worker.terminate();
      reject(new Error(`the analysis worker stopped (${event.message || 'out of memory or a crash'})`));
    });
  });
  crashed.catch(() => {});
  const api = import('comlink').then(({ wrap }) => wrap<AnalysisApi>(worker));
  return { api, crashed };
}

/**
 * Starts the analysis worker ahead of its first call, so its code loads and compiles while the
 * texts are fetched and parsed rather than after. Creating a worker does not block the page.
 */
export function startAnalysisWorker(): void {
  instance ??= start();
}

/**
 * Runs `call` on the one long-lived analysis worker (started by `startAnalysisWorker`, or on first
 * use). A call fails, rather than hangs, when the worker dies.
 */
export function inWorker<T>(call: (api: Remote<AnalysisApi>) => Promise<T>): Promise<T> {
  instance ??= start();
  const { api, crashed } = instance;
  return Promise.race([api.then(call), crashed]);
}
