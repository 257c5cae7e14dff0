/**
 * The pairs `bench:links` labels were drawn from: `npx tsx scripts/links-pool.ts train|dev SUBTOPIC…`.
 *
 * For each subtopic, its first three ECB+ articles (sorted by id, as `bench:news` groups them) are
 * compared as the app compares them, and every cross-article pair the candidate search finds (30 per
 * sentence, more than the app's 12, so pairs it never considers are labelled too) with a story score
 * of at least `FLOOR` is printed as JSONL with both texts, for a reader to label 0, 1 or 2 (see
 * `bench-links.ts`). The texts are for the reader only; the committed labels keep refs and hashes.
 */
import { existsSync } from 'node:fs';
import { compareReports } from '../src/analysis/compare.ts';
import { candidatePairs } from '../src/analysis/align/candidates.ts';
import { pairEvidence } from '../src/analysis/align/evidence.ts';
import { storySentences } from '../src/analysis/align/facts.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/analysis/align/options.ts';
import { PAIR_MODELS, scoreEvidence } from '../src/analysis/align/pair-model.ts';
import { fail } from './bench-args.ts';
import { ecbReport, ecbplusFile, readEcbDocs, textHash, type EcbDoc } from './ecbplus-data.ts';

const FLOOR = 0.2;
const [split, ...subtopics] = process.argv.slice(2);
if ((split !== 'train' && split !== 'dev') || !subtopics.length) fail('usage: links-pool.ts train|dev SUBTOPIC…');
const file = ecbplusFile(`docs-${split}.jsonl`);
if (!existsSync(file)) fail(`links-pool: ${file} not found`);
const bySubtopic = new Map<string, EcbDoc[]>();
for (const d of readEcbDocs(file)) bySubtopic.set(d.subtopic, [...(bySubtopic.get(d.subtopic) ?? []), d]);
for (const triple of subtopics) {
  const group = (bySubtopic.get(triple) ?? fail(`no subtopic ${triple} in ${split}`)).sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, 3);
  const cmp = compareReports(group.map(ecbReport));
  const { indexed } = storySentences(cmp.reports, DEFAULT_ALIGN_OPTIONS);
  const side = (i: number) => {
    const r = cmp.reports[indexed[i]!.report]!;
    const s = r.sentences[indexed[i]!.index]!;
    return { ref: `${r.id}:${s.paragraph}`, hash: textHash(s.text), text: s.text };
  };
  const maxDf = Math.max(
    DEFAULT_ALIGN_OPTIONS.minIndexedDf,
    Math.min(DEFAULT_ALIGN_OPTIONS.maxIndexedDfCap, Math.ceil(DEFAULT_ALIGN_OPTIONS.maxIndexedDf * indexed.length)),
  );
  for (const [x, y] of candidatePairs(indexed, maxDf, 30)) {
    if (scoreEvidence(pairEvidence(indexed[x]!.vector, indexed[y]!.vector, false), PAIR_MODELS.story, 'story') < FLOOR) continue;
    const [a, b] = [side(x), side(y)];
    console.log(JSON.stringify({ split, triple, a: a.ref, ah: a.hash, b: b.ref, bh: b.hash, ta: a.text, tb: b.text }));
  }
}
