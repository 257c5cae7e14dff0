/**
 * Real multi-outlet news compared as a reader compares it: `npm run -s bench:news [--per N] [--train] [--errors]`.
 *
 * ECB+ dev (`../shared/data/ecbplus/`, never the held-out test topics) holds, per subtopic, articles
 * from many outlets about one real event. Each subtopic's articles, in groups of N (default 3, the
 * reports a reader brings), are compared with `compareReports`, the call the app's worker makes. The
 * links are scored on ECB+'s labelled sentence pairs inside each group: a `same-event` pair is a
 * link a reader expects, a `same-story` pair (same story, another event: "the quake struck" /
 * "rescuers searched") is one they do not. ECB+'s "same event" is looser than "same fact", so the
 * recall here is a floor; a linked `same-story` pair is a wrong link. The `pairs` decision (two
 * sentences and nothing else) is scored on the same pairs beside it, and so is the app's own pair
 * decision before sentences are grouped into facts.
 */
import { existsSync } from 'node:fs';
import { compareReports } from '../src/analysis/compare.ts';
import { pairEvidence } from '../src/analysis/align/evidence.ts';
import { storySentences } from '../src/analysis/align/facts.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/analysis/align/options.ts';
import { explainPair } from '../src/analysis/align/pair.ts';
import { PAIR_MODELS, scoreEvidence } from '../src/analysis/align/pair-model.ts';
import { benchArgs, fail } from './bench-args.ts';
import { bySubtopic, ecbReport, ecbplusFile, readEcbDocs, readEcbPairs, splitRef, type EcbDoc } from './ecbplus-data.ts';

const args = benchArgs();
const perIndex = process.argv.indexOf('--per');
const PER = perIndex >= 0 ? Number(process.argv[perIndex + 1]) : 3;
if (!Number.isInteger(PER) || PER < 2) fail('--per takes a whole number of reports, 2 or more');
/** `--train`: ECB+ train instead, for choosing anything this bench measures (dev is for reporting). */
const SPLIT = args.flag('--train') ? 'train' : 'dev';
const docsFile = ecbplusFile(`docs-${SPLIT}.jsonl`);
const pairsFile = ecbplusFile(`pairs-${SPLIT}.jsonl`);
if (!existsSync(docsFile) || !existsSync(pairsFile)) {
  fail(`bench:news: ${docsFile} not found (ECB+ lives in ../shared/data/ecbplus beside the repository)`);
}

const docs = readEcbDocs(docsFile);
const pairs = readEcbPairs(pairsFile);

const groups: EcbDoc[][] = [];
const subtopics = bySubtopic(docs);
for (const list of subtopics.values()) {
  for (let i = 0; i + 1 < list.length; i += PER) groups.push(list.slice(i, i + PER));
}

const tally = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const app = tally();
const story = tally();
const pair = tally();
const count = (t: ReturnType<typeof tally>, linked: boolean, label: number) => {
  if (linked) t[label ? 'tp' : 'fp']++;
  else t[label ? 'fn' : 'tn']++;
};
const errors: string[] = [];
let ms = 0;
for (const group of groups) {
  const started = performance.now();
  const cmp = compareReports(group.map(ecbReport));
  ms += performance.now() - started;
  // Sentence → the facts it is in, keyed `doc:paragraph` (one ECB+ sentence may be segmented in two).
  const factsAt = new Map<string, Set<string>>();
  for (const fact of cmp.facts) {
    for (const m of fact.mentions) {
      const report = cmp.reports.find((r) => r.id === m.report)!;
      const paragraph = report.sentences.find((s) => s.id === m.sentence)!.paragraph;
      const key = `${m.report}:${paragraph}`;
      factsAt.set(key, (factsAt.get(key) ?? new Set()).add(fact.id));
    }
  }
  const { indexed } = storySentences(cmp.reports, DEFAULT_ALIGN_OPTIONS);
  const vectorAt = (ref: string) => {
    const { doc, paragraph } = splitRef(ref);
    const r = cmp.reports.findIndex((x) => x.id === doc);
    const i = cmp.reports[r]!.sentences.findIndex((x) => x.paragraph === paragraph);
    return indexed.find((x) => x.report === r && x.index === i)?.vector;
  };
  const ids = new Set(group.map((d) => d.id));
  for (const p of pairs) {
    if (p.kind !== 'same-event' && p.kind !== 'same-story') continue;
    if (!ids.has(splitRef(p.a_ref).doc) || !ids.has(splitRef(p.b_ref).doc)) continue;
    const [fa, fb] = [factsAt.get(p.a_ref), factsAt.get(p.b_ref)];
    const linked = !!fa && !!fb && [...fa].some((f) => fb.has(f));
    count(app, linked, p.label);
    const [va, vb] = [vectorAt(p.a_ref), vectorAt(p.b_ref)];
    const storyScore = va && vb ? scoreEvidence(pairEvidence(va, vb, false), PAIR_MODELS.story, 'story') : 0;
    count(story, storyScore >= PAIR_MODELS.story.threshold, p.label);
    count(pair, explainPair(p.a, p.b).same, p.label);
    if (linked !== (p.label === 1)) errors.push(`${linked ? 'FP' : 'FN'} ${p.a_ref} | ${p.b_ref}\n    ${p.a}\n    ${p.b}`);
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const line = (name: string, t: ReturnType<typeof tally>) => {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const wrong = t.fp / (t.fp + t.tn || 1);
  return `${name}: precision ${pct(p)}  recall ${pct(r)}  F1 ${pct((2 * p * r) / (p + r || 1))}  same-story pairs linked ${pct(wrong)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`;
};
if (args.flag('--errors')) console.log(errors.join('\n'));
console.log(
  `ECB+ ${SPLIT}: ${groups.length} groups of up to ${PER} articles from ${subtopics.size} subtopics, ${app.tp + app.fp + app.fn + app.tn} labelled pairs inside them`,
);
console.log(line('app (compareReports)', app));
console.log(line('story decision      ', story) + "  (the app's pair decision before facts are formed)");
console.log(line('pairs decision      ', pair));
console.log(`compareReports: ${Math.round(ms)} ms for ${groups.length} groups`);
