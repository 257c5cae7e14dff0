/**
 * Fits the pair decision on ECB+ train: `npm run -s train:pairs`.
 *
 * 1. Event words: for every canonical stem, the share of train sentences holding it in which the
 *    annotators marked it as the shared event mention → `src/analysis/align/event-words.json`.
 * 2. Evidence (`PairEvidence`) for every train pair, scored exactly as `pairs --jsonl` scores it.
 * 3. Logistic regression (L2) over the evidence. Features are chosen by backward elimination on
 *    topic-grouped cross-validation over train (a feature stays only if dropping it costs average
 *    precision), never on dev.
 * 4. The threshold: the best out-of-fold train F1 whose false-positive rate on `same-kind-other-event` (two
 *    different events of one kind) stays within `MAX_OTHER_EVENT_FP`.
 * 5. Writes `src/analysis/align/pair-model.json`, then reports on dev: P/R/F1/AP, false positives by
 *    negative kind, and each kept feature's contribution (dev AP with the feature dropped and refitted).
 *
 * Reads `../shared/data/ecbplus/` beside the repository; never the held-out test topics (36–45).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { averagePrecision, ecbReport, ecbplusFile, readEcbDocs, readEcbPairs, splitRef, type EcbPair } from './ecbplus-data.ts';
import { readStories, resolveRef, storyReports } from './stories-data.ts';
import { tokenize } from '../src/analysis/text/tokenize.ts';
import { canonicalWord } from '../src/analysis/text/synonyms.ts';
import type { EvidenceName, PairEvidence } from '../src/analysis/align/evidence.ts';
import { STORY_ONLY, type PairModel } from '../src/analysis/align/pair-model.ts';
import type { IndexedSentence } from '../src/analysis/align/candidates.ts';
import type { SegmentedReport } from '../src/analysis/text/types.ts';

/**
 * The hard negatives (two events of one kind) may be linked at most this often, measured on train's
 * out-of-fold scores (topics the fit did not see). The goal for unseen news is 0.10, but the limit
 * set at 0.10 here came out at 0.13 on dev, and requiring it in every fold (0.02 on dev) gave up half
 * the recall: some topics are harder than train's average, hence the margin.
 */
const MAX_OTHER_EVENT_FP = 0.07;
/**
 * Each `same-kind-other-event` train pair counts this many times in the pair model's fit. The decision
 * is judged at a cap on exactly those pairs (two earthquakes, two DUI arrests), which the plain
 * log-loss weighs no more than an easy negative. Out-of-fold train F1 at the cap: 0.557 unweighted,
 * 0.560–0.561 for ×2 to ×6; 3 sits in that plateau. On dev (read only to report): F1 at the cap
 * 0.613 → 0.626, AP 0.758 → 0.763.
 */
const OTHER_EVENT_WEIGHT = 3;
/*
 * The pair model's features are the nine the elimination below chose before this weighting
 * (`--quick` refits them). Re-run with the weighting, elimination ended on other sets (selected by
 * plain or by weighted AP) whose out-of-fold train F1 at the cap was lower: 0.560 and 0.551 against
 * 0.561. Elimination by AP differences of ~0.001 is noisy; a rerun is only worth keeping when it
 * wins on that train figure.
 */
/** A stem needs this many train sentences before its event share is trusted. */
const MIN_EVENT_COUNT = 4;
const L2 = 1e-3;
/**
 * Each story pair counts this many ECB+ pairs. ECB+ has 23,000 pairs, the fitting stories about
 * 1,700: at 20 the stories' own labels ("same fact", the app's question) outweigh ECB+'s looser
 * "same event". Against 3, the held-out stories linked 37.7% of gold pairs at precision 0.85 instead
 * of 31.2% at 0.92 (chosen after seeing that half, so it is no longer blind for this constant).
 */
