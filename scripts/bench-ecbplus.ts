/**
 * ECB+ same-event benchmark: `npm run -s bench:ecbplus [split]` (split: dev, the default, or train).
 * Scores every pair with `explainPair` (what `pairs --jsonl` and the app use) and prints precision,
 * recall, F1 and average precision of the `same` decision, and the false-positive rate per negative
 * kind. Reads `../shared/data/ecbplus/` beside the repository; says so and exits 0 when it is missing.
 * Never point it at the test topics (36–45): they are held out.
 */
import { existsSync } from 'node:fs';
import { explainPair } from '../src/analysis/align/pair.ts';
import { benchArgs } from './bench-args.ts';
import { averagePrecision, ecbplusFile, readEcbPairs } from './ecbplus-data.ts';

const split = benchArgs().paths[0] ?? 'dev';
const file = ecbplusFile(`pairs-${split}.jsonl`);
if (!existsSync(file)) {
  console.log(`bench:ecbplus: ${file} not found (ECB+ lives in ../shared/data/ecbplus beside the repository); nothing measured.`);
  process.exit(0);
}
const rows = readEcbPairs(file);
const started = performance.now();
const scored = rows.map((r) => ({ ...r, ...explainPair(r.a, r.b) }));
const ms = performance.now() - started;

let tp = 0,
  fp = 0,
  fn = 0;
const negatives = new Map<string, { n: number; fp: number }>();
for (const r of scored) {
  if (r.label === 1) {
    if (r.same) tp++;
    else fn++;
    continue;
  }
  const k = negatives.get(r.kind) ?? { n: 0, fp: 0 };
  k.n++;
  if (r.same) {
    k.fp++;
    fp++;
  }
  negatives.set(r.kind, k);
}
const p = tp / (tp + fp || 1);
const rc = tp / (tp + fn || 1);
const f1 = (2 * p * rc) / (p + rc || 1);
const ap = averagePrecision(scored.map((r) => ({ score: r.score, label: r.label })));
const f = (x: number) => x.toFixed(3);
console.log(`ECB+ ${split}: ${rows.length} pairs (${tp + fn} positive)`);
console.log(`precision ${f(p)}  recall ${f(rc)}  F1 ${f(f1)}  AP ${f(ap)}  (tp ${tp} fp ${fp} fn ${fn})`);
for (const [kind, k] of negatives) console.log(`false-positive rate ${kind}: ${f(k.fp / k.n)} (${k.fp}/${k.n})`);
console.log(`time: ${(ms / rows.length).toFixed(3)} ms/pair`);
