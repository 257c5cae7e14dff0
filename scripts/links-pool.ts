/**
 * The pairs `bench:links` labels were drawn from: `npx tsx scripts/links-pool.ts train|dev SUBTOPIC…`.
 *
 * For each subtopic, its first three ECB+ articles (sorted by id, as `bench:news` groups them) are
 * read as the app reads them, and every cross-article pair the candidate search finds (30 per
 * sentence, more than the app's 12, so pairs it never considers are labelled too) with a story score
 * of at least `FLOOR` is printed as JSONL with both texts, for a reader to label 0, 1 or 2 (see
 * `bench-links.ts` and `data/ecbplus-links-brief.md`). The texts are for the reader only; the
 * committed labels keep refs and hashes. The committed pool was drawn with the story model of edbad3a
 * (13 train and 8 dev stories) and of 7032984 (the other 37 train stories); the current model scores
 * pairs differently, so the same call now prints a somewhat different set.
 */
import { existsSync } from 'node:fs';
import { candidatePairs } from '../src/analysis/align/candidates.ts';
import { pairEvidence } from '../src/analysis/align/evidence.ts';
import { indexedDfLimit } from '../src/analysis/align/facts.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/analysis/align/options.ts';
import { PAIR_MODELS, scoreEvidence } from '../src/analysis/align/pair-model.ts';
import { fail } from './bench-args.ts';
import { bySubtopic, ecbplusFile, readEcbDocs } from './ecbplus-data.ts';
import { ecbStory, sentenceRef } from './links-data.ts';

const FLOOR = 0.2;
const [split, ...triples] = process.argv.slice(2);
if ((split !== 'train' && split !== 'dev') || !triples.length) fail('usage: links-pool.ts train|dev SUBTOPIC…');
const file = ecbplusFile(`docs-${split}.jsonl`);
if (!existsSync(file)) fail(`links-pool: ${file} not found`);
const subtopics = bySubtopic(readEcbDocs(file));
for (const triple of triples) {
  if (!subtopics.has(triple)) fail(`no subtopic ${triple} in ${split}`);
  const story = ecbStory(subtopics, triple);
  const { indexed } = story;
  for (const [x, y] of candidatePairs(indexed, indexedDfLimit(DEFAULT_ALIGN_OPTIONS, indexed.length), 30)) {
    if (scoreEvidence(pairEvidence(indexed[x]!.vector, indexed[y]!.vector, false), PAIR_MODELS.story, 'story') < FLOOR) continue;
    const [a, b] = [sentenceRef(story, x), sentenceRef(story, y)];
    console.log(JSON.stringify({ split, triple, a: a.ref, ah: a.hash, b: b.ref, bh: b.hash, ta: a.text, tb: b.text }));
  }
}
