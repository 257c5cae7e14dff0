import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './stats.ts';

export interface LighthouseFigures {
  /** 0–100. */
  performance: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
}

export type Preset = 'mobile' | 'desktop';

/**
 * Lighthouse's performance category on `url`, `runs` times per preset, each figure the median of its
 * runs. Mobile is Lighthouse's default (a mid-range phone: 4× CPU slowdown, slow 4G, simulated);
 * desktop is its desktop preset. Storage is reset before each run, so every run is a first visit.
 */
export async function runLighthouse(url: string, chromePath: string, runs: number): Promise<Record<Preset, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const result = {} as Record<Preset, LighthouseFigures>;
    for (const preset of ['mobile', 'desktop'] as const) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = run?.lhr;
        if (!lhr) throw new Error(`Lighthouse (${preset}) returned no report`);
        if (lhr.runtimeError) throw new Error(`Lighthouse (${preset}): ${lhr.runtimeError.message}`);
        figures.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          totalBlockingTimeMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
          largestContentfulPaintMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        });
      }
      result[preset] = {
        performance: median(figures.map((f) => f.performance)),
        totalBlockingTimeMs: median(figures.map((f) => f.totalBlockingTimeMs)),
        cumulativeLayoutShift: median(figures.map((f) => f.cumulativeLayoutShift)),
        largestContentfulPaintMs: median(figures.map((f) => f.largestContentfulPaintMs)),
      };
    }
    return result;
  } finally {
    chrome.kill();
  }
}
