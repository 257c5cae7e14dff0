/**
 * Browser bench: `npm run -s bench:browser` (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH).
 * Builds the app, writes a static page with the bundled reports' text into the build, serves it with
 * `vite preview` on its own port, and measures on the production build:
 * - Lighthouse's performance category, mobile and desktop presets, median of 3 runs each;
 * - first article text painted, the app as a multiple of the static page;
 * - with 8 synthetic reports of 5,000 words compared: the longest frame after the analysis result
 *   arrives, `j` (next fact) to next paint, and hovering a marked sentence to next paint.
 * Prints the figures beside the budgets of issue 12. Timings live here, never in tests: a loaded
 * machine would fail them. `--no-build` reuses dist/; `--runs N` sets the Playwright runs (first text 11, 8 reports 3 by default);
 * `--no-lighthouse` skips Lighthouse (its rows read n/a), for quicker rounds while working;
 * `--first-text-only` also skips the 8-report runs.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runLighthouse } from './browser-bench/lighthouse-runs.ts';
import { measurePages } from './browser-bench/page-timings.ts';
import { startPreview } from './browser-bench/preview-server.ts';
import { STATIC_PAGE, writeStaticPage } from './browser-bench/static-page.ts';
import { makeReports } from './synthetic-reports.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Not 4173: Playwright's e2e run reuses whatever answers there. */
const PORT = 4180;
const LIGHTHOUSE_RUNS = 3;
const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns >= 0 ? Number(process.argv[argRuns + 1]) : undefined;
/**
 * First text: 11 loads of each page by default. Its ratio is of two medians on a shared machine, and
 * medians of 5 moved between 1.0× and 1.7× from run to run; a load costs about a second.
 */
const TEXT_RUNS = RUNS ?? 11;
const MANY_RUNS = Math.max(1, Math.ceil((RUNS ?? 5) / 2));

if (!existsSync(CHROMIUM)) {
  console.error(`bench:browser needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'ignore' });
writeStaticPage('dist', 'seeds');

const server = await startPreview(PORT);
const NO_LIGHTHOUSE = { performance: NaN, totalBlockingTimeMs: NaN, cumulativeLayoutShift: NaN, largestContentfulPaintMs: NaN };
let lh: Awaited<ReturnType<typeof runLighthouse>>;
let pages: Awaited<ReturnType<typeof measurePages>>;
try {
  lh =
    process.argv.includes('--no-lighthouse') || process.argv.includes('--first-text-only')
      ? { mobile: NO_LIGHTHOUSE, desktop: NO_LIGHTHOUSE }
      : await runLighthouse(`${server.url}/`, CHROMIUM, LIGHTHOUSE_RUNS);
  pages = await measurePages({
    baseUrl: server.url,
    staticPath: STATIC_PAGE,
    chromePath: CHROMIUM,
    reports: makeReports(8, 5000),
    textRuns: TEXT_RUNS,
    manyRuns: process.argv.includes('--first-text-only') ? 0 : MANY_RUNS,
  });
} finally {
  server.stop();
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const s = (v: number) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'n/a');
const score = (v: number) => (Number.isFinite(v) ? String(v) : 'n/a');
const cls = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
/** A figure against its budget: "ok", or how many times over (under, for a score). */
const verdict = (value: number, budget: number, higherIsBetter = false) =>
  !Number.isFinite(value)
    ? 'n/a'
    : (higherIsBetter ? value >= budget : value <= budget)
      ? 'ok'
      : `${(higherIsBetter ? budget / value : value / budget).toFixed(2)}× over`;

const { manyReports: many } = pages;
const ratio = pages.firstTextMs.app / pages.firstTextMs.staticPage;
const rows: [string, string, string, string][] = [
  ['Lighthouse mobile: performance', score(lh.mobile.performance), '≥ 90', verdict(lh.mobile.performance, 90, true)],
  ['Lighthouse mobile: total blocking time', s(lh.mobile.totalBlockingTimeMs), '≤ 0.30 s', verdict(lh.mobile.totalBlockingTimeMs, 300)],
  ['Lighthouse mobile: layout shift (CLS)', cls(lh.mobile.cumulativeLayoutShift), '≤ 0.05', verdict(lh.mobile.cumulativeLayoutShift, 0.05)],
  ['Lighthouse mobile: largest paint (LCP)', s(lh.mobile.largestContentfulPaintMs), '', ''],
  ['Lighthouse desktop: performance', score(lh.desktop.performance), '≥ 98', verdict(lh.desktop.performance, 98, true)],
  ['Lighthouse desktop: layout shift (CLS)', cls(lh.desktop.cumulativeLayoutShift), '≤ 0.02', verdict(lh.desktop.cumulativeLayoutShift, 0.02)],
  [`first article text: app ${ms(pages.firstTextMs.app)}, static ${ms(pages.firstTextMs.staticPage)}`, `${ratio.toFixed(2)}×`, '≤ 1.5×', verdict(ratio, 1.5)],
  ['8 × 5k words: longest frame after the analysis arrives', ms(many.arrivalFrameMs), '≤ 150 ms', verdict(many.arrivalFrameMs, 150)],
  ['  of it style and layout', ms(many.arrivalStyleLayoutMs), '', ''],
  ['  arrival to the facts summary painted', ms(many.arrivalToSummaryMs), '', ''],
  ['  longest frame in the second after that', ms(many.afterArrivalFrameMs), '', ''],
  ['8 reports: `j` to next paint', ms(many.nextFactMs), '≤ 50 ms', verdict(many.nextFactMs, 50)],
  ['8 reports: hover to next paint, median / max', `${ms(many.hoverMedianMs)} / ${ms(many.hoverMaxMs)}`, '≤ 50 ms', verdict(many.hoverMaxMs, 50)],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['', 'today', 'budget', 'vs budget'][i]!.length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['', 'today', 'budget', 'vs budget']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(
  `Lighthouse: median of ${LIGHTHOUSE_RUNS}; page timings: median of ${TEXT_RUNS} (first text) and ${MANY_RUNS} (8 reports); Event Timing reports from 16 ms, long frames from 50 ms.`,
);
