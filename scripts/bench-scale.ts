/**
 * Scale benchmark: `npm run -s bench:scale`. Generates 2, 4, 8, 10 and 16 synthetic reports of
 * ~5,000 words each and times `findFacts` alone and the whole `compareReports` pipeline.
 * The generator lives in synthetic-reports.ts.
 */
import { findFacts } from '../src/analysis/align/facts.ts';
import { compareReports } from '../src/analysis/compare.ts';
import { segmentReport } from '../src/analysis/text/segment-report.ts';
import { makeReports } from './synthetic-reports.ts';

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const x = f();
  return [x, performance.now() - t];
}

// Warm up the JIT and the stem cache on a small input so the first row is not all start-up cost.
findFacts(makeReports(2, 1000, 7).map(segmentReport));

console.log('reports  words   sentences  facts  findFacts ms  compareReports ms  ms per 1k words');
for (const count of [2, 4, 8, 10, 16]) {
  const reports = makeReports(count, 5000);
  const words = reports.reduce((s, rep) => s + rep.paragraphs.join(' ').split(/\s+/).length, 0);
  const segmented = reports.map(segmentReport);
  const sentences = segmented.reduce((s, rep) => s + rep.sentences.length, 0);
  const [facts, tFacts] = time(() => findFacts(segmented));
  const [, tAll] = time(() => compareReports(reports));
  console.log(
    `${String(count).padStart(7)}  ${String(words).padStart(6)}  ${String(sentences).padStart(9)}  ${String(facts.length).padStart(5)}  ${tFacts.toFixed(0).padStart(12)}  ${tAll.toFixed(0).padStart(17)}  ${(tFacts / (words / 1000)).toFixed(2).padStart(15)}`,
  );
}
