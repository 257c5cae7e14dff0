/**
 * The timeline stories (`src/analysis/timeline/__fixtures__/stories`, format in its README.md), for
 * `bench:timeline` and the fixture test: reading, shape and quote checks, gold date spans, and the
 * Report the app would hold for each outlet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/analysis/report/parse-report.ts';
import type { Report } from '../src/analysis/report/types.ts';
import { withPublished } from '../src/analysis/report/with-published.ts';
import { dateSpan, type DateSpan } from '../src/analysis/timeline/date-span.ts';

export interface TimelineStory {
  story: string;
  reports: { id: string; source: string; title: string; published: string | null; text: string }[];
  /** The real publication date of every report, whether or not the report states it. */
  truePublished: Record<string, string>;
  events: GoldEvent[];
  nonEvents: Quote[];
}

export interface GoldEvent {
  id: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval of two of them, `start/end` (both inclusive). */
  date: string;
  what: string;
  mentions: Quote[];
}

/** An exact substring of one report's text, holding a time expression. */
export interface Quote {
  report: string;
  quote: string;
}

export const TIMELINE_STORIES_DIR = fileURLToPath(new URL('../src/analysis/timeline/__fixtures__/stories', import.meta.url));

export function readTimelineStories(dir = TIMELINE_STORIES_DIR): { file: string; story: TimelineStory }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, story: JSON.parse(readFileSync(join(dir, file), 'utf8')) as TimelineStory }));
}

const GOLD_POINT = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** First and last day of a gold date (a point or a `start/end` interval); null when malformed. */
export function goldSpan(date: string): DateSpan | null {
  const parts = date.split('/');
  if (parts.length > 2 || !parts.every((p) => GOLD_POINT.test(p))) return null;
  const first = dateSpan(parts[0]!),
    last = dateSpan(parts.at(-1)!);
  if (!first || !last || first.start > last.end) return null;
  return { start: first.start, end: last.end };
}

/** Every way a story file breaks the format; empty when it is well formed. */
export function storyProblems(story: TimelineStory, file: string): string[] {
  const problems: string[] = [];
  const say = (msg: string) => problems.push(`${file}: ${msg}`);
  if (typeof story.story !== 'string' || !story.story.trim()) say('no "story"');
  if (!Array.isArray(story.reports) || story.reports.length < 2) return [...problems, `${file}: needs at least two reports`];
  const texts = new Map<string, string>();
  for (const r of story.reports) {
    if (!r.id || texts.has(r.id)) say(`report id "${r.id}" missing or repeated`);
    for (const key of ['source', 'title', 'text'] as const) if (typeof r[key] !== 'string' || !r[key].trim()) say(`report ${r.id}: no ${key}`);
    if (r.published !== null && !(typeof r.published === 'string' && ISO_DAY.test(r.published) && dateSpan(r.published)))
      say(`report ${r.id}: published must be YYYY-MM-DD or null`);
    const truth = story.truePublished?.[r.id];
    if (!truth || !ISO_DAY.test(truth) || !dateSpan(truth)) say(`report ${r.id}: truePublished missing or not YYYY-MM-DD`);
    else if (r.published && r.published !== truth) say(`report ${r.id}: published ${r.published} differs from truePublished ${truth}`);
    texts.set(r.id, r.text);
  }
  const checkQuote = (q: Quote, where: string) => {
    const text = texts.get(q.report);
    if (text === undefined) return say(`${where}: no report "${q.report}"`);
    if (typeof q.quote !== 'string' || !q.quote.trim()) return say(`${where}: empty quote`);
    if (q.quote.includes('\n')) say(`${where}: quote "${q.quote}" crosses a line`);
    const count = text.split(q.quote).length - 1;
    if (count !== 1) say(`${where}: quote "${q.quote}" occurs ${count} times in report ${q.report} (needs exactly 1)`);
  };
  const ids = new Set<string>();
  for (const e of story.events ?? []) {
    if (!e.id || ids.has(e.id)) say(`event id "${e.id}" missing or repeated`);
    ids.add(e.id);
    if (!goldSpan(e.date)) say(`event ${e.id}: date "${e.date}" is not YYYY, YYYY-MM, YYYY-MM-DD or start/end`);
    if (typeof e.what !== 'string' || !e.what.trim()) say(`event ${e.id}: no "what"`);
    if (!Array.isArray(e.mentions) || e.mentions.length === 0) say(`event ${e.id}: no mentions`);
    for (const m of e.mentions ?? []) checkQuote(m, `event ${e.id}`);
  }
  if (!Array.isArray(story.events) || story.events.length === 0) say('no events');
  if (!Array.isArray(story.nonEvents)) say('"nonEvents" must be a list (may be empty)');
  for (const q of story.nonEvents ?? []) checkQuote(q, 'nonEvent');
  return problems;
}

/**
 * The Report the app holds for one outlet: the headline and text pasted together and parsed as an
 * import is (`parseReport`), then the `published` the JSON gives, if any, entered over the parsed
 * one as a reader does in the library's date field (`withPublished`). `parsed` is the parser's own.
 */
export function storyReport(r: TimelineStory['reports'][number], file: string): { report: Report; parsed: Report } {
  const parsed = parseReport(`${r.title}\n\n${r.text}`, { id: r.id, file });
  return { report: r.published ? withPublished(parsed, r.published) : parsed, parsed };
}
