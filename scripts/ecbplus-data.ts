/** Reading ECB+ pairs and articles for the benches and the training script (never the held-out test topics). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/analysis/report/types.ts';

export interface EcbPair {
  id: string;
  a: string;
  b: string;
  label: 0 | 1;
  kind: string;
  topic: number;
  /** `DOC:SENTENCE`, the sentence's article and its ECB+ sentence number. */
  a_ref: string;
  b_ref: string;
}

export interface EcbDoc {
  id: string;
  topic: number;
  subtopic: string;
  sentences: string[];
}

/** Test topics 36–45 are held out: a file that holds one is refused, whatever its name. */
const HELD_OUT = (topic: number) => topic >= 36 && topic <= 45;

export function ecbplusFile(name: string): string {
  return fileURLToPath(new URL(`../../shared/data/ecbplus/${name}`, import.meta.url));
}

/** One JSON object per line; a line from a held-out topic stops the read, whatever the file's name. */
function readEcbLines<T extends { topic: number }>(file: string): T[] {
  const rows: T[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as T;
    if (HELD_OUT(r.topic)) throw new Error(`${file}: topic ${r.topic} is held out`);
    rows.push(r);
  }
  return rows;
}

export const readEcbPairs = (file: string): EcbPair[] => readEcbLines<EcbPair>(file);
export const readEcbDocs = (file: string): EcbDoc[] => readEcbLines<EcbDoc>(file);

/** Average precision of a ranking by score: mean precision at each positive, ties broken pessimistically. */
export function averagePrecision(items: { score: number; label: number }[]): number {
  const sorted = [...items].sort((x, y) => y.score - x.score || x.label - y.label);
  let hits = 0;
  let sum = 0;
  sorted.forEach((it, i) => {
    if (it.label === 1) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return hits ? sum / hits : 0;
}

/** An article as a report: ECB+ sentence i is paragraph i (an "ecbplus" article's URL line left empty). */
export function ecbReport(doc: EcbDoc): Report {
  const url = doc.subtopic.endsWith('plus');
  return {
    id: doc.id,
    title: '',
    source: null,
    published: null,
    publishedFrom: null,
    removed: [],
    paragraphs: doc.sentences.map((s, i) => (url && i === 0 ? '' : s)),
  };
}

/** The ECB+ sentence a `DOC:SENTENCE` reference names: its report and paragraph. */
export function splitRef(ref: string): { doc: string; paragraph: number } {
  const [doc, paragraph] = ref.split(':');
  return { doc: doc!, paragraph: Number(paragraph) };
}

/** Documents by subtopic, each subtopic's sorted by id (the order `bench:news` groups them in). */
export function bySubtopic(docs: EcbDoc[]): Map<string, EcbDoc[]> {
  const out = new Map<string, EcbDoc[]>();
  for (const d of docs) out.set(d.subtopic, [...(out.get(d.subtopic) ?? []), d]);
  for (const list of out.values()) list.sort((x, y) => (x.id < y.id ? -1 : 1));
  return out;
}

/** A sentence's short fingerprint: labels keyed by it notice when segmentation changes a sentence, without storing its text. */
export const textHash = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 8);
