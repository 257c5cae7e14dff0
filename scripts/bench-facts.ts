/**
 * Sentence-pair benchmark: `npm run -s bench:facts [file.jsonl]`.
 * Input lines `{"id","a","b","label"}` with label `same` | `different` | `conflict` (a missing label
 * counts as different; MSR-style `"label": 1|0` and `"quality"` also work). Positives are `same`
 * and `conflict`. Prints precision, recall, F1 and accuracy of the `same` decision, accuracy of
 * conflict detection on the positives the scorer found, a threshold sweep, and time per pair.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explainPair } from '../src/analysis/align/pair.ts';
import { PAIR_MODEL } from '../src/analysis/align/pair-model.ts';
import { benchArgs, fail } from './bench-args.ts';

interface Row {
  id: string;
  a: string;
  b: string;
  label: 'same' | 'different' | 'conflict';
}

const args = benchArgs();
const file = args.paths[0] ?? fileURLToPath(new URL('../src/analysis/align/__fixtures__/pairs.jsonl', import.meta.url));
const rows: Row[] = [];
for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch {
    fail(`${file}:${n + 1}: not JSON`);
  }
  if (typeof raw.a !== 'string' || typeof raw.b !== 'string') {
    fail(`${file}:${n + 1}: needs string fields "a" and "b"`);
  }
  const l = raw.label ?? raw.quality;
  const label = l === 'same' || l === 'conflict' ? l : l === 1 || l === '1' || l === true ? 'same' : 'different';
  rows.push({ id: String(raw.id ?? n + 1), a: raw.a, b: raw.b, label });
}

const started = performance.now();
const results = rows.map((r) => ({ row: r, result: explainPair(r.a, r.b) }));
const elapsed = performance.now() - started;

function measure(threshold: number) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const { row, result } of results) {
    const gold = row.label !== 'different';
    const pred = result.score >= threshold;
    if (gold && pred) tp++;
    else if (!gold && pred) fp++;
    else if (gold && !pred) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { tp, fp, fn, tn, precision, recall, f1, accuracy: (tp + tn) / (rows.length || 1) };
}

const pct = (x: number) => (100 * x).toFixed(1);
const m = measure(PAIR_MODEL.threshold);
console.log(`file: ${file}`);
console.log(
  `pairs: ${rows.length} (same ${rows.filter((r) => r.label === 'same').length}, conflict ${rows.filter((r) => r.label === 'conflict').length}, different ${rows.filter((r) => r.label === 'different').length})`,
);
console.log(`threshold: ${PAIR_MODEL.threshold}`);
console.log(
  `same (same+conflict positive): precision ${pct(m.precision)}%  recall ${pct(m.recall)}%  F1 ${pct(m.f1)}%  accuracy ${pct(m.accuracy)}%  (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`,
);

// Conflict detection, judged where both the gold label and the scorer say "same fact".
const found = results.filter(({ row, result }) => row.label !== 'different' && result.same);
if (found.length && rows.some((r) => r.label === 'conflict')) {
  let right = 0,
    cTp = 0,
    cFp = 0,
    cFn = 0;
  for (const { row, result } of found) {
    const gold = row.label === 'conflict';
    const pred = result.differences.length > 0;
    if (gold === pred) right++;
    if (gold && pred) cTp++;
    if (!gold && pred) cFp++;
    if (gold && !pred) cFn++;
  }
  console.log(
    `conflict detection on ${found.length} linked positives: accuracy ${pct(right / found.length)}%  (conflicts found ${cTp}, false alarms ${cFp}, missed ${cFn})`,
  );
}
console.log(`time: ${(elapsed / (rows.length || 1)).toFixed(3)} ms/pair (${elapsed.toFixed(0)} ms total)`);
console.log('threshold sweep (F1 / accuracy):');
console.log(
  '  ' +
    [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
      .map((t) => {
        const x = measure(t);
        return `${t}: ${pct(x.f1)}/${pct(x.accuracy)}`;
      })
      .join('  '),
);
if (args.flag('--errors')) {
  for (const { row, result } of results) {
    const wrongSame = (row.label !== 'different') !== result.same;
    const wrongKind = row.label !== 'different' && result.same && (row.label === 'conflict') !== result.differences.length > 0;
    if (wrongSame || wrongKind)
      console.log(
        `${row.id} ${row.label} → ${result.score} ${result.same ? 'same' : 'different'} ${result.differences.join('; ')}\n  A: ${row.a}\n  B: ${row.b}`,
      );
  }
}
