import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Report } from '../../src/analysis/report/types.ts';
import { installProbes, type BenchProbe } from './page-probes.ts';
import { median } from './stats.ts';

export interface PageTimings {
  /** Median ms from navigation to the first article paragraph painted: the app, then the static page. */
  firstTextMs: { app: number; staticPage: number };
  /** Medians over the runs with many reports compared. */
  manyReports: {
    /** The longest frame from the analysis result's arrival until the facts summary is painted. */
    arrivalFrameMs: number;
    /** The style-and-layout part of that frame. */
    arrivalStyleLayoutMs: number;
    /** From the result's arrival to the facts summary painted. */
    arrivalToSummaryMs: number;
    /** The longest frame in the second after the summary is painted: work the arrival left for later. */
    afterArrivalFrameMs: number;
    /** `j` (next fact): keydown to the next paint. */
    nextFactMs: number;
    /** Hovering a marked sentence: the longest input-to-paint of its pointer events. */
    hoverMedianMs: number;
    hoverMaxMs: number;
  };
}

/** Event Timing reports nothing under this (ms); an interaction without an entry was at most this fast. */
const EVENT_THRESHOLD_MS = 16;
/** Long animation frames are reported from 50 ms; a burst without one had no frame that long. */
const FRAME_THRESHOLD_MS = 50;

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function measurePages(options: {
  baseUrl: string;
  staticPath: string;
  chromePath: string;
  /** Reports to compare for the interaction timings (seeded into the library's storage). */
  reports: Report[];
  textRuns: number;
  manyRuns: number;
}): Promise<PageTimings> {
  const browser = await chromium.launch({ executablePath: options.chromePath, args: LAUNCH_ARGS });
  try {
    const app: number[] = [];
    const staticPage: number[] = [];
    // Alternating, so a burst of load on the shared machine hits both pages alike.
    for (let i = 0; i < options.textRuns; i++) {
      app.push(await firstText(browser, options.baseUrl, '/'));
      staticPage.push(await firstText(browser, options.baseUrl, `/${options.staticPath}`));
    }
    const many: PageTimings['manyReports'][] = [];
    for (let i = 0; i < options.manyRuns; i++) many.push(await manyReports(browser, options));
    const pick = (key: keyof PageTimings['manyReports']) => median(many.map((m) => m[key]));
    return {
      firstTextMs: { app: median(app), staticPage: median(staticPage) },
      manyReports: {
        arrivalFrameMs: pick('arrivalFrameMs'),
        arrivalStyleLayoutMs: pick('arrivalStyleLayoutMs'),
        arrivalToSummaryMs: pick('arrivalToSummaryMs'),
        afterArrivalFrameMs: pick('afterArrivalFrameMs'),
        nextFactMs: pick('nextFactMs'),
        hoverMedianMs: pick('hoverMedianMs'),
        hoverMaxMs: pick('hoverMaxMs'),
      },
    };
  } finally {
    await browser.close();
  }
}

/**
 * The probes as source text. tsx compiles with esbuild's keepNames, which wraps named functions in a
 * `__name(…)` helper that exists only in Node; the page gets a no-op one.
 */
const PROBE_SCRIPT = { content: `var __name = (f) => f; (${installProbes.toString()})();` };

/** A first visit: fresh cache and storage, no service worker (it would serve a second visit from its cache). */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(PROBE_SCRIPT);
  return context;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench);

async function firstText(browser: Browser, baseUrl: string, path: string): Promise<number> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { __bench: BenchProbe }).__bench.text), null, { timeout: 30_000 });
    return (await probe(page)).text;
  } finally {
    await context.close();
  }
}

/**
 * The library's storage, written directly from a page of the app's origin that runs no app code
 * (the static page), so the app finds `reports` saved and chosen when it opens. Mirrors
 * features/library/storage.ts (database, store, key path) and app/use-selection.ts (key).
 */
async function seedLibrary(page: Page, reports: Report[]) {
  await page.evaluate(async (reports) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parallax-library', 1);
      request.onupgradeneeded = () => {
        for (const store of ['reports', 'comparisons'])
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('reports', 'readwrite');
    const savedAt = new Date().toISOString();
    for (const report of reports) tx.objectStore('reports').put({ ...report, savedAt });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('parallax.selection', JSON.stringify(reports.map((r) => r.id)));
  }, reports);
}

async function manyReports(browser: Browser, options: { baseUrl: string; staticPath: string; reports: Report[] }): Promise<PageTimings['manyReports']> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${options.baseUrl}/${options.staticPath}`);
    await seedLibrary(page, options.reports);
    await page.goto(options.baseUrl);
    await page.getByTestId('facts-summary').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { __bench: BenchProbe }).__bench.summary), null, { timeout: 30_000 });
    await settle(page, 1200);
    const arrived = await probe(page);
    const arrival = Math.max(...arrived.arrivals.filter((t) => t <= arrived.summary));
    const burst = arrived.frames.filter((f) => f.start + f.duration > arrival && f.start <= arrived.summary);
    const longest = burst.reduce<BenchProbe['frames'][number] | undefined>((a, f) => (!a || f.duration > a.duration ? f : a), undefined);

    // Hover the marked sentences in view in the first pane, one after another.
    const sentences = await page.locator('[data-pane]').first().locator('[data-facts]').all();
    const hovers: number[] = [];
    for (const sentence of sentences.slice(0, 8)) {
      const box = await sentence.boundingBox();
      if (!box || box.y < 0 || box.y + 10 > 900) continue;
      const before = (await probe(page)).events.length;
      await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + Math.min(8, box.height / 2));
      await settle(page);
      const events = (await probe(page)).events.slice(before).filter((e) => /^(pointer|mouse)(over|enter|move)$/.test(e.name));
      hovers.push(Math.max(EVENT_THRESHOLD_MS, ...events.map((e) => e.duration)));
    }
    await page.mouse.move(2, 450);
    await settle(page);

    // `j` from the page, not from a focused sentence (that would be Enter's job).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const steps: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = (await probe(page)).events.length;
      await page.keyboard.press('j');
      await settle(page, 900);
      const events = (await probe(page)).events.slice(before).filter((e) => e.name === 'keydown');
      steps.push(Math.max(EVENT_THRESHOLD_MS, ...events.map((e) => e.duration)));
    }
    return {
      arrivalFrameMs: longest?.duration ?? FRAME_THRESHOLD_MS,
      arrivalStyleLayoutMs: longest?.styleAndLayout ?? 0,
      arrivalToSummaryMs: arrived.summary - arrival,
      afterArrivalFrameMs: Math.max(
        FRAME_THRESHOLD_MS,
        ...arrived.frames.filter((f) => f.start > arrived.summary && f.start <= arrived.summary + 1000).map((f) => f.duration),
      ),
      nextFactMs: median(steps),
      hoverMedianMs: median(hovers),
      hoverMaxMs: Math.max(...hovers),
    };
  } finally {
    await context.close();
  }
}

/** Waits for two frames and a quiet moment, so the entries of what was just done are in. */
async function settle(page: Page, ms = 400) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}
