/**
 * Multi-report story benchmark: `npm run -s bench:stories [dir] [--errors] [--json]`.
 * Each `<slug>.json` in the directory (default `src/analysis/align/__fixtures__/stories`) holds three
 * reports of one event with gold `links` (sentence pairs stating the same fact) and `conflicts`
 * (linked pairs with different values). References are `"<report id>: <exact substring>"` and must
 * match exactly one sentence of that report. Runs `compareReports` on each story and scores the
 * sentence pairs it links (every cross-report pair of mentions within one fact) against the gold.
 */
import { compareReports } from '../src/analysis/compare.ts';
import { benchArgs, fail } from './bench-args.ts';
import { readStories, resolveRef, STORIES_DIR, storyReports } from './stories-data.ts';

interface Pair {
  key: string;
  score: number;
}

const args = benchArgs();
const dir = args.paths[0] ?? STORIES_DIR;
const showErrors = args.flag('--errors');
const { json: asJson, log } = args;
const pct = (x: number) => (100 * x).toFixed(1);
/** Unordered pair key of two sentences `reportId:sentenceId`. */
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const prf = (tp: number, gold: number, pred: number) => {
  const p = tp / (pred || 1),
    r = tp / (gold || 1);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r || 1) };
};

const stories = readStories(dir);
if (!stories.length) fail(`${dir}: no .json stories`);
const allPairs: (Pair & { gold: boolean })[] = [];
const total = { gold: 0, predicted: 0, tp: 0, goldConflicts: 0, conflictsFound: 0, conflictFacts: 0, inventedConflicts: 0 };
// The story model is fitted on one half (see stories-data.ts): the other half is reported apart.
const byHalf = { fit: { gold: 0, predicted: 0, tp: 0 }, 'held-out': { gold: 0, predicted: 0, tp: 0 } };

for (const { file, half, story } of stories) {
  const reports = storyReports(story, file);
  const cmp = compareReports(reports);
  const textOf = new Map<string, string>();
  for (const r of cmp.reports) for (const s of r.sentences) textOf.set(`${r.id}:${s.id}`, s.text);
  const show = (key: string) =>
    key
      .split('|')
      .map((k) => `    ${k}  ${textOf.get(k)}`)
      .join('\n');

  const resolve = (ref: string): string => {
    try {
      const { report, sentence } = resolveRef(cmp.reports, ref, file);
      return `${cmp.reports[report]!.id}:${cmp.reports[report]!.sentences[sentence]!.id}`;
    } catch (error) {
      return fail((error as Error).message);
    }
  };
  const goldPair = (p: { a: string; b: string }) => {
    const a = resolve(p.a),
      b = resolve(p.b);
    if (a.split(':')[0] === b.split(':')[0]) fail(`${file}: "${p.a}" and "${p.b}" are in the same report`);
    return pairKey(a, b);
  };
  const gold = new Set(story.links.map(goldPair));
  const goldConflicts = new Map(story.conflicts.map((c) => [goldPair(c), c.what] as const));
  for (const [k] of goldConflicts) if (!gold.has(k)) fail(`${file}: conflict ${k} is not also in links`);

  // Predicted pairs: every cross-report pair of mentions within one fact, scored by the fact's score.
  const predicted = new Map<string, number>();
  const conflictPairs = new Set<string>();
  const invented: string[] = [];
  for (const fact of cmp.facts) {
    const keys: string[] = [];
    fact.mentions.forEach((x, i) =>
      fact.mentions.slice(i + 1).forEach((y) => {
        if (x.report !== y.report) keys.push(pairKey(`${x.report}:${x.sentence}`, `${y.report}:${y.sentence}`));
      }),
    );
    for (const k of keys) predicted.set(k, Math.max(predicted.get(k) ?? 0, fact.score));
    if (fact.kind !== 'conflict') continue;
    for (const k of keys) conflictPairs.add(k);
    if (!keys.some((k) => goldConflicts.has(k))) {
      invented.push(
        `  ${fact.id} (${fact.differences.join('; ')}):\n${fact.mentions.map((m) => `    ${m.report}:${m.sentence}  ${textOf.get(`${m.report}:${m.sentence}`)}`).join('\n')}`,
      );
    }
  }
  const tp = [...predicted.keys()].filter((k) => gold.has(k)).length;
  const found = [...goldConflicts.keys()].filter((k) => conflictPairs.has(k)).length;
  const conflictFacts = cmp.facts.filter((f) => f.kind === 'conflict').length;
  for (const [key, score] of predicted) allPairs.push({ key, score, gold: gold.has(key) });
  const s = prf(tp, gold.size, predicted.size);
  byHalf[half].gold += gold.size;
  byHalf[half].predicted += predicted.size;
  byHalf[half].tp += tp;
  total.gold += gold.size;
  total.predicted += predicted.size;
  total.tp += tp;
  total.goldConflicts += goldConflicts.size;
  total.conflictsFound += found;
  total.conflictFacts += conflictFacts;
  total.inventedConflicts += invented.length;
  log(
    `${file.replace(/\.json$/, '').padEnd(18)} ${half === 'fit' ? 'fit ' : 'held'} gold ${String(gold.size).padStart(3)}  pred ${String(predicted.size).padStart(3)}  tp ${String(tp).padStart(3)}  P ${pct(s.precision).padStart(5)}  R ${pct(s.recall).padStart(5)}  F1 ${pct(s.f1).padStart(5)}  conflicts ${found}/${goldConflicts.size} found, ${invented.length} invented`,
  );
  if (showErrors) {
    for (const k of predicted.keys()) if (!gold.has(k)) log(`  FP ${k}\n${show(k)}`);
    for (const k of gold) if (!predicted.has(k)) log(`  FN ${k}${goldConflicts.has(k) ? ` (conflict: ${goldConflicts.get(k)})` : ''}\n${show(k)}`);
    for (const [k, what] of goldConflicts) if (predicted.has(k) && !conflictPairs.has(k)) log(`  conflict linked as shared (${what})\n${show(k)}`);
    for (const x of invented) log(`  invented conflict ${x.trimStart()}`);
  }
}

