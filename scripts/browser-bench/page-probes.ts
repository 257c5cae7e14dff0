/**
 * Runs in the page before any of its scripts (Playwright's init script), so nothing the bench times
 * is missed. It records, on `window.__bench`:
 * - `text`/`summary`: when the first article paragraph and the facts summary were first painted
 *   (Element Timing: the attribute is set by a MutationObserver, whose callback runs before the
 *   next paint, so the page itself needs no bench hooks);
 * - `arrivals`: when each message from a worker reached the main thread (the analysis result is the
 *   last one before the summary shows);
 * - `frames`: long animation frames (≥ 50 ms), with their style-and-layout part;
 * - `events`: Event Timing entries (input to next paint) of 16 ms and more.
 * Sent to the page as its source text, so it must not close over anything.
 */
export function installProbes() {
  interface Frame {
    start: number;
    duration: number;
    styleAndLayout: number;
  }
  interface InputEvent {
    name: string;
    start: number;
    duration: number;
  }
  const bench = { text: NaN, summary: NaN, arrivals: [] as number[], frames: [] as Frame[], events: [] as InputEvent[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;

  const marked = new Set<Element>();
  const mark = (element: Element | null, name: string) => {
    if (!element || marked.has(element)) return;
    marked.add(element);
    element.setAttribute('elementtiming', name);
  };
  new MutationObserver(() => {
    mark(document.querySelector('.reader-body p'), 'first-text');
    mark(document.querySelector('[data-testid="facts-summary"]'), 'facts-summary');
  }).observe(document, { childList: true, subtree: true });

  const observe = (type: string, callback: (entry: PerformanceEntry) => void, extra: Record<string, unknown> = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true, ...extra } as PerformanceObserverInit);
    } catch {
      // Entry type not supported by this browser: its figures stay empty.
    }
  };
  observe('element', (entry) => {
    const e = entry as PerformanceEntry & { identifier: string; renderTime: number; loadTime: number };
    const at = e.renderTime || e.loadTime || e.startTime;
    if (e.identifier === 'first-text' && Number.isNaN(bench.text)) bench.text = at;
    if (e.identifier === 'facts-summary' && Number.isNaN(bench.summary)) bench.summary = at;
  });
  observe('long-animation-frame', (entry) => {
    const e = entry as PerformanceEntry & { styleAndLayoutStart: number };
    const end = e.startTime + e.duration;
    bench.frames.push({ start: e.startTime, duration: e.duration, styleAndLayout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0 });
  });
  observe('event', (entry) => bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration }), { durationThreshold: 16 });

  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Added before the app's own listener (comlink wraps the worker after construction), so this
      // runs first and stamps the moment the message is handled, before any of its work.
      this.addEventListener('message', () => bench.arrivals.push(performance.now()));
    }
  };
}

export interface BenchProbe {
  text: number;
  summary: number;
  arrivals: number[];
  frames: { start: number; duration: number; styleAndLayout: number }[];
  events: { name: string; start: number; duration: number }[];
}