const STORY_WEIGHT = 20;
/**
 * Each labelled pair of whole ECB+ train articles (`linkExamples`) counts this many ECB+ pairs. Of 4,
 * 8, 15, 30 and 60, the best train recall at link precision 0.8 on the 50 labelled stories, with the
 * facts' grouping of late Nov 30 (47.6, 48.8, 48.3, 47.1, 45.8 %: flat, so the ECB+ pairs and the
 * stories keep a say); 60 had been best of 20, 60, 150 on 13 stories.
 */
const LINKS_WEIGHT = 8;
/**
 * …and the story threshold must give the facts at least this link precision on them (label 2 only):
 * the issue's operating point (recall at link precision 0.8), measured on whole real articles, where
 * quotes, background and other facts of the same event are what goes wrong. At the stories' bar alone
 * (0.29) those articles' links were right 52 % of the time.
 */
const LINKS_PRECISION = 0.8;
/**
 * The story threshold: the lowest at which the facts built on the fitting stories (what a reader
 * sees: complete linkage, one fact per claim) link sentence pairs with at least this precision.
 * The goal on unseen text is 0.8; the fitting stories flatter the model they trained (at the bare
 * 0.8 the bundled reports, real text from two outlets, showed facts joined by little more than the
 * story's cast and a shared month), hence the higher bar.
 */
const STORY_PRECISION = 0.9;
/** `--quick`: no feature selection; the pair model refits the features it already has (for trying evidence out). */
const QUICK = process.argv.includes('--quick');

const trainFile = ecbplusFile('pairs-train.jsonl');
const devFile = ecbplusFile('pairs-dev.jsonl');
if (!existsSync(trainFile)) {
  console.error(`train:pairs: ${trainFile} not found (ECB+ lives in ../shared/data/ecbplus beside the repository)`);
  process.exit(1);
}
const trainRows = readEcbPairs(trainFile);
const dev = existsSync(devFile) ? readEcbPairs(devFile) : [];
const here = (p: string) => fileURLToPath(new URL(`../src/analysis/align/${p}`, import.meta.url));

// 1. Event words.
const contentStems = (text: string) =>
  new Set(
    tokenize(text)
      .filter((t) => !t.stop && t.value === undefined)
      .map((t) => canonicalWord(t)),
  );
const triggerStems = new Map<string, Set<string>>();
const sentenceStems = new Map<string, Set<string>>();
for (const r of trainRows as (EcbPair & { a_ref: string; b_ref: string; a_trigger?: string; b_trigger?: string })[]) {
  if (r.label !== 1) continue;
  for (const [ref, text, trig] of [
    [r.a_ref, r.a, r.a_trigger],
    [r.b_ref, r.b, r.b_trigger],
  ] as const) {
    sentenceStems.set(ref, contentStems(text));
    const set = triggerStems.get(ref) ?? new Set<string>();
    for (const w of (trig ?? '').split(/\s*[|/]\s*/)) for (const s of contentStems(w)) set.add(s);
    triggerStems.set(ref, set);
  }
}
const seen = new Map<string, number>();
const asEvent = new Map<string, number>();
for (const [ref, stems] of sentenceStems) {
  for (const s of stems) {
    seen.set(s, (seen.get(s) ?? 0) + 1);
    if (triggerStems.get(ref)!.has(s)) asEvent.set(s, (asEvent.get(s) ?? 0) + 1);
  }
}
let allSeen = 0;
let allEvent = 0;
const weights: Record<string, number> = {};
for (const [s, n] of [...seen].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  allSeen += n;
  allEvent += asEvent.get(s) ?? 0;
  // Smoothed towards zero: a word seen four times as the event is not yet "always the event".
  const share = (asEvent.get(s) ?? 0) / (n + 1);
  if (n >= MIN_EVENT_COUNT && share >= 0.1) weights[s] = Math.round(share * 100) / 100;
}
const unseen = Math.round((allEvent / allSeen) * 100) / 100;
writeFileSync(here('event-words.json'), JSON.stringify({ unseen, weights }) + '\n');
console.log(`event words: ${Object.keys(weights).length} stems (unseen ${unseen})`);

