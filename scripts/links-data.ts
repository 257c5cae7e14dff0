/**
 * The labelled links of whole ECB+ articles (`data/ecbplus-links.jsonl`, see `bench-links.ts`): each
 * labelled story rebuilt as the app sees it, with its labelled sentence pairs located in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { storySentences } from '../src/analysis/align/facts.ts';
import type { IndexedSentence } from '../src/analysis/align/candidates.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/analysis/align/options.ts';
import { segmentReport } from '../src/analysis/text/segment-report.ts';
import type { SegmentedReport } from '../src/analysis/text/types.ts';
import { ecbReport, ecbplusFile, readEcbDocs, textHash, type EcbDoc } from './ecbplus-data.ts';

/** 2: the same fact (a reader links them); 1: the same event, another fact; 0: not the same. */
export type LinkGrade = 0 | 1 | 2;

export interface LinkLabel {
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

export interface LabelledStory {
  triple: string;
  reports: SegmentedReport[];
  indexed: IndexedSentence[];
  /** Labelled pairs found in the story (indices into `indexed`, lower first). */
  pairs: { x: number; y: number; label: LinkGrade }[];
  /** Labels whose sentence is no longer there as labelled (segmentation changed it). */
  lost: number;
}

export const LINK_LABELS_FILE = new URL('./data/ecbplus-links.jsonl', import.meta.url);

export function readLinkLabels(split: 'train' | 'dev'): LinkLabel[] {
  return readFileSync(LINK_LABELS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LinkLabel)
    .filter((l) => l.split === split);
}

/** A sentence's place in a story: `DOC:SENTENCE#hash`. */
export function sentenceKey(story: { reports: SegmentedReport[]; indexed: IndexedSentence[] }, i: number): string {
  const r = story.reports[story.indexed[i]!.report]!;
  const s = r.sentences[story.indexed[i]!.index]!;
  return `${r.id}:${s.paragraph}#${textHash(s.text)}`;
}

/** The labelled stories of a split, or undefined when ECB+ is not beside the repository. */
export function labelledStories(split: 'train' | 'dev'): LabelledStory[] | undefined {
  const file = ecbplusFile(`docs-${split}.jsonl`);
  if (!existsSync(file)) return undefined;
  const bySubtopic = new Map<string, EcbDoc[]>();
  for (const d of readEcbDocs(file)) bySubtopic.set(d.subtopic, [...(bySubtopic.get(d.subtopic) ?? []), d]);
  const labels = readLinkLabels(split);
  return [...new Set(labels.map((l) => l.triple))].map((triple) => {
    const reports = storyDocs(bySubtopic, triple).map((d) => segmentReport(ecbReport(d)));
    const { indexed } = storySentences(reports, DEFAULT_ALIGN_OPTIONS);
    const story = { triple, reports, indexed };
    const at = new Map(indexed.map((_, i) => [sentenceKey(story, i), i]));
    const pairs: LabelledStory['pairs'] = [];
    let lost = 0;
    for (const l of labels.filter((l) => l.triple === triple)) {
      const [x, y] = [at.get(`${l.a}#${l.ah}`), at.get(`${l.b}#${l.bh}`)];
      if (x === undefined || y === undefined) lost++;
      else pairs.push({ x: Math.min(x, y), y: Math.max(x, y), label: l.label });
    }
    return { ...story, pairs, lost };
  });
}

/** A story as `bench:news` groups them: the subtopic's first three articles by id. */
export function storyDocs(bySubtopic: Map<string, EcbDoc[]>, triple: string): EcbDoc[] {
  const docs = bySubtopic.get(triple);
  if (!docs) throw new Error(`no ECB+ subtopic ${triple}`);
  return [...docs].sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, 3);
}
