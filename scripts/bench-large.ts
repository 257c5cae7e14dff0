/**
 * Large-input benchmark: `npm run -s bench:large`. Two synthetic reports of growing size go
 * through what the app does with an import — parse the text, then the whole comparison — and the
 * script prints time and memory per size and the largest size that finishes under 5 s.
 * Memory: the growth of the V8 heap and of the resident set during the run (the worker's cost).
 */
import { compareReports } from '../src/analysis/compare.ts';
import { parseReport } from '../src/analysis/report/parse-report.ts';
import { makeReports } from './synthetic-reports.ts';

const BUDGET_MS = 5000;
const SIZES = [5_000, 10_000, 20_000, 40_000, 80_000, 160_000];
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

function asText(report: ReturnType<typeof makeReports>[number]): string {
  return [report.title, '', ...report.paragraphs.flatMap((p) => [p, ''])].join('\n');
}

console.log('words/report  text KB  parse ms  compare ms  total ms  heap +MB  rss MB');
let largest = 0;
for (const words of SIZES) {
  const texts = makeReports(2, words, 11).map(asText);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const reports = texts.map((t, i) => parseReport(t, { id: `r${i}` }));
  const t1 = performance.now();
  compareReports(reports);
  const t2 = performance.now();
  const { heapUsed, rss } = process.memoryUsage();
  const total = t2 - t0;
  const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
  console.log(
    `${String(words).padStart(12)}  ${kb.toFixed(0).padStart(7)}  ${(t1 - t0).toFixed(0).padStart(8)}  ${(t2 - t1).toFixed(0).padStart(10)}  ${total.toFixed(0).padStart(8)}  ${mb(heapUsed - heap0).padStart(8)}  ${mb(rss).padStart(6)}`,
  );
  if (total > BUDGET_MS) break;
  largest = words;
}
console.log(`largest input analysed under ${BUDGET_MS / 1000} s: 2 reports × ${largest.toLocaleString('en')} words`);
