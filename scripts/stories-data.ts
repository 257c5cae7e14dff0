/**
 * The multi-outlet stories (`src/analysis/align/__fixtures__/stories`), for the bench and the
 * training script. The files are split in two halves by sorted position: odd positions (1st, 3rd, …)
 * are the fitting half, whose pairs the story model may learn from and its threshold is chosen
 * on; even positions are held out from fitting, and the bench reports them apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/analysis/report/types.ts';
import type { SegmentedReport } from '../src/analysis/text/types.ts';

export interface Story {
  event: string;
  reports: { id: string; source: string; published: string; title: string; text: string }[];
  links: { a: string; b: string }[];
  conflicts: { a: string; b: string; what: string }[];
}

export const STORIES_DIR = fileURLToPath(new URL('../src/analysis/align/__fixtures__/stories', import.meta.url));

export function readStories(dir = STORIES_DIR): { file: string; half: 'fit' | 'held-out'; story: Story }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file, i) => ({ file, half: i % 2 === 0 ? 'fit' : 'held-out', story: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Story }));
}

export function storyReports(story: Story, file: string): Report[] {
  return story.reports.map((r) => ({
    id: r.id,
    file,
    title: r.title,
    source: r.source,
    published: r.published,
    publishedFrom: 'stated',
    removed: [],
    paragraphs: r.text
      .split(/\n\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean),
  }));
}

/**
 * The sentence a reference `"<report id>: <exact substring>"` names, as report and sentence indices.
 * Throws when the reference is malformed or matches no sentence or several: that validates the fixtures.
 */
export function resolveRef(reports: SegmentedReport[], ref: string, file: string): { report: number; sentence: number } {
  const m = /^([^:]+):\s(.+)$/s.exec(ref);
  if (!m) throw new Error(`${file}: reference "${ref}" is not "<report id>: <substring>"`);
  const report = reports.findIndex((r) => r.id === m[1]);
  if (report < 0) throw new Error(`${file}: reference "${ref}" names no report`);
  const hits = reports[report]!.sentences.flatMap((s, i) => (s.text.includes(m[2]!) ? [i] : []));
  if (hits.length !== 1) throw new Error(`${file}: reference "${ref}" matches ${hits.length} sentences (needs exactly 1)`);
  return { report, sentence: hits[0]! };
}
