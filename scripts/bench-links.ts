/**
 * Every link the app makes on whole real articles, judged by a reader:
 * `npm run -s bench:links [-- --train] [--curve] [--errors] [--unlabelled] [--json]`.
 *
 * `bench:news` scores only the sentence pairs ECB+ annotates (about two sentences per article), so a
 * link between two quotes, or two background sentences that share a small number, counts for nothing
 * there. Here, for 58 ECB+ stories (every train subtopic, and 8 dev; the first three articles of
 * each), every cross-article pair the candidate search finds with a story score of at least 0.2
 * (`links-pool.ts`; 21 stories drawn with the model of edbad3a, the other 37 train ones with that of
 * 7032984, and 2 links of a later model labelled by hand) was labelled by reading it with its
 * articles at hand (AI helpers working from one written brief, spot-checked by hand), into
 * `data/ecbplus-links.jsonl`:
 *   2 the same fact (a reader would link them), 1 the same event but another fact, 0 not the same.
 * Labels are keyed by `DOC:SENTENCE` and a hash of the sentence text, never the text itself (it stays
 * in `../shared/data/ecbplus/`). Precision is over the app's links (label 2 only, and labels 1–2);
 * recall is the share of the labelled same-fact pairs the app links: recall within the pool.
 * Choose on `--train`, report dev (the default). `--curve`: the story decision's precision and recall
 * per threshold, before facts are formed. `--unlabelled`: the app's links that have no label, as JSONL
 * for labelling (a change can make links the pool never held).
 */
import { pairEvidence } from '../src/analysis/align/evidence.ts';
import { PAIR_MODELS, scoreEvidence } from '../src/analysis/align/pair-model.ts';
import { benchArgs } from './bench-args.ts';
import { labelledStories, pairOf, sentenceRef, storyPairs } from './links-data.ts';

const args = benchArgs();
const SPLIT = args.flag('--train') ? 'train' : 'dev';
const stories = labelledStories(SPLIT);
if (!stories) {
  console.log('bench:links: ECB+ not found (it lives in ../shared/data/ecbplus beside the repository); nothing measured.');
  process.exit(0);
}

interface Judged {
  triple: string;
  score: number;
  linked: boolean;
  label: number | undefined;
  a: string;
  b: string;
}
const judged: Judged[] = [];
/** The labels of the closest wordings the reader offers (≈B) for sentences no fact holds. */
const offered: (number | undefined)[] = [];
const unlabelled: string[] = [];
let lost = 0;
for (const story of stories) {
  lost += story.lost;
  const { indexed, labels } = story;
  const { linked, related } = storyPairs(story);
  for (const k of related) offered.push(labels.get(k));
  for (const k of new Set([...linked, ...labels.keys()])) {
    const [x, y] = pairOf(story, k);
    const [a, b] = [sentenceRef(story, x), sentenceRef(story, y)];
    const score = scoreEvidence(pairEvidence(indexed[x]!.vector, indexed[y]!.vector, false), PAIR_MODELS.story, 'story');
    judged.push({ triple: story.triple, score, linked: linked.has(k), label: labels.get(k), a: a.text, b: b.text });
    if (linked.has(k) && !labels.has(k)) {
      unlabelled.push(JSON.stringify({ split: SPLIT, triple: story.triple, a: a.ref, ah: a.hash, b: b.ref, bh: b.hash, ta: a.text, tb: b.text }));
    }
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
const same = judged.filter((j) => j.label === 2).length;
const tally = (picked: (j: Judged) => boolean) => {
  const on = judged.filter((j) => picked(j) && j.label !== undefined);
  return { n: on.length, fact: on.filter((j) => j.label === 2).length, event: on.filter((j) => j.label! >= 1).length };
};
const app = tally((j) => j.linked);
const result = {
  split: SPLIT,
  stories: stories.length,
  labelledPairs: stories.reduce((n, s) => n + s.labels.size, 0),
  sameFactPairs: same,
  links: app.n + unlabelled.length,
  unlabelledLinks: unlabelled.length,
  lostLabels: lost,
  precision: app.fact / (app.n || 1),
  eventPrecision: app.event / (app.n || 1),
  recall: app.fact / (same || 1),
};
if (args.json) console.log(JSON.stringify(result));
args.log(`ECB+ ${SPLIT}: ${result.stories} stories of three articles, ${result.labelledPairs} labelled pairs, ${same} of them the same fact`);
args.log(
  `app: ${result.links} links, precision ${pct(app.fact, app.n)} (same event ${pct(app.event, app.n)}), recall ${pct(app.fact, same)} of the same-fact pairs`,
);
{
  const known = offered.filter((l) => l !== undefined);
  args.log(
    `closest wordings offered (≈): ${offered.length} pairs, ${known.length} labelled: the same fact ${pct(known.filter((l) => l === 2).length, known.length)}, the same event ${pct(known.filter((l) => l >= 1).length, known.length)}`,
  );
  args.log(`  same-fact pairs linked or offered: ${pct(app.fact + known.filter((l) => l === 2).length, same)}`);
}
if (unlabelled.length) args.log(`  ${unlabelled.length} links have no label: label them (--unlabelled prints them)`);
if (lost) args.log(`  ${lost} labels no longer match a sentence (segmentation changed): relabel those stories`);
if (args.flag('--curve')) {
  args.log('story threshold  pairs  precision (fact / event)  recall');
  for (let t = 0.2; t <= 0.701; t += 0.02) {
    const c = tally((j) => j.score >= t);
    args.log(
      `  ${t.toFixed(2)}          ${String(c.n).padStart(5)}  ${pct(c.fact, c.n).padStart(8)} / ${pct(c.event, c.n).padStart(8)}   ${pct(c.fact, same)}`,
    );
  }
}
if (args.flag('--errors')) {
  const show = (what: string, list: Judged[]) => {
    for (const j of list.sort((x, y) => y.score - x.score)) args.log(`${what} ${j.triple} ${j.score.toFixed(2)}\n    ${j.a}\n    ${j.b}`);
  };
  show(
    'WRONG',
    judged.filter((j) => j.linked && j.label !== undefined && j.label < 2),
  );
  show(
    'MISSED',
    judged.filter((j) => !j.linked && j.label === 2),
  );
}
if (args.flag('--unlabelled')) for (const u of unlabelled) console.log(u);