// 2. Evidence, after the event words are written (the modules read them when imported).
const { explainPair } = await import('../src/analysis/align/pair.ts');

/** Pair context: IDF from the two sentences and the English prior, as `pairs --jsonl` computes it. */
const pairEvidence = (rows: EcbPair[]) => rows.map((r) => explainPair(r.a, r.b).evidence);

// 3. Logistic regression by Newton's method (a few features: the Hessian is tiny).
function fit(xs: PairEvidence[], ys: number[], names: EvidenceName[], ws?: number[]): { bias: number; w: number[] } {
  const d = names.length + 1;
  const beta = new Array<number>(d).fill(0);
  const row = (x: PairEvidence) => [1, ...names.map((n) => x[n])];
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    let n = 0;
    xs.forEach((x, i) => {
      const v = row(x);
      const sw = ws?.[i] ?? 1;
      n += sw;
      const p = 1 / (1 + Math.exp(-v.reduce((s, xi, k) => s + xi * beta[k]!, 0)));
      const r = sw * p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a]! += sw * (p - ys[i]!) * v[a]!;
        for (let b = 0; b < d; b++) h[a]![b]! += r * v[a]! * v[b]!;
      }
    });
    for (let a = 1; a < d; a++) {
      g[a]! += L2 * n * beta[a]!;
      h[a]![a]! += L2 * n;
    }
    const step = solve(h, g);
    let moved = 0;
    for (let a = 0; a < d; a++) {
      beta[a]! -= step[a]!;
      moved = Math.max(moved, Math.abs(step[a]!));
    }
    if (moved < 1e-6) break;
  }
  return { bias: beta[0]!, w: beta.slice(1) };
}

