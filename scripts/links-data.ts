/**
 * The labelled links of whole ECB+ articles (`data/ecbplus-links.jsonl`, see `bench-links.ts`): each
 * labelled story rebuilt as the app sees it, with its labelled sentence pairs located in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { alignReports, storySentences } from '../src/analysis/align/facts.ts';
import type { IndexedSentence } from '../src/analysis/align/candidates.ts';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from '../src/analysis/align/options.ts';
import { segmentReport } from '../src/analysis/text/segment-report.ts';
import type { SegmentedReport } from '../src/analysis/text/types.ts';
import { bySubtopic, ecbReport, ecbplusFile, readEcbDocs, textHash, type EcbDoc } from './ecbplus-data.ts';

/** 2: the same fact (a reader links them); 1: the same event, another fact; 0: not the same. */
export type LinkGrade = 0 | 1 | 2;

interface LinkLabel {
  split: 'train' | 'dev';
  /** The ECB+ subtopic; its first three articles by id are the story. */
  triple: string;
  /** `DOC:SENTENCE` and the hash of the sentence's text as the app segments it. */
  a: string;
  ah: string;
  b: string;
  bh: string;
  label: LinkGrade;
}

/** Three articles of one subtopic, segmented and weighed as the app does. */
export interface EcbStory {
  triple: string;
  reports: SegmentedReport[];
  indexed: IndexedSentence[];
}

export interface LabelledStory extends EcbStory {
  /** Labelled pairs found in the story, keyed by `pairKey`. */
  labels: Map<number, LinkGrade>;
  /** Labels whose sentence is no longer there as labelled (segmentation changed it). */
  lost: number;
}

const LINK_LABELS_FILE = new URL('./data/ecbplus-links.jsonl', import.meta.url);

function readLinkLabels(split: 'train' | 'dev'): LinkLabel[] {
  return readFileSync(LINK_LABELS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LinkLabel)
    .filter((l) => l.split === split);
}

/** The subtopic's first three articles by id (as `bench:news` groups them), as the app sees them. */
export function ecbStory(subtopics: Map<string, EcbDoc[]>, triple: string): EcbStory {
  const docs = subtopics.get(triple);
  if (!docs) throw new Error(`no ECB+ subtopic ${triple}`);
  const reports = docs.slice(0, 3).map((d) => segmentReport(ecbReport(d)));
  return { triple, reports, indexed: storySentences(reports, DEFAULT_ALIGN_OPTIONS).indexed };
}

/** A sentence's place in a story: `DOC:SENTENCE` and the hash of its text. */
export function sentenceRef(story: EcbStory, i: number): { ref: string; hash: string; text: string } {
  const r = story.reports[story.indexed[i]!.report]!;
  const s = r.sentences[story.indexed[i]!.index]!;
  return { ref: `${r.id}:${s.paragraph}`, hash: textHash(s.text), text: s.text };
}

/** One number per unordered sentence pair of a story, and back (lower index first). */
export const pairKey = (story: EcbStory, x: number, y: number): number => Math.min(x, y) * story.indexed.length + Math.max(x, y);
export const pairOf = (story: EcbStory, key: number): [number, number] => [Math.floor(key / story.indexed.length), key % story.indexed.length];

/** The pairs of sentences from different reports that the app's facts put together, keyed by `pairKey`. */
export function factLinks(story: EcbStory, options: Partial<AlignOptions> = {}): Set<number> {
  return storyPairs(story, options).linked;
}

/**
 * What the app makes of a story, as sentence pairs keyed by `pairKey`: `linked`, the pairs its facts
 * put together; `related`, each sentence no fact holds with the closest wording it offers (≈B).
 */
export function storyPairs(story: EcbStory, options: Partial<AlignOptions> = {}): { linked: Set<number>; related: Set<number> } {
  const { reports, indexed } = story;
  const position = new Map(indexed.map((s, i) => [`${reports[s.report]!.id}#${reports[s.report]!.sentences[s.index]!.id}`, i]));
  const at = (m: { report: string; sentence: string }) => position.get(`${m.report}#${m.sentence}`)!;
  const { facts, related } = alignReports(reports, options);
  const linked = new Set<number>();
  for (const fact of facts) {
    const members = fact.mentions.map(at);
    for (const x of members) for (const y of members) if (x < y && indexed[x]!.report !== indexed[y]!.report) linked.add(pairKey(story, x, y));
  }
  return { linked, related: new Set(related.map((r) => pairKey(story, at(r), at(r.partner)))) };
}

/** The labelled stories of a split, or undefined when ECB+ is not beside the repository. */
export function labelledStories(split: 'train' | 'dev'): LabelledStory[] | undefined {
  const file = ecbplusFile(`docs-${split}.jsonl`);
  if (!existsSync(file)) return undefined;
  const subtopics = bySubtopic(readEcbDocs(file));
  const labels = readLinkLabels(split);
  return [...new Set(labels.map((l) => l.triple))].map((triple) => {
    const story = ecbStory(subtopics, triple);
    const at = new Map(
      story.indexed.map((_, i) => {
        const { ref, hash } = sentenceRef(story, i);
        return [`${ref}#${hash}`, i];
      }),
    );
    const pairs = new Map<number, LinkGrade>();
    let lost = 0;
    for (const l of labels.filter((l) => l.triple === triple)) {
      const [x, y] = [at.get(`${l.a}#${l.ah}`), at.get(`${l.b}#${l.bh}`)];
      if (x === undefined || y === undefined) lost++;
      else pairs.set(pairKey(story, x, y), l.label);
    }
    return { ...story, labels: pairs, lost };
  });
}

/** Precision (label 2 among the labelled links) and recall (of the label-2 pairs) of the facts' links. */
export function linkScore(stories: LabelledStory[], options: Partial<AlignOptions> = {}): { precision: number; recall: number } {
  let right = 0;
  let judged = 0;
  let same = 0;
  for (const story of stories) {
    for (const grade of story.labels.values()) if (grade === 2) same++;
    for (const k of factLinks(story, options)) {
      const grade = story.labels.get(k);
      if (grade === undefined) continue;
      judged++;
      if (grade === 2) right++;
    }
  }
  return { precision: right / (judged || 1), recall: right / (same || 1) };
}