// Sweep the fact score: the best recall at which link precision is still at least 0.8.
allPairs.sort((x, y) => y.score - x.score);
let best = { recall: 0, threshold: null as number | null, precision: 0 };
let tpSoFar = 0;
allPairs.forEach((p, i) => {
  if (p.gold) tpSoFar++;
  if (i + 1 < allPairs.length && allPairs[i + 1]!.score === p.score) return; // take whole score ties
  const precision = tpSoFar / (i + 1),
    recall = tpSoFar / (total.gold || 1);
  if (precision >= 0.8 && recall > best.recall) best = { recall, threshold: p.score, precision };
});

const o = prf(total.tp, total.gold, total.predicted);
const summary = {
  stories: stories.length,
  ...total,
  precision: +o.precision.toFixed(4),
  recall: +o.recall.toFixed(4),
  f1: +o.f1.toFixed(4),
  recallAtP80: +best.recall.toFixed(4),
  thresholdAtP80: best.threshold,
};
if (asJson) console.log(JSON.stringify(summary));
for (const [half, h] of Object.entries(byHalf)) {
  const x = prf(h.tp, h.gold, h.predicted);
  if (h.gold)
    log(`${half.padEnd(8)} half: gold ${h.gold}  pred ${h.predicted}  tp ${h.tp}  precision ${pct(x.precision)}%  recall ${pct(x.recall)}%  F1 ${pct(x.f1)}%`);
}
log(
  `overall (${stories.length} stories): gold ${total.gold}  pred ${total.predicted}  tp ${total.tp}  precision ${pct(o.precision)}%  recall ${pct(o.recall)}%  F1 ${pct(o.f1)}%`,
);
log(
  `conflicts: ${total.conflictsFound}/${total.goldConflicts} gold conflicts found; ${total.conflictFacts} conflict facts predicted, ${total.inventedConflicts} invented`,
);
log(
  best.threshold === null
    ? 'pair recall at link precision ≥ 0.8: none (precision never reaches 0.8)'
    : `pair recall at link precision ≥ 0.8: ${pct(best.recall)}% (score ≥ ${best.threshold}, precision ${pct(best.precision)}%)`,
);