function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((r, i) => [...r, v[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const piv = a[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / piv;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((r, i) => r[n]! / (r[i]! || 1e-12));
}

const pairWeight = (r: EcbPair) => (r.kind === 'same-kind-other-event' ? OTHER_EVENT_WEIGHT : 1);

const score = (m: { bias: number; w: number[] }, names: EvidenceName[], x: PairEvidence) =>
  1 / (1 + Math.exp(-(m.bias + names.reduce((s, n, k) => s + m.w[k]! * x[n], 0))));

interface Split {
  rows: EcbPair[];
  x: PairEvidence[];
}

const folds = 5;
/** Topic-grouped folds: every pair of one topic falls in the same fold. */
const foldsOf = new WeakMap<Split, number[]>();
function foldOf(t: Split, i: number): number {
  let f = foldsOf.get(t);
  if (!f) {
    const topics = [...new Set(t.rows.map((r) => r.topic))].sort((a, b) => a - b);
    foldsOf.set(t, (f = t.rows.map((r) => topics.indexOf(r.topic) % folds)));
  }
  return f[i]!;
}

/**
 * Out-of-fold scores on train: each topic scored by a model fitted without it (5 topic-grouped
 * folds), so the scores look like scores on topics the model never saw.
 */
function outOfFold(t: Split, names: EvidenceName[]): number[] {
  const out = new Array<number>(t.rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const fitIdx = t.rows.map((_, i) => i).filter((i) => foldOf(t, i) !== f);
    const m = fit(
      fitIdx.map((i) => t.x[i]!),
      fitIdx.map((i) => t.rows[i]!.label),
      names,
      fitIdx.map((i) => pairWeight(t.rows[i]!)),
    );
    t.rows.forEach((_, i) => {
      if (foldOf(t, i) === f) out[i] = score(m, names, t.x[i]!);
    });
  }
  return out;
}

/** Topic-grouped cross-validated AP on train: what selection looks at. */
function cvAp(t: Split, names: EvidenceName[]): number {
  const oof = outOfFold(t, names);
  return averagePrecision(t.rows.map((r, i) => ({ score: oof[i]!, label: r.label })));
}

function measure(rows: EcbPair[], scores: number[], t: number) {
  let tp = 0,
    fp = 0,
    fn = 0;
  const neg = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    const same = scores[i]! >= t;
    if (r.label === 1) {
      if (same) tp++;
      else fn++;
      return;
    }
    const k = neg.get(r.kind) ?? [0, 0];
    k[0]++;
    if (same) {
      k[1]++;
      fp++;
    }
    neg.set(r.kind, k);
  });
  const p = tp / (tp + fp || 1);
  const rc = tp / (tp + fn || 1);
  return { p, r: rc, f1: (2 * p * rc) / (p + rc || 1), neg };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Selects features, fits, picks the threshold (best out-of-fold train F1 within `maxOtherEventFp`), reports on dev. */
function train(label: string, t: Split, d: Split, maxOtherEventFp: number): PairModel {
  console.log(`\n== ${label}: ${t.rows.length} train pairs, ${d.rows.length} dev pairs`);
  const current = (JSON.parse(readFileSync(here('pair-model.json'), 'utf8')) as { pair?: PairModel }).pair;
  let kept =
    QUICK && current ? (Object.keys(current.weights) as EvidenceName[]) : (Object.keys(t.x[0]!) as EvidenceName[]).filter((n) => !STORY_ONLY.includes(n));
  let best = QUICK ? 0 : cvAp(t, kept);
  if (!QUICK) console.log(`cross-validated train AP, all ${kept.length} features: ${best.toFixed(4)}`);
  while (!QUICK) {
    let drop: EvidenceName | undefined;
    let dropAp = -1;
    for (const n of kept) {
      const ap = cvAp(
        t,
        kept.filter((k) => k !== n),
      );
      if (ap > dropAp) {
        dropAp = ap;
        drop = n;
      }
    }
    // A feature stays when dropping it costs more than a rounding error of AP.
    if (!drop || dropAp < best - 0.001) break;
    console.log(`  drop ${drop}: cv AP ${dropAp.toFixed(4)}`);
    kept = kept.filter((k) => k !== drop);
    best = Math.max(best, dropAp);
  }
  const m = fit(
    t.x,
    t.rows.map((r) => r.label),
    kept,
    t.rows.map(pairWeight),
  );
  // Chosen on out-of-fold scores: on topics it was fitted on, the model looks surer than it will be.
  const trainScores = outOfFold(t, kept);
  let threshold = 0.5;
  let bestF1 = -1;
  for (let th = 0.05; th < 0.95; th += 0.005) {
    const q = measure(t.rows, trainScores, th);
    const [n, fp] = q.neg.get('same-kind-other-event') ?? [1, 0];
    if (fp / n <= maxOtherEventFp && q.f1 > bestF1) {
      bestF1 = q.f1;
      threshold = round(th);
    }
  }
  const model: PairModel = { bias: round(m.bias), weights: Object.fromEntries(kept.map((n, k) => [n, round(m.w[k]!)])), threshold };
  console.log(`model: ${JSON.stringify(model)}`);
  console.log(`out-of-fold train F1 ${bestF1.toFixed(3)} at threshold ${threshold}`);
  if (!d.rows.length) return model;
  const devScores = d.x.map((x) => score(m, kept, x));
  const q = measure(d.rows, devScores, threshold);
  const ap = averagePrecision(d.rows.map((r, i) => ({ score: devScores[i]!, label: r.label })));
  console.log(`dev: precision ${q.p.toFixed(3)} recall ${q.r.toFixed(3)} F1 ${q.f1.toFixed(3)} AP ${ap.toFixed(3)}`);
  for (const [k, [n, fp]] of q.neg) console.log(`  false-positive rate ${k}: ${(fp / n).toFixed(3)}`);
  if (QUICK) {
    for (const th of [0.3, 0.4, 0.5, 0.6]) {
      const x = measure(d.rows, devScores, th);
      const o = x.neg.get('same-kind-other-event');
      console.log(`  at ${th}: P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}${o ? ` other-event FP ${(o[1] / o[0]).toFixed(3)}` : ''}`);
    }
    return model;
  }
  console.log('contribution on dev (AP lost when the feature is dropped and the rest refitted on train):');
  for (const n of kept) {
    const rest = kept.filter((k) => k !== n);
    const mm = fit(
      t.x,
      t.rows.map((r) => r.label),
      rest,
      t.rows.map(pairWeight),
    );
    const apWithout = averagePrecision(d.rows.map((r, i) => ({ score: score(mm, rest, d.x[i]!), label: r.label })));
    console.log(`  ${n.padEnd(14)} ${(ap - apWithout >= 0 ? '+' : '') + (ap - apWithout).toFixed(4)}`);
  }
  return model;
}

const trainX = pairEvidence(trainRows);
const pair = train('ECB+ pairs', { rows: trainRows, x: trainX }, { rows: dev, x: pairEvidence(dev) }, MAX_OTHER_EVENT_FP);

// 6. The story model: ECB+ train plus the fitting half of the multi-outlet stories, scored as the
//    app scores them (IDF over the story's reports), without the evidence the story context ignores.
const { storySentences } = await import('../src/analysis/align/facts.ts');
const { pairEvidence: evidenceOf, leadEvidence } = await import('../src/analysis/align/evidence.ts');
const { DEFAULT_ALIGN_OPTIONS } = await import('../src/analysis/align/options.ts');
const { EVENT_SEPARATING, PAIR_MODELS, scoreEvidence } = await import('../src/analysis/align/pair-model.ts');
const { findFacts } = await import('../src/analysis/align/facts.ts');
const { segmentReport } = await import('../src/analysis/text/segment-report.ts');
const { labelledStories, linkScore, pairOf } = await import('./links-data.ts');

function storyExamples(half: 'fit' | 'held-out'): { x: PairEvidence[]; y: number[] } {
  const x: PairEvidence[] = [];
  const y: number[] = [];
  for (const { file, half: h, story } of readStories()) {
    if (h !== half) continue;
    const reports = storyReports(story, file).map(segmentReport);
    const { indexed } = storySentences(reports, DEFAULT_ALIGN_OPTIONS);
    const at = (ref: string) => {
      const { report, sentence } = resolveRef(reports, ref, file);
      return indexed.findIndex((s) => s.report === report && s.index === sentence);
    };
    const gold = new Set(story.links.map((l) => [at(l.a), at(l.b)].sort((p, q) => p - q).join(' ')));
    for (let i = 0; i < indexed.length; i++) {
      for (let j = i + 1; j < indexed.length; j++) {
        if (indexed[i]!.report === indexed[j]!.report) continue;
        x.push(evidenceOf(indexed[i]!.vector, indexed[j]!.vector));
        y.push(gold.has(`${i} ${j}`) ? 1 : 0);
      }
    }
  }
  return { x, y };
}

/** Precision of the sentence pairs the facts link on one half of the stories, at a link threshold. */
function factPrecision(half: 'fit' | 'held-out', threshold: number): number {
  let tp = 0;
  let linked = 0;
  for (const { file, half: h, story } of readStories()) {
    if (h !== half) continue;
    const reports = storyReports(story, file).map(segmentReport);
    const key = (r: number, s: number) => `${r}:${s}`;
    const gold = new Set(
      story.links.flatMap((l) => {
        const [a, b] = [resolveRef(reports, l.a, file), resolveRef(reports, l.b, file)];
        return [`${key(a.report, a.sentence)} ${key(b.report, b.sentence)}`, `${key(b.report, b.sentence)} ${key(a.report, a.sentence)}`];
      }),
    );
    const index = new Map(reports.flatMap((r, ri) => r.sentences.map((x, si) => [`${r.id}:${x.id}`, key(ri, si)] as const)));
    for (const fact of findFacts(reports, { threshold })) {
      const ms = [...new Set(fact.mentions.map((m) => index.get(`${m.report}:${m.sentence}`)!))];
      ms.forEach((x, i) =>
        ms.slice(i + 1).forEach((y) => {
          if (x.split(':')[0] === y.split(':')[0]) return;
          linked++;
          if (gold.has(`${x} ${y}`)) tp++;
        }),
      );
    }
  }
  return tp / (linked || 1);
}

/** The labelled whole train articles (`bench:links --train`), read once: the threshold search asks of them again and again. */
const linkStories = labelledStories('train') ?? [];

/**
 * ECB+ train pairs as the app scores them: a same-story pair's two articles compared as one story
 * (IDF over both, names over each whole article, captions and fragments out). Fitted on `pairs`-style
 * evidence instead, the story model learned from IDF over two sentences what it applies to IDF over
 * whole reports, where the words every report repeats weigh little: ECB+ dev compared in threes
 * (`bench:news`) linked 48.0 % of same-event pairs at precision 90.5 % that way, 50.9 % at 93.6 % this
 * way; the fitting stories 56.3 % → 58.7 %. Pairs of two different events stay as `pairs` scores them
 * (a reader compares one story; there is no report pair to rebuild from them that the app would see).
 */
function storyContextEvidence(rows: EcbPair[], x: PairEvidence[]): PairEvidence[] {
  const docs = new Map(readEcbDocs(ecbplusFile('docs-train.jsonl')).map((d) => [d.id, d] as const));
  const stories = new Map<string, { reports: SegmentedReport[]; indexed: IndexedSentence[] }>();
  return rows.map((row, i) => {
    const [a, b] = [splitRef(row.a_ref), splitRef(row.b_ref)];
    // Scored as a pair, each sentence would open its own report; its place in its article is known.
    const placed = { ...x[i]!, lead: leadEvidence(a.paragraph, b.paragraph) };
    if (row.kind === 'same-kind-other-event') return placed;
    const key = `${a.doc} ${b.doc}`;
    let story = stories.get(key);
    if (!story) {
      const reports = [a.doc, b.doc].map((id) => segmentReport(ecbReport(docs.get(id)!)));
      story = { reports, indexed: storySentences(reports, DEFAULT_ALIGN_OPTIONS).indexed };
      stories.set(key, story);
    }
    const at = (report: number, paragraph: number) => {
      const index = story!.reports[report]!.sentences.findIndex((s) => s.paragraph === paragraph);
      return story!.indexed.find((s) => s.report === report && s.index === index)?.vector;
    };
    const [va, vb] = [at(0, a.paragraph), at(1, b.paragraph)];
    return va && vb ? evidenceOf(va, vb, false) : placed;
  });
}
/**
 * The labelled pairs of whole ECB+ train articles (`bench:links`): every pair the candidate search
 * scores above 0.2, quotes and background included, which ECB+'s annotated sentences never show.
 * Label 2 (the same fact) is a positive; the same event stating another fact is not.
 */
function linkExamples(): { x: PairEvidence[]; y: number[] } {
  const x: PairEvidence[] = [];
  const y: number[] = [];
  for (const story of linkStories) {
    for (const [k, grade] of story.labels) {
      const [i, j] = pairOf(story, k);
      x.push(evidenceOf(story.indexed[i]!.vector, story.indexed[j]!.vector));
      y.push(grade === 2 ? 1 : 0);
    }
  }
  return { x, y };
}
const storyTrainX = storyContextEvidence(trainRows, trainX);
const fitStories = storyExamples('fit');
const fitLinks = linkExamples();
const heldStories = storyExamples('held-out');
const storyNames = (Object.keys(trainX[0]!) as EvidenceName[]).filter((n) => !EVENT_SEPARATING.includes(n));
const ms = fit([...storyTrainX, ...fitStories.x, ...fitLinks.x], [...trainRows.map((r) => r.label), ...fitStories.y, ...fitLinks.y], storyNames, [
  ...trainRows.map(() => 1),
  ...fitStories.y.map(() => STORY_WEIGHT),
  ...fitLinks.y.map(() => LINKS_WEIGHT),
]);
/** Pair-level precision and recall of scores at a threshold. */
const pr = (scores: number[], ys: number[], t: number) => {
  let tp = 0,
    p = 0;
  scores.forEach((sc, i) => {
    if (sc >= t) {
      p++;
      tp += ys[i]!;
    }
  });
  return { precision: tp / (p || 1), recall: tp / (ys.reduce((a, b) => a + b, 0) || 1) };
};
const story: PairModel = { bias: round(ms.bias), weights: Object.fromEntries(storyNames.map((n, k) => [n, round(ms.w[k]!)])), threshold: 1 };
// Scored exactly as the app scores (scoreEvidence in the story context), then the threshold is chosen.
PAIR_MODELS.story = story;
for (let t = 0.7; t >= 0.2; t -= 0.01) {
  if (factPrecision('fit', round(t)) >= STORY_PRECISION && linkScore(linkStories, { threshold: round(t) }).precision >= LINKS_PRECISION)
    story.threshold = round(t);
}
const storyThreshold = story.threshold;
const heldScores = heldStories.x.map((x) => scoreEvidence(x, story, 'story'));
const q = pr(heldScores, heldStories.y, storyThreshold);
console.log(`\n== story: ECB+ train + ${fitStories.x.length} story pairs (×${STORY_WEIGHT})`);
console.log(`model: ${JSON.stringify(story)}`);
console.log(
  `facts' link precision at ${storyThreshold}: fitting stories ${factPrecision('fit', storyThreshold).toFixed(3)}, held-out ${factPrecision('held-out', storyThreshold).toFixed(3)}`,
);
const links = linkScore(linkStories, { threshold: storyThreshold });
console.log(
  `labelled whole train articles (${fitLinks.y.length} pairs ×${LINKS_WEIGHT}): facts' links at ${storyThreshold}: precision ${links.precision.toFixed(3)} recall ${links.recall.toFixed(3)}`,
);
console.log(
  `held-out stories, pairs before grouping: AP ${averagePrecision(heldScores.map((sc, i) => ({ score: sc, label: heldStories.y[i]! }))).toFixed(3)}, at ${storyThreshold}: precision ${q.precision.toFixed(3)} recall ${q.recall.toFixed(3)}`,
);
if (!QUICK) {
  // Reported, not used for selection: the held-out stories stay held out.
  console.log('contribution on the held-out stories (AP lost when the feature is dropped and the rest refitted):');
  const heldAp = averagePrecision(heldScores.map((sc, i) => ({ score: sc, label: heldStories.y[i]! })));
  for (const n of storyNames) {
    const rest = storyNames.filter((k) => k !== n);
    const mm = fit([...trainX, ...fitStories.x], [...trainRows.map((r) => r.label), ...fitStories.y], rest, [
      ...trainRows.map(() => 1),
      ...fitStories.y.map(() => STORY_WEIGHT),
    ]);
    const m2: PairModel = { bias: mm.bias, weights: Object.fromEntries(rest.map((k, j) => [k, mm.w[j]!])), threshold: 1 };
    const ap = averagePrecision(heldStories.x.map((x, i) => ({ score: scoreEvidence(x, m2, 'story'), label: heldStories.y[i]! })));
    console.log(`  ${n.padEnd(14)} ${(heldAp - ap >= 0 ? '+' : '') + (heldAp - ap).toFixed(4)}`);
  }
}
writeFileSync(here('pair-model.json'), JSON.stringify({ pair, story }, null, 2) + '\n');
